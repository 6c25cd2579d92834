package nl.kompas.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kompas.platform.SiteConfig;

/**
 * The page in the other language, for the head's hreflang links and the header's language switch.
 *
 * <p>A page of a kind that exists in both languages (home, the lists of cases and services,
 * contact, search, the newsletter, consultants and their profiles) has its twin: the same page
 * with the same parameters under the other language's address. An item page (article, case,
 * service) and an article list name their counterpart themselves, with the view parameters
 * {@code translated="true"} and {@code translationPath} (empty when there is none): an item has
 * one only when its translation is published, a category only when it holds articles of the
 * other language.
 */
@Named("languages")
@RequestScoped
public class LanguageVersions {

    /** One hreflang link: the language ("nl", "en" or "x-default") and an absolute address. */
    public record Alternate(String hreflang, String href) {

        // Expression language reads bean properties, not record components.
        public String getHreflang() {
            return hreflang;
        }

        public String getHref() {
            return href;
        }
    }

    @Inject
    Route route;

    @Inject
    SiteConfig site;

    /**
     * The page's twin in the other language, or null.
     *
     * @param translated whether the view names the counterpart itself
     * @param translationPath the counterpart the view names, or empty for none
     */
    public String counterpart(boolean translated, String translationPath) {
        if (translated) {
            return translationPath == null || translationPath.isEmpty() ? null : translationPath;
        }
        SitePage page = route.getPage();
        return page.isItem() ? null : page.path(route.getLanguage().other(), route.params());
    }

    /**
     * The hreflang links: Dutch, English and Dutch as the default when the page has a counterpart,
     * or only the page itself when it has none.
     */
    public List<Alternate> alternates(boolean translated, String translationPath) {
        String own = site.absolute(route.getPath());
        String other = counterpart(translated, translationPath);
        List<Alternate> alternates = new ArrayList<>();
        if (other == null) {
            alternates.add(new Alternate(route.getLanguage().getTag(), own));
            return alternates;
        }
        String dutch = route.getLanguage() == SiteLanguage.NL ? own : site.absolute(other);
        String english = route.getLanguage() == SiteLanguage.EN ? own : site.absolute(other);
        alternates.add(new Alternate(SiteLanguage.NL.getTag(), dutch));
        alternates.add(new Alternate(SiteLanguage.EN.getTag(), english));
        alternates.add(new Alternate("x-default", dutch));
        return alternates;
    }

    /**
     * Where the language switch leads: the counterpart, else the other language's list of the same
     * kind (an untranslated article leads to the English articles), else its home page.
     */
    public String switchPath(boolean translated, String translationPath) {
        String other = counterpart(translated, translationPath);
        if (other != null) {
            return other;
        }
        SitePage list = route.getPage().list();
        SitePage target = list.template(SiteLanguage.NL).contains("{") ? SitePage.HOME : list;
        return target.path(route.getLanguage().other(), Map.of());
    }

    /** The language the switch leads to. */
    public SiteLanguage getOther() {
        return route.getLanguage().other();
    }
}
