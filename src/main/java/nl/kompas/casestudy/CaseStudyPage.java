package nl.kompas.casestudy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.kompas.content.ShareLinks;
import nl.kompas.content.SlugRedirects;
import nl.kompas.content.Translations;
import nl.kompas.offering.Offering;
import nl.kompas.platform.SiteConfig;
import nl.kompas.platform.cache.PageDependencies;
import nl.kompas.platform.web.MovedPermanently;
import nl.kompas.platform.web.Route;
import nl.kompas.platform.web.SitePaths;

/** The page of one published case study: /cases/{slug}. */
@Named
@RequestScoped
public class CaseStudyPage {

    @Inject
    Route route;

    @Inject
    CaseStudyRepository cases;

    @Inject
    SiteConfig site;

    @Inject
    SlugRedirects redirects;

    @Inject
    SitePaths paths;

    @Inject
    Translations translations;

    private CaseStudy caseStudy;

    /** Shows the case; an old slug of a published case moves to its address (301); else 404. */
    public void load() {
        String slug = route.param("slug");
        // The page lists the case's published service pages: one linked, published or renamed changes it.
        PageDependencies.listed(Offering.class);
        caseStudy = cases.findPublishedBySlug(slug).orElse(null);
        if (caseStudy == null) {
            MovedPermanently.toOrNotFound(redirects
                    .itemFor(CaseEditing.ITEM_TYPE, slug)
                    .flatMap(cases::find)
                    .filter(CaseStudy::isPublished)
                    .map(paths::item));
        } else if (!translations.belongsOnThisPage(caseStudy)) {
            caseStudy = null;
        }
    }

    public CaseStudy getCaseStudy() {
        return caseStudy;
    }

    public ShareLinks getShareLinks() {
        return ShareLinks.of(site.absolute(route.getPath()), caseStudy.getTitle());
    }

    /** The page of this CaseStudy in the other language, or null: the hreflang links and the language switch. */
    public String getTranslationPath() {
        return translations.pathOf(caseStudy).orElse(null);
    }

    /** The service pages of this case, in the page's language. */
    public List<Offering> getOfferings() {
        return translations.inLanguage(caseStudy.getPublishedOfferings(), route.getLanguage());
    }
}
