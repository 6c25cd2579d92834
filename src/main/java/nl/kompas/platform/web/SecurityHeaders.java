package nl.kompas.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import nl.kompas.platform.SiteConfig;

/**
 * Headers that keep public pages what they are meant to be: our own HTML, CSS, images and script,
 * with no inline script, frame, form target or resource from another host.
 */
@ApplicationScoped
public class SecurityHeaders {

    /**
     * Public pages run one script, our own copy-link script, served from this site as a theme asset;
     * so scripts may come from this origin only. No inline script, no eval: a script that slips into
     * a page's HTML is not executed. (JSON-LD blocks are data, which no script-src governs.)
     */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** A year: browsers keep to HTTPS for the site once they have seen it there. */
    static final String STRICT_TRANSPORT = "max-age=31536000";

    @Inject
    SiteConfig site;

    public void addTo(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", PAGE_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        // Only a site that is public over HTTPS may promise HTTPS; the header is ignored over plain HTTP.
        if (site.getBaseUrl().startsWith("https://")) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT);
        }
    }
}
