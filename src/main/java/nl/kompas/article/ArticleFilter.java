package nl.kompas.article;

import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import nl.kompas.platform.web.SiteLanguage;

/**
 * Which articles a list shows: all of them, those of one category, those with one tag, or those
 * published in one year (the archive; the id is then the year); always of one language, since a
 * list shows only the articles of its page's language.
 *
 * <p>A category or tag is named by its id, not its slug: the list has looked it up already, and
 * with the id at hand Derby reads a page straight off the article_newest index, checking each
 * article's link, where a slug made it sort all of the category's articles first.
 */
public record ArticleFilter(Kind kind, Long id, SiteLanguage language) {

    public enum Kind {
        ALL,
        CATEGORY,
        TAG,
        YEAR
    }

    public static ArticleFilter all(SiteLanguage language) {
        return new ArticleFilter(Kind.ALL, null, language);
    }

    public static ArticleFilter of(Category category, SiteLanguage language) {
        return new ArticleFilter(Kind.CATEGORY, category.getId(), language);
    }

    public static ArticleFilter of(Tag tag, SiteLanguage language) {
        return new ArticleFilter(Kind.TAG, tag.getId(), language);
    }

    public static ArticleFilter year(int year, SiteLanguage language) {
        return new ArticleFilter(Kind.YEAR, (long) year, language);
    }

    String join() {
        return switch (kind) {
            case ALL, YEAR -> "";
            case CATEGORY -> " join a.categories f";
            case TAG -> " join a.tags f";
        };
    }

    String condition() {
        return " and a.language = :language" + kindCondition();
    }

    private String kindCondition() {
        return switch (kind) {
            case ALL -> "";
            case CATEGORY, TAG -> " and f.id = :filterId";
            // A range rather than a function of the date, so the index on (status, published_on) serves it.
            case YEAR -> " and a.publishedOn >= :from and a.publishedOn < :until";
        };
    }

    void bind(TypedQuery<?> query) {
        query.setParameter("language", language.getTag());
        switch (kind) {
            case ALL -> {}
            case CATEGORY, TAG -> query.setParameter("filterId", id);
            case YEAR -> {
                query.setParameter("from", LocalDate.of(id.intValue(), 1, 1));
                query.setParameter("until", LocalDate.of(id.intValue() + 1, 1, 1));
            }
        }
    }
}
