package nl.kompas.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

class TextWrapTest {

    /** Every character 10 wide: a line of 100 holds ten characters. */
    private static final ToIntFunction<String> MONO = text -> text.codePointCount(0, text.length()) * 10;

    @Test
    void wordsFillALineAndMoveOnWhole() {
        assertEquals(List.of("een twee", "drie vier", "vijf"), TextWrap.lines("een twee drie vier vijf", 100, 4, MONO));
    }

    @Test
    void aShortTextIsOneLineAndWhiteSpaceCountsAsOneSpace() {
        assertEquals(List.of("kort en"), TextWrap.lines("  kort \n\t en ", 100, 3, MONO));
    }

    @Test
    void aWordWiderThanALineIsCutBetweenCharacters() {
        assertEquals(
                List.of("organisati", "eontwikkel", "ing nu"),
                TextWrap.lines("organisatieontwikkeling nu", 100, 4, MONO));
    }

    @Test
    void textBeyondTheLastLineEndsInAnEllipsisAtAWord() {
        List<String> lines = TextWrap.lines("een twee drie vier vijf zes zeven acht", 100, 2, MONO);

        assertEquals(List.of("een twee", "drie vier…"), lines);
    }

    @Test
    void theEllipsisTakesTheRoomOfTheLastWordThatNoLongerFits() {
        assertEquals(List.of("een twee", "drie…"), TextWrap.lines("een twee drie viertje vijf", 100, 2, MONO));
    }

    @Test
    void theEllipsisDropsPunctuationBeforeIt() {
        assertEquals(List.of("tips:", "een…"), TextWrap.lines("tips: een, twee en drie", 50, 2, MONO));
    }

    @Test
    void aSingleHugeWordOnTheLastLineIsCutWithAnEllipsis() {
        List<String> lines = TextWrap.lines("a".repeat(50), 100, 2, MONO);

        assertEquals(List.of("a".repeat(10), "a".repeat(9) + "…"), lines);
    }

    @Test
    void everyLineFitsWithARealFont() {
        FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB)
                .createGraphics()
                .getFontMetrics(new Font(Font.SANS_SERIF, Font.BOLD, 60));
        String title = "De adviseur als verandermakelaar (deel 2): vier tips voor de praktijk van alledag,"
                + " met aandacht voor weerstand, eigenaarschap en het gesprek met de opdrachtgever";

        List<String> lines = TextWrap.lines(title, 1040, 4, metrics::stringWidth);

        assertEquals(4, lines.size(), lines.toString());
        for (String line : lines) {
            assertTrue(metrics.stringWidth(line) <= 1040, line + " is wider than the image");
        }
        assertTrue(lines.get(3).endsWith("…"), "the cut title ends in an ellipsis: " + lines);
        assertTrue(title.startsWith(String.join(" ", lines.subList(0, 3))), "no words lost or reordered: " + lines);
    }

    @Test
    void noLinesForBlankTextAndAtLeastOneLineAllowed() {
        assertEquals(List.of(), TextWrap.lines("  ", 100, 3, MONO));
        assertThrows(IllegalArgumentException.class, () -> TextWrap.lines("x", 100, 0, MONO));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNeverSplit() {
        String emoji = "\uD83D\uDE00"; // one code point, two chars
        List<String> lines = TextWrap.lines(emoji.repeat(12), 100, 3, MONO);

        assertEquals(List.of(emoji.repeat(10), emoji.repeat(2)), lines);
    }
}
