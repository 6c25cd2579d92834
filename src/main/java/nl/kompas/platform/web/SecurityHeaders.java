package nl.kompas.platform.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers that keep public pages what they are meant to be: our own HTML and CSS, with no
 * script, frame or resource from another host.
 */
public final class SecurityHeaders {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; img-src 'self' data:; style-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private SecurityHeaders() {}

    public static void addTo(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", PAGE_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    }
}
