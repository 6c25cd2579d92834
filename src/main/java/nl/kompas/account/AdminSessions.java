package nl.kompas.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import nl.kompas.platform.SiteConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The admin's sessions (visitors have none): how long one lasts idle, and the session cookie's
 * Secure flag. HttpOnly and SameSite are in web.xml and glassfish-web.xml, as they never change.
 *
 * <p>Secure: a site whose public address is https gets Secure cookies always, also when TLS ends at
 * a reverse proxy and the request reaches us as plain HTTP. Otherwise Payara marks the cookie Secure
 * exactly when the request itself came over HTTPS.
 */
@ApplicationScoped
public class AdminSessions {

    @Inject
    SiteConfig site;

    @Inject
    @ConfigProperty(name = "site.admin.session-timeout-minutes", defaultValue = "30")
    int timeoutMinutes;

    /** Applies the settings; only possible while the application starts. */
    public void configure(ServletContext context) {
        if (timeoutMinutes < 1) {
            throw new IllegalStateException(
                    "site.admin.session-timeout-minutes (SITE_ADMIN_SESSION_TIMEOUT_MINUTES) must be at least 1, not "
                            + timeoutMinutes);
        }
        context.setSessionTimeout(timeoutMinutes);
        if (site.getBaseUrl().startsWith("https://")) {
            context.getSessionCookieConfig().setSecure(true);
        }
    }
}
