package nl.kompas.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;

/**
 * The two languages of the public site: Dutch, the default, at the root, and English under /en.
 * The language of a page comes from its address alone, never from the browser, so every visitor
 * gets the same cached copy of a page.
 */
public enum SiteLanguage {
    NL("nl", ""),
    EN("en", "/en");

    private final String tag;
    private final String prefix;

    SiteLanguage(String tag, String prefix) {
        this.tag = tag;
        this.prefix = prefix;
    }

    /** The BCP 47 tag, also what content files and the database hold: "nl" or "en". */
    public String getTag() {
        return tag;
    }

    /** What every path of this language starts with: "" for Dutch, "/en" for English. */
    public String getPrefix() {
        return prefix;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(tag);
    }

    public SiteLanguage other() {
        return this == NL ? EN : NL;
    }

    /** The language of a tag such as "en"; empty for a language the site does not have. */
    public static Optional<SiteLanguage> ofTag(String tag) {
        for (SiteLanguage language : values()) {
            if (language.tag.equals(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language of a stored tag; Dutch for none, as the column's default says. */
    public static SiteLanguage ofStored(String tag) {
        return ofTag(tag).orElse(NL);
    }

    /** The language of a public path: English for "/en" and everything under it. */
    public static SiteLanguage ofPath(String path) {
        return path != null && (path.equals(EN.prefix) || path.startsWith(EN.prefix + "/")) ? EN : NL;
    }

    /**
     * The language of a public request: its route's, or, for an error page or a form's answer, the
     * language of the address the visitor asked for.
     */
    public static SiteLanguage of(HttpServletRequest request) {
        if (request.getAttribute(Route.ATTRIBUTE) instanceof SiteRoutes.Match match) {
            return match.language();
        }
        Object asked = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (asked == null) {
            asked = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        }
        String uri = asked instanceof String s ? s : request.getRequestURI();
        return ofPath(
                uri.substring(Math.min(uri.length(), request.getContextPath().length())));
    }
}
