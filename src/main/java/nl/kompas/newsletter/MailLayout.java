package nl.kompas.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.kompas.platform.SiteConfig;
import nl.kompas.theme.ActiveTheme;
import nl.kompas.theme.ThemeColours;

/**
 * The frame of the newsletter's and the comments' mails: an HTML part in the theme's colours (inline
 * styles: mail programs ignore style sheets) and the plain-text part. Pieces put into it
 * ({@link #paragraph}, {@link #button}, {@link #card}) escape what they are given.
 */
@ApplicationScoped
public class MailLayout {

    /** A mail's two parts. */
    public record Rendered(String html, String text) {}

    @Inject
    ActiveTheme theme;

    @Inject
    SiteConfig site;

    public Rendered render(String title, String htmlContent, String textContent) {
        ThemeColours colours = theme.current().colours();
        String html = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head><body style=\"margin:0;padding:0;background:#f4f4f4;font-family:Georgia,serif;color:#222\">"
                + "<div style=\"max-width:600px;margin:0 auto;background:#ffffff\">"
                + "<div style=\"background:" + colours.background() + ";color:" + colours.text()
                + ";padding:20px 24px;font-size:20px;font-weight:bold\">" + escape(site.getName()) + "</div>"
                + "<div style=\"padding:24px;font-size:16px;line-height:1.5\">" + htmlContent + "</div>"
                + "<div style=\"border-top:4px solid " + colours.accent()
                + ";padding:12px 24px;font-size:13px;color:#555\">"
                + escape(site.getName()) + " · <a href=\"" + escape(site.getBaseUrl()) + "\" style=\"color:"
                + colours.accent() + "\">" + escape(site.getBaseUrl()) + "</a></div></div></body></html>";
        String text = site.getName() + "\n\n" + textContent.strip() + "\n\n-- \n" + site.getName() + " · "
                + site.getBaseUrl() + "\n";
        return new Rendered(html, text);
    }

    public static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>";
    }

    public static String button(String url, String label) {
        return "<p><a href=\"" + escape(url) + "\" style=\"display:inline-block;padding:10px 18px;background:#163a47;"
                + "color:#ffffff;text-decoration:none;border-radius:4px\">" + escape(label) + "</a></p>";
    }

    /** An article as a card: title, summary and a link to read it. */
    public static String card(String title, String summary, String url, String readLabel) {
        return "<div style=\"border:1px solid #dddddd;border-radius:6px;padding:16px;margin:16px 0\">"
                + "<h2 style=\"margin:0 0 8px;font-size:18px\"><a href=\"" + escape(url) + "\" style=\"color:#163a47\">"
                + escape(title) + "</a></h2><p style=\"margin:0 0 8px\">" + escape(summary) + "</p>"
                + "<a href=\"" + escape(url) + "\">" + escape(readLabel) + "</a></div>";
    }

    /** Small print below the text with a link, such as the unsubscribe link. */
    public static String footer(String text, String url, String label) {
        return "<p style=\"font-size:13px;color:#555;margin-top:32px\">" + escape(text) + " <a href=\"" + escape(url)
                + "\">" + escape(label) + "</a></p>";
    }

    /**
     * A message of the site's bundle in Dutch, the site's language, with its placeholders filled:
     * mails go out from the server, where no page's language applies.
     */
    public static String message(String key, Object... arguments) {
        Locale dutch = Locale.forLanguageTag("nl");
        String pattern = ResourceBundle.getBundle("nl.kompas.messages", dutch).getString(key);
        return new MessageFormat(pattern, dutch).format(arguments);
    }

    public static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;")
                        .replace("'", "&#39;");
    }
}
