package nl.kompas.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import nl.kompas.platform.web.PageLanguage;

/** Readable dates in the page's language for templates: {@code #{dates.format(article.publishedOn)}}. */
@Named("dates")
@ApplicationScoped
public class Dates {

    public String format(LocalDate date) {
        return ReadableDate.format(date, PageLanguage.current());
    }

    /** The machine-readable form for a time element's datetime attribute. */
    public String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
