package nl.kompas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShareLinksTest {

    private static final String URL = "https://koersvast.example/artikelen/leren?ref=x&y=1#deel-2";
    private static final String TITLE = "Leren van je praktijk: één & twee + \"drie\"?";

    private final ShareLinks links = ShareLinks.of(URL, TITLE);

    private static Map<String, String> query(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    @Test
    void linkedinSharesTheUrl() {
        URI uri = URI.create(links.getLinkedin());

        assertEquals("https", uri.getScheme());
        assertEquals("www.linkedin.com", uri.getHost());
        assertEquals("/sharing/share-offsite/", uri.getPath());
        assertEquals(Map.of("url", URL), query(uri.getRawQuery()));
    }

    @Test
    void xSharesUrlAndTitle() {
        URI uri = URI.create(links.getX());

        assertEquals("https", uri.getScheme());
        assertEquals("x.com", uri.getHost());
        assertEquals("/intent/tweet", uri.getPath());
        assertEquals(Map.of("url", URL, "text", TITLE), query(uri.getRawQuery()));
    }

    @Test
    void facebookSharesTheUrl() {
        URI uri = URI.create(links.getFacebook());

        assertEquals("https", uri.getScheme());
        assertEquals("www.facebook.com", uri.getHost());
        assertEquals("/sharer/sharer.php", uri.getPath());
        assertEquals(Map.of("u", URL), query(uri.getRawQuery()));
    }

    @Test
    void whatsappSharesTitleAndUrlAsOneText() {
        URI uri = URI.create(links.getWhatsapp());

        assertEquals("https", uri.getScheme());
        assertEquals("wa.me", uri.getHost());
        assertEquals("/", uri.getPath());
        assertEquals(Map.of("text", TITLE + " " + URL), query(uri.getRawQuery()));
    }

    @Test
    void theCopyButtonGetsThePagesOwnUrlUnencoded() {
        assertEquals(URL, links.getUrl());
    }

    @Test
    void emailHasSubjectAndBody() {
        String email = links.getEmail();

        assertTrue(email.startsWith("mailto:?subject="), email);
        Map<String, String> fields = query(email.substring("mailto:?".length()));
        assertEquals(Map.of("subject", TITLE, "body", URL), fields);
    }

    @Test
    void mailSubjectUsesPercent20NotPlusForSpaces() {
        String email = ShareLinks.of("https://koersvast.example/a", "Drie tips voor intervisie")
                .getEmail();

        assertTrue(email.contains("subject=Drie%20tips%20voor%20intervisie"), email);
        assertFalse(email.contains("+"), "mail programs show a + literally: " + email);
    }

    @Test
    void literalPlusInTitleIsEncoded() {
        String email =
                ShareLinks.of("https://koersvast.example/a", "C++ en 1+1").getEmail();

        assertTrue(email.contains("subject=C%2B%2B%20en%201%2B1"), email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"linkedin", "x", "facebook", "whatsapp", "email"})
    void urlIsEncodedSoItsQueryCannotLeak(String network) {
        String link = switch (network) {
            case "linkedin" -> links.getLinkedin();
            case "x" -> links.getX();
            case "facebook" -> links.getFacebook();
            case "whatsapp" -> links.getWhatsapp();
            default -> links.getEmail();
        };

        assertTrue(
                link.contains("https%3A%2F%2Fkoersvast.example%2Fartikelen%2Fleren%3Fref%3Dx%26y%3D1%23deel-2"), link);
        assertFalse(link.contains("#"), "a raw # would cut the share link: " + link);
        assertFalse(link.contains(" "), link);
        assertFalse(link.contains("ref=x"), "the article URL's own query stays inside the parameter: " + link);
    }

    @Test
    void nonAsciiTitleIsUtf8Encoded() {
        assertTrue(ShareLinks.of("https://k.example/", "één").getX().endsWith("&text=%C3%A9%C3%A9n"));
    }
}
