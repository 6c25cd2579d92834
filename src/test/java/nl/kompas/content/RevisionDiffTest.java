package nl.kompas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The line diff between two revisions, as an editor reads it. */
class RevisionDiffTest {

    private static String diff(String older, String newer) {
        return RevisionDiff.html(older, newer, folded -> folded + " ongewijzigde regels");
    }

    @Test
    void aChangedLineIsShownRemovedAndAdded() {
        String html = diff("---\ntitle: Oud\nslug: x\n---\nTekst.\n", "---\ntitle: Nieuw\nslug: x\n---\nTekst.\n");
        assertTrue(
                html.contains("<tr class=\"diff-removed\"><td class=\"diff-number\">2</td><td class=\"diff-number\">"
                        + "</td><td class=\"diff-mark\" aria-hidden=\"true\">−</td><td class=\"diff-text\">"
                        + "<del>title: Oud</del></td></tr>"),
                html);
        assertTrue(
                html.contains("<tr class=\"diff-added\"><td class=\"diff-number\"></td><td class=\"diff-number\">2"
                        + "</td><td class=\"diff-mark\" aria-hidden=\"true\">+</td><td class=\"diff-text\">"
                        + "<ins>title: Nieuw</ins></td></tr>"),
                html);
        assertTrue(html.contains("<td class=\"diff-text\">slug: x</td>"), "unchanged lines as they are");
        assertEquals(1, count(html, "<del>"));
        assertEquals(1, count(html, "<ins>"));
    }

    @Test
    void addedAndRemovedLinesKeepTheirOwnNumbers() {
        String html = diff("a\nb\nc\n", "a\nc\nd\n");
        assertTrue(html.contains("<td class=\"diff-number\">2</td><td class=\"diff-number\"></td>"), html);
        assertTrue(html.contains("<del>b</del>"));
        assertTrue(html.contains("<td class=\"diff-number\"></td><td class=\"diff-number\">3</td>"), html);
        assertTrue(html.contains("<ins>d</ins>"));
    }

    @Test
    void whatEditorsTypedIsEscaped() {
        String html = diff("body\n", "<script>alert('x')</script> & \"meer\"\n");
        assertTrue(
                html.contains("<ins>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;meer&quot;</ins>"),
                html);
        assertFalse(html.contains("<script>"));
    }

    @Test
    void longUnchangedStretchesAreFoldedAroundTheChange() {
        String older = numbered(1, 40);
        String newer = older.replace("regel 20\n", "regel twintig\n");
        String html = diff(older, newer);
        assertTrue(html.contains("16 ongewijzigde regels"), "lines 1-16 before the context: " + html);
        assertTrue(html.contains("17 ongewijzigde regels"), "lines 24-40 after it");
        for (int line : new int[] {17, 18, 19, 21, 22, 23}) {
            assertTrue(html.contains(">regel " + line + "<"), "context line " + line);
        }
        assertFalse(html.contains(">regel 16<"));
        assertFalse(html.contains(">regel 24<"));
    }

    @Test
    void aShortStretchBetweenChangesIsNotFolded() {
        String older = numbered(1, 8);
        String newer = older.replace("regel 1\n", "regel een\n").replace("regel 8\n", "regel acht\n");
        String html = diff(older, newer);
        assertFalse(html.contains("ongewijzigde"), html);
        assertTrue(html.contains(">regel 4<"));
    }

    @Test
    void sameTextsAreTheSame() {
        assertTrue(RevisionDiff.same("a\nb\n", "a\r\nb"));
        assertFalse(RevisionDiff.same("a\nb\n", "a\nc\n"));
    }

    private static String numbered(int from, int to) {
        return IntStream.rangeClosed(from, to)
                .mapToObj(i -> "regel " + i + "\n")
                .collect(Collectors.joining());
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
