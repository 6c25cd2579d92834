package nl.kompas.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Locale;

/** Readable dates in the page's language for templates: {@code #{dates.format(article.publishedOn)}}. */
@Named("dates")
@ApplicationScoped
public class Dates {

    public String format(LocalDate date) {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context != null && context.getViewRoot() != null
                ? context.getViewRoot().getLocale()
                : Locale.forLanguageTag("nl");
        return ReadableDate.format(date, locale);
    }

    /** The machine-readable form for a time element's datetime attribute. */
    public String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
