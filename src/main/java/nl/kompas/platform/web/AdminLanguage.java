package nl.kompas.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;

/**
 * The one rule for the admin's language: Dutch, unless the browser prefers English to Dutch
 * (Accept-Language names English before any Dutch, and before every other language the browser
 * lists that the admin has). Every admin page, message, validation text and PrimeFaces widget
 * follows it, whether a page renders it, a view action raises it or a filter answers before
 * Faces runs. Public pages never follow the browser: they are cached, one copy for every visitor,
 * and speak the language of their address ({@link SiteLanguage}).
 */
public final class AdminLanguage {

    public static final Locale ENGLISH = Locale.ENGLISH;

    private AdminLanguage() {}

    /** Dutch or English for this request; Dutch for a browser that names neither, or nothing. */
    public static Locale of(HttpServletRequest request) {
        // Servlet containers order these by the q-values; without the header they give the JVM's default.
        if (request.getHeader("Accept-Language") == null) {
            return PageLanguage.DEFAULT;
        }
        for (Locale preferred : Collections.list(request.getLocales())) {
            if (preferred.getLanguage().equals(ENGLISH.getLanguage())) {
                return ENGLISH;
            }
            if (preferred.getLanguage().equals(PageLanguage.DEFAULT.getLanguage())) {
                return PageLanguage.DEFAULT;
            }
        }
        return PageLanguage.DEFAULT;
    }

    /** The language of a request: the admin's rule under /admin, the address's language everywhere else. */
    public static Locale forPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/admin") || path.startsWith("/admin/")
                ? of(request)
                : SiteLanguage.of(request).getLocale();
    }
}
