package nl.kompas.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Fills the placeholders of a bundle message in templates, also inside attributes where
 * h:outputFormat cannot go: {@code #{fmt.format(msg['article.series'], part, total)}}.
 */
@Named("fmt")
@ApplicationScoped
public class MessageFormats {

    public String format(String pattern, Object argument) {
        return new MessageFormat(pattern, locale()).format(new Object[] {argument});
    }

    public String format(String pattern, Object first, Object second) {
        return new MessageFormat(pattern, locale()).format(new Object[] {first, second});
    }

    /**
     * What goes after item {@code index} of a list of {@code size} in running text: ", " between
     * items, " en " before the last one, nothing after it. For bylines: "Anne, Bram en Ilse".
     */
    public String listSeparator(int index, int size) {
        if (index >= size - 1) {
            return "";
        }
        return index == size - 2 ? " " + message("article.and") + " " : ", ";
    }

    /** A message of the site's bundle in the page's language, with its placeholders filled. */
    public String message(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern =
                context.getApplication().getResourceBundle(context, "msg").getString(key);
        return new MessageFormat(pattern, locale()).format(arguments);
    }

    /**
     * A message of the site's bundle in Dutch, the site's language, with its placeholders filled:
     * for mails, which go out from the server where no page's language applies.
     */
    public static String inSiteLanguage(String key, Object... arguments) {
        return in(SiteLanguage.NL, key, arguments);
    }

    /**
     * A message of the site's bundle in one of the site's languages, with its placeholders filled:
     * for a visitor's mail or a form's answer, in the language of the page they used.
     */
    public static String in(SiteLanguage language, String key, Object... arguments) {
        Locale locale = language.getLocale();
        String pattern = ResourceBundle.getBundle("nl.kompas.messages", locale).getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }

    private static Locale locale() {
        return PageLanguage.current();
    }
}
