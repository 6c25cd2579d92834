package nl.kompas.article;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.kompas.content.ShareLinks;
import nl.kompas.content.SlugRedirects;
import nl.kompas.platform.SiteConfig;
import nl.kompas.platform.web.MovedPermanently;
import nl.kompas.platform.web.NotFound;
import nl.kompas.platform.web.Route;

/** The page of one published article: /artikelen/{slug}. */
@Named
@RequestScoped
public class ArticlePage {

    @Inject
    Route route;

    @Inject
    ArticleRepository articles;

    @Inject
    SiteConfig site;

    private Article article;
    private List<Article> seriesParts = List.of();

    @Inject
    SlugRedirects redirects;

    /** Shows the article; an old slug of a published article moves to its address (301); else 404. */
    public void load() {
        String slug = route.param("slug");
        article = articles.findPublishedBySlug(slug).orElse(null);
        if (article == null) {
            redirects
                    .itemFor(ArticleEditing.ITEM_TYPE, slug)
                    .flatMap(articles::find)
                    .filter(Article::isPublished)
                    .ifPresentOrElse(moved -> MovedPermanently.to("/artikelen/" + moved.getSlug()), NotFound::respond);
        } else if (article.getSeries() != null) {
            seriesParts = articles.findPartsOfSeries(article.getSeries());
        }
    }

    public Article getArticle() {
        return article;
    }

    /** The published parts of this article's series in order, this one included. */
    public List<Article> getSeriesParts() {
        return seriesParts;
    }

    public ShareLinks getShareLinks() {
        return ShareLinks.of(site.absolute(route.getPath()), article.getTitle());
    }
}
