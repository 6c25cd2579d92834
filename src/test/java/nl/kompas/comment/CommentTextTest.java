package nl.kompas.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.kompas.platform.web.PostedForm;
import org.junit.jupiter.api.Test;

/** A comment as a reader sees it: the words as typed, with line breaks and links, never markup. */
class CommentTextTest {

    @Test
    void markupIsShownAsTextNeverRun() {
        String html = CommentText.toHtml("<script>alert(1)</script> <b>vet</b> <a href=\"javascript:x\">klik</a>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b>"), html);
        assertFalse(html.contains("javascript:x\">"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void linesAndParagraphsAreKept() {
        assertEquals(
                "<p>Eerste regel<br />tweede regel</p><p>Nieuwe alinea</p>",
                CommentText.toHtml("Eerste regel\r\ntweede regel\n\n\nNieuwe alinea\n"));
    }

    @Test
    void webAddressesBecomeLinksThatSearchEnginesDoNotFollow() {
        String html = CommentText.toHtml("Zie https://example.nl/pad?a=1&b=2. Mooi!");
        assertTrue(html.contains("href=\"https://example.nl/pad?a&#61;1&amp;b&#61;2\""), html);
        assertTrue(html.contains("rel=\"nofollow ugc noopener\""), html);
        assertTrue(html.contains("</a>. Mooi!"), "the full stop ends the sentence, not the address: " + html);
    }

    @Test
    void anAddressCannotBreakOutOfItsAttribute() {
        String html = CommentText.toHtml("https://example.nl/\"onmouseover=alert(1)");
        assertFalse(html.contains("onmouseover=alert"), html);
    }

    @Test
    void formNamesEachWrongField() {
        PostedForm form = CommentForm.check(PostedForm.of(Map.of("name", "", "email", "geen-adres", "text", "x")));
        assertEquals("comments.error.name.required", form.error("name"));
        assertEquals("comments.error.email.invalid", form.error("email"));
        assertEquals("comments.error.text.required", form.error("text"));
        assertTrue(CommentForm.check(
                        PostedForm.of(Map.of("name", "Anne", "email", "anne@example.nl", "text", "Goed stuk")))
                .isValid());
        assertEquals(
                "comments.error.text.long",
                CommentForm.check(PostedForm.of(Map.of("name", "A", "email", "a@b.nl", "text", "x".repeat(4001))))
                        .error("text"));
    }
}
