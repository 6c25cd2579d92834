package nl.kompas.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.kompas.platform.SiteConfig;

/**
 * The admin's own headers, on every admin page including the login and setup pages. The policy
 * allows what PrimeFaces needs (its inline widget scripts and styles, data: images and fonts of its
 * theme, Ajax to this site) and nothing from another host; no page may be framed, so no other site
 * can overlay one; and no browser or proxy keeps a copy of a page, so the back button after logout
 * shows nothing of it.
 */
@WebFilter(filterName = "AdminSecurityHeaders", urlPatterns = "/admin/*")
public class AdminSecurityHeaders extends HttpFilter {

    static final String ADMIN_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Inject
    SiteConfig site;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", ADMIN_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Admin addresses (with ids and filters) stay on this site.
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY);
        if (site.getBaseUrl().startsWith("https://")) {
            response.setHeader("Strict-Transport-Security", SecurityHeaders.STRICT_TRANSPORT);
        }
        chain.doFilter(request, response);
    }
}
