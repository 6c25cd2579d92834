package nl.kompas.article;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.kompas.content.ShareLinks;
import nl.kompas.content.SlugRedirects;
import nl.kompas.content.Translations;
import nl.kompas.platform.SiteConfig;
import nl.kompas.platform.web.MovedPermanently;
import nl.kompas.platform.web.Route;
import nl.kompas.platform.web.SitePaths;

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
    private List<Article> related;

    /** How many related articles the page shows. */
    static final int RELATED = 3;

    @Inject
    SlugRedirects redirects;

    @Inject
    SitePaths paths;

    @Inject
    Translations translations;

    /** Shows the article; an old slug of a published article moves to its address (301); else 404. */
    public void load() {
        String slug = route.param("slug");
        article = articles.findPublishedBySlug(slug).orElse(null);
        if (article == null) {
            MovedPermanently.toOrNotFound(redirects
                    .itemFor(ArticleEditing.ITEM_TYPE, slug)
                    .flatMap(articles::find)
                    .filter(Article::isPublished)
                    .map(paths::item));
        } else if (!translations.belongsOnThisPage(article)) {
            article = null;
        } else if (article.getSeries() != null) {
            seriesParts = articles.findPartsOfSeries(article.getSeries(), article.getLanguage());
        }
    }

    public Article getArticle() {
        return article;
    }

    /** The published parts of this article's series in order, this one included. */
    public List<Article> getSeriesParts() {
        return seriesParts;
    }

    /**
     * This article's place among the published parts: "Deel 2 van 3" counts what a reader can
     * open, so an unpublished part 2 makes part 3 read "Deel 2 van 2".
     */
    public int getPartNumber() {
        return indexInSeries() + 1;
    }

    public Article getPreviousPart() {
        int index = indexInSeries();
        return index > 0 ? seriesParts.get(index - 1) : null;
    }

    public Article getNextPart() {
        int index = indexInSeries();
        return index >= 0 && index < seriesParts.size() - 1 ? seriesParts.get(index + 1) : null;
    }

    /** By id: each query outside a transaction reads its own copies, so the same article is another object. */
    private int indexInSeries() {
        for (int i = 0; i < seriesParts.size(); i++) {
            if (seriesParts.get(i).getId().equals(article.getId())) {
                return i;
            }
        }
        return -1;
    }

    /** Up to three articles on the same subjects, for a reader who wants more. */
    public List<Article> getRelated() {
        if (related == null) {
            related = articles.findRelated(article, RELATED);
        }
        return related;
    }

    public ShareLinks getShareLinks() {
        return ShareLinks.of(site.absolute(route.getPath()), article.getTitle());
    }

    /** The page of this Article in the other language, or null: the hreflang links and the language switch. */
    public String getTranslationPath() {
        return translations.pathOf(article).orElse(null);
    }
}
