package nl.kompas.casestudy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.kompas.content.ShareLinks;
import nl.kompas.platform.SiteConfig;
import nl.kompas.platform.web.NotFound;
import nl.kompas.platform.web.Route;

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

    private CaseStudy caseStudy;

    public void load() {
        caseStudy = cases.findPublishedBySlug(route.param("slug")).orElse(null);
        if (caseStudy == null) {
            NotFound.respond();
        }
    }

    public CaseStudy getCaseStudy() {
        return caseStudy;
    }

    public ShareLinks getShareLinks() {
        return ShareLinks.of(site.absolute(route.getPath()), caseStudy.getTitle());
    }
}
