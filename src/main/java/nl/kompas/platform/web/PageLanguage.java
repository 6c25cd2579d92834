package nl.kompas.platform.web;

import jakarta.faces.context.FacesContext;
import java.util.Locale;

/** The language of the page being rendered; Dutch outside a page, as the site's default. */
public final class PageLanguage {

    public static final Locale DEFAULT = Locale.forLanguageTag("nl");

    private PageLanguage() {}

    public static Locale current() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null
                ? context.getViewRoot().getLocale()
                : DEFAULT;
    }
}
