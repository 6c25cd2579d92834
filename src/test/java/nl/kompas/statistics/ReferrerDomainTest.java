package nl.kompas.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferrerDomainTest {

    private static final Set<String> OWN = Set.of("koersvast.example", "localhost");

    @ParameterizedTest
    @CsvSource({
        "https://www.linkedin.com/feed/update/urn:li:activity:123?trk=x, linkedin.com",
        "https://LinkedIn.com/, linkedin.com",
        "http://news.ycombinator.com/item?id=1, news.ycombinator.com",
        "android-app://com.linkedin.android/, com.linkedin.android",
        "https://www.google.nl/, google.nl",
        "https://example.org./page, example.org"
    })
    void keepsOnlyTheDomainOfAnotherSite(String referer, String domain) {
        assertEquals(Optional.of(domain), ReferrerDomain.external(referer, OWN));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://www.koersvast.example/artikelen/x",
                "http://localhost:8080/",
                "",
                "not a url",
                "/artikelen",
                "javascript:alert(1)",
                "file:///etc/passwd",
                "https://exa mple.org/",
                "https://xn--bcher-kva.example:8443/path"
            })
    void ignoresOwnPagesAndWhatIsNoSite(String referer) {
        Optional<String> expected =
                referer.startsWith("https://xn--") ? Optional.of("xn--bcher-kva.example") : Optional.empty();
        assertEquals(expected, ReferrerDomain.external(referer, OWN), referer);
    }

    @Test
    void noHeaderNoDomain() {
        assertEquals(Optional.empty(), ReferrerDomain.external(null, OWN));
        assertEquals(Optional.empty(), ReferrerDomain.external("https://" + "a".repeat(300) + ".example/", OWN));
    }
}
