package nl.kompas.consultant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.kompas.content.ContentFile;
import nl.kompas.content.ContentFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The e-mail address of a consultant file, which becomes a mailto: link on the profile page. */
class ConsultantFileTest {

    private static ContentFile withEmail(String email) {
        return ContentFile.parse("consultants/anne.md", "---\nname: Anne\nemail: '" + email + "'\n---\nBio.\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "anne@koersvast.example",
                "anne.de-vries@koersvast.example",
                "anne+web@mail.koersvast.nl",
                "info_2@x-y.io",
                "A.de.Vries@KOERSVAST.NL"
            })
    void plainAddressIsAccepted(String email) {
        assertEquals(email, ConsultantFile.email(withEmail(email)));
    }

    @Test
    void noAddressIsFine() {
        assertNull(ConsultantFile.email(ContentFile.parse("consultants/anne.md", "---\nname: Anne\n---\nBio.\n")));
    }

    /** Each of these would add a recipient, a header or a body to the mailto: link, or is no address. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "anne@koersvast.example?cc=iedereen@koersvast.example",
                "anne@koersvast.example?subject=Hallo&body=Tekst",
                "anne@koersvast.example&cc=x@y.nl",
                "anne@koersvast.example,bob@koersvast.example",
                "anne@koersvast.example;bob@koersvast.example",
                "anne%3Fcc=x@koersvast.example",
                "anne@koersvast.example#x",
                "anne@koersvast.example/pad",
                "anne de vries@koersvast.example",
                "<anne@koersvast.example>",
                "\"anne\"@koersvast.example",
                "javascript:alert(1)//@koersvast.example",
                "anne@koersvast",
                "anne@@koersvast.example",
                "anne.@koersvast.example",
                ".anne@koersvast.example",
                "anne@koersvast..example",
                "anne@-koersvast.example",
                "@koersvast.example",
                "anne@"
            })
    void anythingButAPlainAddressIsRefusedOnItsLine(String email) {
        ContentFileException e = assertThrows(ContentFileException.class, () -> ConsultantFile.email(withEmail(email)));

        assertEquals(3, e.line(), e.describe());
        assertTrue(e.reason().startsWith("'" + email + "' is not an e-mail address"), e.reason());
    }

    @Test
    void overlongAddressIsRefused() {
        String email = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + ".nl";
        assertTrue(email.length() > 254, "longer than any address can be: " + email.length());

        assertThrows(ContentFileException.class, () -> ConsultantFile.email(withEmail(email)));
    }
}
