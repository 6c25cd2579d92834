package nl.kompas.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import nl.kompas.platform.SiteConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the site reaches its SMTP server ({@code site.mail.*}). Without a host, mail is not sent at
 * all: it waits in the outbox, where the admin shows it as not sent, and goes out once a host is
 * configured and the site restarted.
 */
@ApplicationScoped
public class MailSettings {

    /** How the connection to the SMTP server is secured. */
    public enum Security {
        /** Plain SMTP: only for a relay on the same machine or a test server. */
        NONE,
        /** Plain connection upgraded with STARTTLS, which the server must offer (usually port 587). */
        STARTTLS,
        /** TLS from the first byte (SMTPS, usually port 465). */
        SMTPS
    }

    @Inject
    @ConfigProperty(name = "site.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "site.mail.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "site.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "site.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "site.mail.tls", defaultValue = "starttls")
    String tls;

    @Inject
    @ConfigProperty(name = "site.mail.from")
    Optional<String> from;

    @Inject
    @ConfigProperty(name = "site.mail.poll-seconds", defaultValue = "10")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "site.mail.retry-seconds", defaultValue = "60")
    int retrySeconds;

    @Inject
    @ConfigProperty(name = "site.mail.max-retry-seconds", defaultValue = "3600")
    int maxRetrySeconds;

    @Inject
    @ConfigProperty(name = "site.mail.max-attempts", defaultValue = "30")
    int maxAttempts;

    @Inject
    SiteConfig site;

    public boolean isConfigured() {
        return host.isPresent() && !host.get().isBlank();
    }

    public String host() {
        return host.orElse("");
    }

    public int port() {
        return port;
    }

    public Optional<String> user() {
        return user.filter(value -> !value.isBlank());
    }

    public String password() {
        return password.orElse("");
    }

    public Security security() {
        return Security.valueOf(tls.strip().toUpperCase(Locale.ROOT));
    }

    /** The sender of every mail: {@code site.mail.from}, else the site's name and contact address. */
    public String from() {
        return from.filter(value -> !value.isBlank())
                .orElse("\"" + site.getName().replace("\"", "") + "\" <" + site.getContactEmail() + ">");
    }

    public int pollSeconds() {
        return Math.max(1, pollSeconds);
    }

    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    /**
     * How long to wait after a failed attempt: the retry interval, doubled after each further
     * failure, at most {@code site.mail.max-retry-seconds}.
     */
    public Duration backOff(int failedAttempts) {
        long seconds = Math.max(1, retrySeconds);
        long cap = Math.max(1, maxRetrySeconds);
        for (int i = 1; i < failedAttempts && seconds < cap; i++) {
            seconds *= 2;
        }
        return Duration.ofSeconds(Math.min(seconds, cap));
    }
}
