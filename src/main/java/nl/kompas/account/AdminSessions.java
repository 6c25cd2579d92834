package nl.kompas.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    /**
     * The session attribute with {@link #credentialOf} the account at login. A session whose
     * account has another password now ends: a password is changed to lock someone out.
     */
    static final String CREDENTIAL = AdminSessions.class.getName() + ".credential";

    @Inject
    SiteConfig site;

    @Inject
    @ConfigProperty(name = "site.admin.session-timeout-minutes", defaultValue = "30")
    int timeoutMinutes;

    @Inject
    HttpServletRequest request;

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

    /**
     * The person changed their own password in this session: it stays logged in (with a new id),
     * while their other sessions end at their next request.
     */
    public void keepAfterOwnPasswordChange(Account account) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
            session.setAttribute(CREDENTIAL, credentialOf(account));
        }
    }

    /**
     * What a session remembers of its account's password: a digest of its stored hash (salted and
     * new at every change), so the session holds nothing a password could be guessed from.
     */
    static String credentialOf(Account account) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(account.getPasswordHash().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
