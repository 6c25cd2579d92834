package nl.kompas.spam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kompas.account.ClientAddress;
import nl.kompas.platform.SiteConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The spam guard's checks, each on its own, in the order a form meets them. */
class SpamGuardTest {

    private static final Instant RENDERED = Instant.parse("2026-11-23T10:00:00Z");

    private final List<String> counted = new ArrayList<>();
    private SpamGuard guard;

    @BeforeEach
    void guard() {
        guard = new SpamGuard();
        guard.minFillSeconds = 3;
        guard.tokenMaxAgeHours = 48;
        guard.maxLinks = 2;
        guard.maxPerHour = 3;
        guard.secret = Optional.of("proef-sleutel");
        guard.clientAddress = new ClientAddress() {
            @Override
            public String of(HttpServletRequest request) {
                return request.getRemoteAddr();
            }
        };
        guard.site = new SiteConfig() {
            @Override
            public String getBaseUrl() {
                return "https://www.koersvast.example";
            }
        };
        guard.counts = new SpamCounts() {
            @Override
            public void count(String form, SpamReason reason) {
                counted.add(form + " " + reason);
            }
        };
        guard.createKey();
        at(RENDERED);
    }

    private void at(Instant now) {
        guard.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    @Test
    void aFormFilledInAtAPersonsPacePasses() {
        String token = guard.token("contact");
        at(RENDERED.plusSeconds(20));
        FormCheck check = guard.check("contact", post(token, Map.of()), "Graag een gesprek over https://acme.example");
        assertTrue(check.passed());
        assertEquals(List.of(), counted);
    }

    @Test
    void theHoneypotFilledInIsBlockedAndCounted() {
        String token = guard.token("contact");
        at(RENDERED.plusSeconds(20));
        assertEquals(
                SpamReason.HONEYPOT,
                guard.check("contact", post(token, Map.of("website", "x")), "").reason());
        assertEquals(List.of("contact HONEYPOT"), counted);
    }

    @Test
    void aFormSentFasterThanAPersonTypesIsTooFast() {
        String token = guard.token("contact");
        at(RENDERED.plusSeconds(2));
        assertEquals(
                SpamReason.TOO_FAST,
                guard.check("contact", post(token, Map.of())).reason());
        at(RENDERED.plusSeconds(3));
        assertTrue(guard.check("contact", post(token, Map.of())).passed());
    }

    @Test
    void aTokenOfAnotherFormAForgedOneOrAnOldOneIsRefused() {
        String token = guard.token("comment");
        at(RENDERED.plusSeconds(20));
        assertEquals(
                SpamReason.TOKEN_INVALID,
                guard.check("contact", post(token, Map.of())).reason());
        String moved =
                token.replace("comment." + RENDERED.getEpochSecond(), "contact." + (RENDERED.getEpochSecond() - 60));
        assertEquals(
                SpamReason.TOKEN_INVALID,
                guard.check("contact", post(moved, Map.of())).reason());
        assertEquals(
                SpamReason.TOKEN_INVALID,
                guard.check("contact", post(null, Map.of())).reason());
        at(RENDERED.plusSeconds(48 * 3600 + 1));
        assertEquals(
                SpamReason.TOKEN_EXPIRED,
                guard.check("comment", post(token, Map.of())).reason());
    }

    @Test
    void moreLinksThanAllowedAreRefusedWithTheLimit() {
        String token = guard.token("contact");
        at(RENDERED.plusSeconds(20));
        FormCheck check = guard.check(
                "contact", post(token, Map.of()), "zie https://a.example, http://b.example en www.c.example");
        assertEquals(SpamReason.TOO_MANY_LINKS, check.reason());
        assertEquals(2, check.maxLinks());
    }

    @Test
    void aPostFromAnotherSiteIsRefusedOneFromThisSiteOrTheRequestsHostPasses() {
        String token = guard.token("contact");
        at(RENDERED.plusSeconds(20));
        assertEquals(
                SpamReason.CROSS_SITE,
                guard.check("contact", post(token, Map.of(), "Origin", "https://evil.example"))
                        .reason());
        assertEquals(
                SpamReason.CROSS_SITE,
                guard.check("contact", post(token, Map.of(), "Referer", "https://evil.example/page"))
                        .reason());
        assertTrue(guard.check("contact", post(token, Map.of(), "Origin", "https://www.koersvast.example"))
                .passed());
        assertTrue(guard.check("contact", post(token, Map.of(), "Origin", "http://localhost:8181"))
                .passed());
    }

    @Test
    void theRateLimitCountsOnlyFormsThatPassedEverythingElse() {
        String token = guard.token("contact");
        at(RENDERED.plusSeconds(20));
        for (int i = 0; i < 5; i++) {
            guard.check("contact", post(token, Map.of("website", "spam")));
        }
        for (int i = 0; i < 3; i++) {
            assertTrue(guard.check("contact", post(token, Map.of())).passed(), "form " + (i + 1));
        }
        FormCheck limited = guard.check("contact", post(token, Map.of()));
        assertEquals(SpamReason.RATE_LIMITED, limited.reason());
        assertTrue(limited.retryAfterSeconds() > 0);
        assertTrue(
                guard.check("newsletter", post(guard.token("newsletter"), Map.of()))
                                .reason()
                        != SpamReason.RATE_LIMITED,
                "each form has its own budget");
        assertNull(FormCheck.PASSED.reason());
    }

    /** A POST from 192.0.2.7 to localhost:8181 with the token, these parameters and headers. */
    private static HttpServletRequest post(String token, Map<String, String> parameters, String... headers) {
        Map<String, String> params = new HashMap<>(parameters);
        if (token != null) {
            params.put(SpamGuard.TOKEN_FIELD, token);
        }
        Map<String, String> headerMap = new HashMap<>();
        headerMap.put("Host", "localhost:8181");
        for (int i = 0; i < headers.length; i += 2) {
            headerMap.put(headers[i], headers[i + 1]);
        }
        return (HttpServletRequest) Proxy.newProxyInstance(
                SpamGuardTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> {
                    return switch (method.getName()) {
                        case "getParameter" -> params.get((String) args[0]);
                        case "getHeader" -> headerMap.get((String) args[0]);
                        case "getRemoteAddr" -> "192.0.2.7";
                        case "getMethod" -> "POST";
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }
}
