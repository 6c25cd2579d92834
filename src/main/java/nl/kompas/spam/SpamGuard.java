package nl.kompas.spam;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kompas.account.ClientAddress;
import nl.kompas.platform.SiteConfig;
import nl.kompas.platform.web.RateLimit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a submitted public form (contact, comment, newsletter signup) for the marks of spam, in
 * this order: a post from another site, the honeypot, the form token (signed, not too old, not too
 * young), the number of links in the free text, and last the rate limit per client address, so
 * that only an otherwise acceptable form uses up a person's budget. A blocked attempt is counted
 * per form and reason ({@link SpamCounts}) and the caller shows the reason's message: a real person
 * is always told what happened and keeps what they typed.
 *
 * <p><b>Why a signed token and no session.</b> Public pages create no session and are served from
 * the page cache, the same bytes for everyone, so a form cannot carry a per-visitor secret. The
 * form token is therefore the form's name and the moment the page was rendered, signed with
 * HMAC-SHA256 ({@link FormToken}): it cannot be forged or moved in time, and needs no server state.
 * It serves the minimum fill time: a form sent sooner after rendering than a person can type is
 * refused. A page from the cache may have been rendered a while ago, which weakens that check for
 * cached pages; the honeypot, the link limit and the rate limit do not depend on it. A token older
 * than {@code site.spam.token-max-age-hours} is refused with a fresh form (the page cache renders
 * pages again well within that age), so harvested tokens do not last.
 *
 * <p><b>CSRF without a session.</b> A form post from another site is recognised by its Origin
 * header (which browsers send with every POST), or its Referer when there is no Origin: it must
 * name this site's address or the host the request was sent to. With neither header the request
 * did not come from a browser page, so no visitor can have been tricked into it; the other checks
 * still apply.
 *
 * <p>The signing key is {@code site.spam.secret}; without it a random key is made at each start.
 * The page cache starts empty too, so only a form left open across a restart is refused as
 * invalid, and its sender gets a fresh form with what they typed.
 */
@Named("spamGuard")
@ApplicationScoped
public class SpamGuard {

    /** The hidden field people never see: a bot that fills in every field fills this one too. */
    public static final String HONEYPOT_FIELD = "website";

    public static final String TOKEN_FIELD = "form-token";

    /** http(s) links and bare www. addresses, as spam writes them. */
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");

    @Inject
    @ConfigProperty(name = "site.spam.min-fill-seconds", defaultValue = "3")
    int minFillSeconds;

    @Inject
    @ConfigProperty(name = "site.spam.token-max-age-hours", defaultValue = "48")
    int tokenMaxAgeHours;

    @Inject
    @ConfigProperty(name = "site.spam.max-links", defaultValue = "2")
    int maxLinks;

    @Inject
    @ConfigProperty(name = "site.spam.max-per-hour", defaultValue = "10")
    int maxPerHour;

    @Inject
    @ConfigProperty(name = "site.spam.secret")
    Optional<String> secret;

    @Inject
    ClientAddress clientAddress;

    @Inject
    SiteConfig site;

    @Inject
    SpamCounts counts;

    Clock clock = Clock.systemUTC();

    private FormToken tokens;
    private final Map<String, RateLimit> limits = new ConcurrentHashMap<>();

    @PostConstruct
    void createKey() {
        byte[] key;
        if (secret.isPresent() && !secret.get().isBlank()) {
            key = secret.get().getBytes(StandardCharsets.UTF_8);
        } else {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        }
        tokens = new FormToken(key);
    }

    /** A fresh token for a form rendered now: {@code #{spamGuard.token('contact')}}. */
    public String token(String form) {
        return tokens.issue(form, clock.instant());
    }

    /**
     * The token to render again with a form that came back with a problem: the one it was sent with
     * when that is valid, so the fill time still counts from the first rendering; else a fresh one.
     */
    public String tokenAgain(String form, String submitted) {
        Optional<Instant> renderedAt = tokens.renderedAt(submitted, form);
        boolean usable = renderedAt.isPresent()
                && FormToken.age(renderedAt.get(), clock.instant())
                                .compareTo(Duration.ofHours(Math.max(1, tokenMaxAgeHours))
                                        .minusMinutes(30))
                        < 0;
        return usable ? submitted : token(form);
    }

    /**
     * Checks a submitted form and counts it when it is blocked.
     *
     * @param form the form's name, the same as for its token: "contact", "comment", "newsletter"
     * @param freeTexts the texts in which links are counted (a message, a comment)
     */
    public FormCheck check(String form, HttpServletRequest request, String... freeTexts) {
        FormCheck check = inspect(form, request, freeTexts);
        if (!check.passed()) {
            counts.count(form, check.reason());
        }
        return check;
    }

    private FormCheck inspect(String form, HttpServletRequest request, String... freeTexts) {
        if (!sameOrigin(request)) {
            return FormCheck.blocked(SpamReason.CROSS_SITE);
        }
        String honeypot = request.getParameter(HONEYPOT_FIELD);
        if (honeypot != null && !honeypot.isEmpty()) {
            return FormCheck.blocked(SpamReason.HONEYPOT);
        }
        Optional<Instant> renderedAt = tokens.renderedAt(request.getParameter(TOKEN_FIELD), form);
        if (renderedAt.isEmpty()) {
            return FormCheck.blocked(SpamReason.TOKEN_INVALID);
        }
        Duration age = FormToken.age(renderedAt.get(), clock.instant());
        if (age.compareTo(Duration.ofHours(Math.max(1, tokenMaxAgeHours))) > 0) {
            return FormCheck.blocked(SpamReason.TOKEN_EXPIRED);
        }
        if (age.compareTo(Duration.ofSeconds(minFillSeconds)) < 0) {
            return FormCheck.blocked(SpamReason.TOO_FAST);
        }
        for (String text : freeTexts) {
            if (links(text) > maxLinks) {
                return new FormCheck(SpamReason.TOO_MANY_LINKS, 0, maxLinks);
            }
        }
        long wait = limit(form).secondsToWait(clientAddress.of(request));
        if (wait > 0) {
            return new FormCheck(SpamReason.RATE_LIMITED, wait, 0);
        }
        return FormCheck.PASSED;
    }

    /** The most links a free text may hold, for the form's hint. */
    public int getMaxLinks() {
        return maxLinks;
    }

    static int links(String text) {
        if (text == null) {
            return 0;
        }
        int found = 0;
        Matcher matcher = LINK.matcher(text);
        while (matcher.find()) {
            found++;
        }
        return found;
    }

    private RateLimit limit(String form) {
        return limits.computeIfAbsent(form, name -> new RateLimit(maxPerHour, Duration.ofHours(1), System::nanoTime));
    }

    private boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank() || "null".equals(origin)) {
            origin = request.getHeader("Referer");
        }
        if (origin == null || origin.isBlank()) {
            return true;
        }
        String authority = authority(origin);
        return authority != null
                && (authority.equals(authority(site.getBaseUrl()))
                        || authority.equals(Optional.ofNullable(request.getHeader("Host"))
                                .map(host -> host.toLowerCase(Locale.ROOT))
                                .orElse(null)));
    }

    /** "host:port" of an address, lower case, the port left out when it is the scheme's own. */
    private static String authority(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1
                    || (port == 80 && "http".equalsIgnoreCase(uri.getScheme()))
                    || (port == 443 && "https".equalsIgnoreCase(uri.getScheme()));
            return uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }
}
