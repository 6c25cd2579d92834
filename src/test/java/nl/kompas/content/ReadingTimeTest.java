package nl.kompas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReadingTimeTest {

    @ParameterizedTest(name = "{0} words -> {1} min")
    @CsvSource({
        "0, 1",
        "1, 1",
        "150, 1",
        "299, 1", // a short text still takes a minute
        "300, 2",
        "499, 2", // 1.5 rounds up, 2.495 down
        "500, 3",
        "1000, 5",
        "1099, 5",
        "1100, 6",
        "2000, 10",
        "12345, 62"
    })
    void minutesAreRoundedAt200WordsAMinuteWithMinimumOne(int words, int minutes) {
        assertEquals(minutes, ReadingTime.minutes(words));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "een|1",
                "een twee drie|3",
                "  voor   en  na  |3",
                "IT-professionals, en één café.|4",
            })
    void countWordsSplitsOnWhitespace(String text, int words) {
        assertEquals(words, ReadingTime.countWords(text));
    }

    @org.junit.jupiter.api.Test
    void tabsAndLineBreaksSeparateWords() {
        assertEquals(5, ReadingTime.countWords("  voor   en\tna\nnieuwe\r\nregel  "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t"})
    void noTextIsNoWords(String text) {
        assertEquals(0, ReadingTime.countWords(text));
    }
}
