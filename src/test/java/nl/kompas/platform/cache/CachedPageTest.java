package nl.kompas.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CachedPageTest {

    private final CachedPage page = new CachedPage(
            new byte[] {1, 2, 3}, new byte[] {4}, "abc", 1_000, List.of(), Set.of("Article#1", "Article*"));

    @Test
    void eachEncodingHasItsOwnStrongTag() {
        assertEquals("\"abc\"", page.etag(ContentEncoding.IDENTITY));
        assertEquals("\"abc-gz\"", page.etag(ContentEncoding.GZIP));
        assertEquals("\"abc-br\"", page.etag(ContentEncoding.BROTLI));
    }

    @Test
    void lastModifiedIsAnHttpDateWithATwoDigitDay() {
        CachedPage early = new CachedPage(new byte[0], new byte[0], "x", 1_796_263_200_000L, List.of(), Set.of());
        assertEquals("Thu, 03 Dec 2026 02:00:00 GMT", early.lastModified());
    }

    @Test
    void ifNoneMatchMatchesAnyEncodingWeakOrStrongAndLists() {
        assertTrue(page.matches("\"abc\""));
        assertTrue(page.matches("W/\"abc-gz\""));
        assertTrue(page.matches("\"other\", \"abc-br\""));
        assertTrue(page.matches("*"));
        assertFalse(page.matches("\"abcd\""));
        assertFalse(page.matches("abc"));
    }

    @Test
    void servesBrotliOnlyOnceItIsThere() {
        AcceptedEncodings both = new AcceptedEncodings(true, true);
        assertEquals(ContentEncoding.GZIP, page.encodingFor(both));
        page.brotli(new byte[] {9});
        assertEquals(ContentEncoding.BROTLI, page.encodingFor(both));
        assertEquals(ContentEncoding.GZIP, page.encodingFor(new AcceptedEncodings(true, false)));
        assertEquals(ContentEncoding.IDENTITY, page.encodingFor(AcceptedEncodings.NONE));
    }

    @Test
    void isTaggedByWhatItShowedOrListed() {
        assertTrue(page.isTagged(Set.of("Article#1")));
        assertTrue(page.isTagged(Set.of("CaseStudy#4", "Article*")));
        assertFalse(page.isTagged(Set.of("Article#2", "CaseStudy*")));
    }
}
