package nl.kompas.content;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates the way a reader writes them: "25 maart 2021" in Dutch, "25 March 2021" in English. */
public final class ReadableDate {

    private ReadableDate() {}

    public static String format(LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }
}
