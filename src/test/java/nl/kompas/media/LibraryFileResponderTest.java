package nl.kompas.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LibraryFileResponderTest {

    @Test
    void eachFileHasAStrongTagFromItsName() {
        assertEquals(
                "\"0123456789abcdef\"",
                LibraryFileResponder.etag(
                        MediaName.parse("a-0123456789abcdef.jpg").orElseThrow()));
        assertEquals(
                "\"0123456789abcdef-480w\"",
                LibraryFileResponder.etag(
                        MediaName.parse("a-0123456789abcdef-480w.png").orElseThrow()));
    }

    @Test
    void ifNoneMatchTakesOneTagAListOrAnyAndComparesWeakly() {
        String tag = "\"0123456789abcdef\"";
        assertTrue(LibraryFileResponder.matches(tag, tag));
        assertTrue(LibraryFileResponder.matches("\"other\", " + tag, tag));
        assertTrue(LibraryFileResponder.matches("W/" + tag, tag));
        assertTrue(LibraryFileResponder.matches("*", tag));
        assertFalse(LibraryFileResponder.matches("\"0123456789abcdef-480w\"", tag));
        assertFalse(LibraryFileResponder.matches(null, tag));
    }
}
