package nl.kompas.article;

import jakarta.persistence.TypedQuery;

/**
 * Which articles a list shows: all of them, those of one category, or those with one tag.
 *
 * <p>A category or tag is named by its id, not its slug: the list has looked it up already, and
 * with the id at hand Derby reads a page straight off the article_newest index, checking each
 * article's link, where a slug made it sort all of the category's articles first.
 */
public record ArticleFilter(Kind kind, Long id) {

    public enum Kind {
        ALL,
        CATEGORY,
        TAG
    }

    public static final ArticleFilter ALL = new ArticleFilter(Kind.ALL, null);

    public static ArticleFilter of(Category category) {
        return new ArticleFilter(Kind.CATEGORY, category.getId());
    }

    public static ArticleFilter of(Tag tag) {
        return new ArticleFilter(Kind.TAG, tag.getId());
    }

    String join() {
        return switch (kind) {
            case ALL -> "";
            case CATEGORY -> " join a.categories f";
            case TAG -> " join a.tags f";
        };
    }

    String condition() {
        return kind == Kind.ALL ? "" : " and f.id = :filterId";
    }

    void bind(TypedQuery<?> query) {
        if (kind != Kind.ALL) {
            query.setParameter("filterId", id);
        }
    }
}
