package nl.kompas.casestudy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.kompas.platform.web.Route;

/** All published case studies of the page's language, newest first: /cases and /en/cases. */
@Named
@RequestScoped
public class CaseStudyList {

    @Inject
    Route route;

    @Inject
    CaseStudyRepository cases;

    private List<CaseStudy> items;

    public List<CaseStudy> getItems() {
        if (items == null) {
            items = cases.findPublished(route.getLanguage());
        }
        return items;
    }
}
