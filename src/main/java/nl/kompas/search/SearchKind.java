package nl.kompas.search;

import java.util.Map;
import nl.kompas.article.Article;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.consultant.Consultant;
import nl.kompas.offering.Offering;
import nl.kompas.platform.web.SiteLanguage;
import nl.kompas.platform.web.SitePage;

/** What a search result is, where its page lives, and the bundle key of its label. */
public enum SearchKind {
    ARTICLE(Article.class, SitePage.ARTICLE, "search.type.article"),
    CASE(CaseStudy.class, SitePage.CASE, "search.type.case"),
    SERVICE(Offering.class, SitePage.SERVICE, "search.type.service"),
    CONSULTANT(Consultant.class, SitePage.CONSULTANT, "search.type.consultant");

    private final Class<?> entity;
    private final SitePage page;
    private final String labelKey;

    SearchKind(Class<?> entity, SitePage page, String labelKey) {
        this.entity = entity;
        this.page = page;
        this.labelKey = labelKey;
    }

    Class<?> entity() {
        return entity;
    }

    /** The page of an item of this kind in a language: "/artikelen/" or "/en/articles/" plus its slug. */
    String path(SiteLanguage language, String slug) {
        return page.path(language, Map.of("slug", slug));
    }

    /** The bundle key of the label a result shows: "Artikel", "Case", "Dienst", "Consultant". */
    public String getLabelKey() {
        return labelKey;
    }

    /** The kind of an entity class, or null for content that is not searched itself (a category). */
    static SearchKind of(Class<?> type) {
        for (SearchKind kind : values()) {
            if (kind.entity.isAssignableFrom(type)) {
                return kind;
            }
        }
        return null;
    }
}
