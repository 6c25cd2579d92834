package nl.kompas.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.kompas.platform.SiteConfig;
import nl.kompas.theme.ActiveTheme;
import nl.kompas.theme.ThemeColours;

/**
 * Every mail of the site in one look: a band in the active theme's colours with the site's name
 * (the colours the share images use, see {@link ThemeColours}), the content, and a footer, as HTML
 * with inline styles (mail programs ignore style sheets) and as plain text with the same words.
 *
 * <pre>{@code
 * MailParts parts = layout.mail("Nieuwe aanvraag")
 *         .paragraph("Anne de Vries vraagt om contact.")
 *         .fact("Organisatie", "Acme")
 *         .button("Open de aanvraag", adminUrl)
 *         .footer("U krijgt deze mail omdat …")
 *         .build();
 * }</pre>
 *
 * Text given to the builder is escaped; {@link Builder#html} takes HTML that the caller made safe
 * (the newsletter's rendered Markdown) with its plain-text twin.
 */
@ApplicationScoped
public class MailLayout {

    @Inject
    ActiveTheme theme;

    @Inject
    SiteConfig site;

    public Builder mail(String heading) {
        return new Builder(site.getName(), site.getBaseUrl(), theme.getColours(), heading);
    }

    /** Builds one mail's bodies; not thread-safe, one per mail. */
    public static final class Builder {
        private final String siteName;
        private final String siteUrl;
        private final ThemeColours colours;
        private final StringBuilder html = new StringBuilder();
        private final StringBuilder text = new StringBuilder();
        private final List<String> footer = new ArrayList<>();

        Builder(String siteName, String siteUrl, ThemeColours colours, String heading) {
            this.siteName = siteName;
            this.siteUrl = siteUrl;
            this.colours = colours;
            html.append("<h1 style=\"font-size:22px;margin:0 0 16px;color:")
                    .append(colours.background())
                    .append("\">")
                    .append(escape(heading))
                    .append("</h1>\n");
            text.append(heading)
                    .append('\n')
                    .append("=".repeat(Math.min(60, heading.length())))
                    .append("\n\n");
        }

        /** A paragraph of plain text; its line breaks are kept. */
        public Builder paragraph(String words) {
            html.append("<p style=\"margin:0 0 14px\">")
                    .append(escape(words).replace("\n", "<br>"))
                    .append("</p>\n");
            text.append(words).append("\n\n");
            return this;
        }

        /** A label and its value, such as "Organisatie: Acme"; an empty value is left out. */
        public Builder fact(String label, String value) {
            if (value == null || value.isBlank()) {
                return this;
            }
            html.append("<p style=\"margin:0 0 6px\"><strong>")
                    .append(escape(label))
                    .append(":</strong> ")
                    .append(escape(value).replace("\n", "<br>"))
                    .append("</p>\n");
            text.append(label).append(": ").append(value).append('\n');
            return this;
        }

        /** A quoted block of someone else's words, such as a visitor's message. */
        public Builder quote(String words) {
            html.append("<blockquote style=\"margin:14px 0;padding:8px 14px;border-left:4px solid ")
                    .append(colours.accent())
                    .append(";white-space:pre-wrap\">")
                    .append(escape(words))
                    .append("</blockquote>\n");
            text.append('\n');
            words.lines().forEach(line -> text.append("> ").append(line).append('\n'));
            text.append('\n');
            return this;
        }

        /** A link as a button in the accent colour; in the text part, the label and the address. */
        public Builder button(String label, String url) {
            html.append("<p style=\"margin:20px 0\"><a href=\"")
                    .append(escape(url))
                    .append("\" style=\"display:inline-block;padding:10px 18px;border-radius:4px;background:")
                    .append(colours.accent())
                    .append(";color:#ffffff;text-decoration:none;font-weight:bold\">")
                    .append(escape(label))
                    .append("</a></p>\n");
            text.append(label).append(": ").append(url).append("\n\n");
            return this;
        }

        /** HTML the caller made safe, with the same content as plain text. */
        public Builder html(String safeHtml, String plainText) {
            html.append(safeHtml).append('\n');
            text.append(plainText).append("\n\n");
            return this;
        }

        /** A line in the small print under the mail (why it came, how to stop it). */
        public Builder footer(String line) {
            footer.add(line);
            return this;
        }

        public MailParts build() {
            StringBuilder page = new StringBuilder();
            page.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>\n")
                    .append("<body style=\"margin:0;padding:0;background:#f4f4f4\">\n")
                    .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"")
                    .append(" style=\"background:#f4f4f4\"><tr><td align=\"center\" style=\"padding:24px 12px\">\n")
                    .append("<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\"")
                    .append(
                            " style=\"max-width:600px;width:100%;background:#ffffff;font-family:Arial,Helvetica,sans-serif;")
                    .append("font-size:16px;line-height:1.5;color:#222222\">\n")
                    .append("<tr><td style=\"padding:18px 28px;background:")
                    .append(colours.background())
                    .append(";border-bottom:4px solid ")
                    .append(colours.accent())
                    .append("\"><a href=\"")
                    .append(escape(siteUrl))
                    .append("\" style=\"color:")
                    .append(colours.text())
                    .append(";text-decoration:none;font-size:20px;font-weight:bold\">")
                    .append(escape(siteName))
                    .append("</a></td></tr>\n<tr><td style=\"padding:28px\">\n")
                    .append(html)
                    .append("</td></tr>\n");
            StringBuilder plain = new StringBuilder(text.toString().stripTrailing()).append("\n\n-- \n");
            plain.append(siteName).append(" · ").append(siteUrl).append('\n');
            if (!footer.isEmpty()) {
                page.append(
                        "<tr><td style=\"padding:16px 28px;font-size:13px;color:#666666;border-top:1px solid #e5e5e5\">\n");
                for (String line : footer) {
                    page.append("<p style=\"margin:0 0 6px\">")
                            .append(escape(line))
                            .append("</p>\n");
                    plain.append(line).append('\n');
                }
                page.append("</td></tr>\n");
            }
            page.append("</table>\n</td></tr></table>\n</body></html>\n");
            return new MailParts(plain.toString(), page.toString());
        }
    }

    /** Escapes text for HTML content and double-quoted attributes. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
