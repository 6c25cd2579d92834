package nl.kompas.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadableDateTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void dutchDate() {
        assertEquals("25 maart 2021", ReadableDate.format(LocalDate.of(2021, 3, 25), DUTCH));
        assertEquals("25 maart 2021", ReadableDate.format(LocalDate.of(2021, 3, 25), Locale.forLanguageTag("nl-NL")));
    }

    @Test
    void englishDate() {
        assertEquals("25 March 2021", ReadableDate.format(LocalDate.of(2021, 3, 25), Locale.ENGLISH));
    }

    @ParameterizedTest
    @CsvSource({
        "2025-01-01, 1 januari 2025, 1 January 2025",
        "2024-02-29, 29 februari 2024, 29 February 2024",
        "2025-05-09, 9 mei 2025, 9 May 2025",
        "2026-12-31, 31 december 2026, 31 December 2026",
    })
    void dayWithoutLeadingZeroAndFullMonthName(LocalDate date, String dutch, String english) {
        assertEquals(dutch, ReadableDate.format(date, DUTCH));
        assertEquals(english, ReadableDate.format(date, Locale.ENGLISH));
    }

    @Test
    void noDateIsEmpty() {
        assertEquals("", ReadableDate.format(null, DUTCH));
    }
}
