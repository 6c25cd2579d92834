package nl.kompas.consultant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.kompas.article.Article;
import nl.kompas.article.ArticleRepository;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.casestudy.CaseStudyRepository;
import nl.kompas.content.SlugRedirects;
import nl.kompas.content.Translations;
import nl.kompas.offering.Offering;
import nl.kompas.platform.web.MovedPermanently;
import nl.kompas.platform.web.Route;
import nl.kompas.platform.web.SitePaths;

/** A consultant's profile with their articles and cases: /consultants/{slug}. */
@Named
@RequestScoped
public class ConsultantPage {

    @Inject
    SitePaths paths;

    @Inject
    Translations translations;

    @Inject
    Route route;

    @Inject
    ConsultantRepository consultants;

    @Inject
    ArticleRepository articles;

    @Inject
    CaseStudyRepository cases;

    @Inject
    SlugRedirects redirects;

    private Consultant consultant;
    private List<Article> writtenArticles = List.of();
    private List<CaseStudy> workedCases = List.of();

    public void load() {
        String slug = route.param("slug");
        consultant = consultants.findBySlug(slug).orElse(null);
        if (consultant == null) {
            // Every profile is public, so every old address of one leads to it.
            MovedPermanently.toOrNotFound(redirects
                    .itemFor(ConsultantEditing.ITEM_TYPE, slug)
                    .flatMap(consultants::find)
                    .map(moved -> paths.consultant(route.getLanguage(), moved.getSlug())));
            return;
        }
        writtenArticles = articles.findPublishedByAuthor(consultant, route.getLanguage());
        workedCases = cases.findPublishedByConsultant(consultant, route.getLanguage());
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

    /** The service pages this consultant covers, in the page's language. */
    public List<Offering> getOfferings() {
        return translations.inLanguage(consultant.getPublishedOfferings(), route.getLanguage());
    }
}
