package nl.kompas.article;

import jakarta.persistence.TypedQuery;

/** Which articles a list shows: all of them, those of one category, or those with one tag. */
public record ArticleFilter(Kind kind, String slug) {

    public enum Kind {
        ALL,
        CATEGORY,
        TAG
    }

    public static final ArticleFilter ALL = new ArticleFilter(Kind.ALL, null);

    public static ArticleFilter category(String slug) {
        return new ArticleFilter(Kind.CATEGORY, slug);
    }

    public static ArticleFilter tag(String slug) {
        return new ArticleFilter(Kind.TAG, slug);
    }

    String join() {
        return switch (kind) {
            case ALL -> "";
            case CATEGORY -> " join a.categories f";
            case TAG -> " join a.tags f";
        };
    }

    String condition() {
        return kind == Kind.ALL ? "" : " and f.slug = :filterSlug";
    }

    void bind(TypedQuery<?> query) {
        if (kind != Kind.ALL) {
            query.setParameter("filterSlug", slug);
        }
    }
}
