package nl.kompas.contact;

import nl.kompas.platform.web.MessageFormats;
import nl.kompas.platform.web.SiteLanguage;

/** A message of the site's bundle in the site's language, for text written outside a page (mails, a form's answer). */
final class SiteMessages {

    private SiteMessages() {}

    static String text(String key, Object... arguments) {
        return text(SiteLanguage.NL, key, arguments);
    }

    /** The message in a page's language: a form's answer speaks the language of the page it came from. */
    static String text(SiteLanguage language, String key, Object... arguments) {
        return MessageFormats.in(language, key, arguments);
    }
}
