package nl.kompas.casestudy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** All published case studies, newest first: /cases. */
@Named
@RequestScoped
public class CaseStudyList {

    @Inject
    CaseStudyRepository cases;

    private List<CaseStudy> items;

    public List<CaseStudy> getItems() {
        if (items == null) {
            items = cases.findPublished();
        }
        return items;
    }
}
