package nl.kompas.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.kompas.article.Article;
import nl.kompas.article.ArticleFilter;
import nl.kompas.article.ArticleRepository;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.casestudy.CaseStudyRepository;
import nl.kompas.platform.web.Route;

/** What the home page shows besides the service overview (which {@code offeringList} gives). */
@Named
@RequestScoped
public class HomePage {

    static final int NEWEST_ARTICLES = 3;
    static final int FEATURED_CASES = 3;

    @Inject
    Route route;

    @Inject
    ArticleRepository articles;

    @Inject
    CaseStudyRepository cases;

    private List<Article> newestArticles;
    private List<CaseStudy> featuredCases;

    public List<Article> getNewestArticles() {
        if (newestArticles == null) {
            newestArticles = articles.findPublishedPage(ArticleFilter.all(route.getLanguage()), 0, NEWEST_ARTICLES);
        }
        return newestArticles;
    }

    /** The cases the editors feature, topped up with the newest published ones. */
    public List<CaseStudy> getFeaturedCases() {
        if (featuredCases == null) {
            featuredCases = cases.findForHomePage(FEATURED_CASES, route.getLanguage());
        }
        return featuredCases;
    }
}
