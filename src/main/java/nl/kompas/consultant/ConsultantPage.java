package nl.kompas.consultant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.kompas.article.Article;
import nl.kompas.article.ArticleRepository;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.casestudy.CaseStudyRepository;
import nl.kompas.platform.web.NotFound;
import nl.kompas.platform.web.Route;

/** A consultant's profile with their articles and cases: /consultants/{slug}. */
@Named
@RequestScoped
public class ConsultantPage {

    @Inject
    Route route;

    @Inject
    ConsultantRepository consultants;

    @Inject
    ArticleRepository articles;

    @Inject
    CaseStudyRepository cases;

    private Consultant consultant;
    private List<Article> writtenArticles = List.of();
    private List<CaseStudy> workedCases = List.of();

    public void load() {
        consultant = consultants.findBySlug(route.param("slug")).orElse(null);
        if (consultant == null) {
            NotFound.respond();
            return;
        }
        writtenArticles = articles.findPublishedByAuthor(consultant);
        workedCases = cases.findPublishedByConsultant(consultant);
    }

    /** The page's meta description: role and the start of the bio, whichever of them there is. */
    public String getDescription() {
        String role = consultant.getRole() == null ? "" : consultant.getRole().strip();
        String excerpt = consultant.getBio().getExcerpt() == null
                ? ""
                : consultant.getBio().getExcerpt();
        if (role.isEmpty() || excerpt.isEmpty()) {
            return role + excerpt;
        }
        return role + ". " + excerpt;
    }

    public Consultant getConsultant() {
        return consultant;
    }

    public List<Article> getArticles() {
        return writtenArticles;
    }

    public List<CaseStudy> getCases() {
        return workedCases;
    }
}
