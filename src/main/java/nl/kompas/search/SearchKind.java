package nl.kompas.search;

import nl.kompas.article.Article;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.consultant.Consultant;
import nl.kompas.offering.Offering;

/** What a search result is, where its page lives, and the bundle key of its label. */
public enum SearchKind {
    ARTICLE(Article.class, "/artikelen/", "search.type.article"),
    CASE(CaseStudy.class, "/cases/", "search.type.case"),
    SERVICE(Offering.class, "/diensten/", "search.type.service"),
    CONSULTANT(Consultant.class, "/consultants/", "search.type.consultant");

    private final Class<?> entity;
    private final String pathPrefix;
    private final String labelKey;

    SearchKind(Class<?> entity, String pathPrefix, String labelKey) {
        this.entity = entity;
        this.pathPrefix = pathPrefix;
        this.labelKey = labelKey;
    }

    Class<?> entity() {
        return entity;
    }

    /** The page of an item of this kind: "/artikelen/" plus its slug. */
    String path(String slug) {
        return pathPrefix + slug;
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
