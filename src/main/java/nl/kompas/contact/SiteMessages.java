package nl.kompas.contact;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import nl.kompas.platform.web.PageLanguage;

/** A message of the site's bundle in the site's language, for text written outside a page (mails, a form's answer). */
final class SiteMessages {

    private SiteMessages() {}

    static String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("nl.kompas.messages", PageLanguage.DEFAULT);
        return new MessageFormat(bundle.getString(key), PageLanguage.DEFAULT).format(arguments);
    }
}
