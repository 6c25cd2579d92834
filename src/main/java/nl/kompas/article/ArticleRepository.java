package nl.kompas.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kompas.consultant.Consultant;
import nl.kompas.content.LastChange;
import nl.kompas.content.PublicationStatus;
import nl.kompas.platform.cache.PageDependencies;
import nl.kompas.platform.web.SiteLanguage;

/** Articles, and the categories, tags and series that file them. Lists page in the database. */
@ApplicationScoped
public class ArticleRepository {

    private static final String PUBLISHED = "a.status = nl.kompas.content.PublicationStatus.PUBLISHED";
    private static final String NEWEST_FIRST = " order by a.publishedOn desc, a.id desc";

    @PersistenceContext
    EntityManager em;

    public Optional<Article> findPublishedBySlug(String slug) {
        return first(em.createNamedQuery("Article.findPublishedBySlug", Article.class)
                .setParameter("slug", slug));
    }

    public Optional<Article> findBySlug(String slug) {
        return first(em.createNamedQuery("Article.findBySlug", Article.class).setParameter("slug", slug));
    }

    /**
     * One page of published articles, newest first, optionally only those of a category or tag.
     *
     * <p>Two statements: the ids of the page first, which the database finds in an index alone
     * (see V4__updated_at_and_list_indexes.sql), then only those articles. One query for both would
     * make the database read every published article's row, bodies and all, to sort them.
     */
    public List<Article> findPublishedPage(ArticleFilter filter, int firstResult, int maxResults) {
        PageDependencies.listed(Article.class);
        TypedQuery<Long> ids = em.createQuery(
                "select a.id from Article a" + filter.join() + " where " + PUBLISHED + filter.condition()
                        + NEWEST_FIRST,
                Long.class);
        filter.bind(ids);
        List<Long> page =
                ids.setFirstResult(firstResult).setMaxResults(maxResults).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Article a where a.id in :ids" + NEWEST_FIRST, Article.class)
                .setParameter("ids", page)
                .getResultList();
    }

    public long countPublished(ArticleFilter filter) {
        PageDependencies.listed(Article.class);
        TypedQuery<Long> query = em.createQuery(
                "select count(a.id) from Article a" + filter.join() + " where " + PUBLISHED + filter.condition(),
                Long.class);
        filter.bind(query);
        return query.getSingleResult();
    }

    /** The published parts of a series in one language: an English page links English parts only. */
    public List<Article> findPartsOfSeries(Series series, SiteLanguage language) {
        PageDependencies.listed(Article.class);
        return em.createNamedQuery("Article.findPartsOfSeries", Article.class)
                .setParameter("series", series)
                .setParameter("language", language.getTag())
                .getResultList();
    }

    public List<Article> findPublishedByAuthor(Consultant author, SiteLanguage language) {
        PageDependencies.listed(Article.class);
        return em.createNamedQuery("Article.findPublishedByAuthor", Article.class)
                .setParameter("author", author)
                .setParameter("language", language.getTag())
                .getResultList();
    }

    public Optional<Category> findCategory(String slug) {
        return first(em.createNamedQuery("Category.findBySlug", Category.class).setParameter("slug", slug));
    }

    public Optional<Tag> findTag(String slug) {
        return first(em.createNamedQuery("Tag.findBySlug", Tag.class).setParameter("slug", slug));
    }

    public Optional<Category> findCategory(long id) {
        return Optional.ofNullable(em.find(Category.class, id));
    }

    public Optional<Tag> findTag(long id) {
        return Optional.ofNullable(em.find(Tag.class, id));
    }

    public Optional<Series> findSeries(String slug) {
        return first(em.createNamedQuery("Series.findBySlug", Series.class).setParameter("slug", slug));
    }

    /** Categories that hold at least one published article of the language, by name. */
    public List<Category> findCategoriesInUse(SiteLanguage language) {
        PageDependencies.listed(Article.class);
        return findInUse(
                Category.class, "category", "article_category", "category_id", "ARTICLE_CATEGORY_ARTICLES", language);
    }

    /** Tags that hold at least one published article of the language, by name. */
    public List<Tag> findTagsInUse(SiteLanguage language) {
        PageDependencies.listed(Article.class);
        return findInUse(Tag.class, "tag", "article_tag", "tag_id", "ARTICLE_TAG_ARTICLES", language);
    }

    /**
     * The categories or tags with a published article: for each, the first published article
     * found in its links is enough. Native SQL for Derby's optimizer overrides (the comments,
     * which must end at a line break): left to choose, Derby hashes the index entry of every
     * published article for this on every list page, 10 to 15 ms with 10,000 articles; told to go
     * through each category's links in order, it needs about 0.3 ms at any size.
     */
    @SuppressWarnings("unchecked")
    private <T> List<T> findInUse(
            Class<T> type, String table, String links, String column, String linksIndex, SiteLanguage language) {
        return em.createNativeQuery(
                        "SELECT x.* FROM " + table
                                + " x WHERE EXISTS (SELECT 1 FROM --DERBY-PROPERTIES joinOrder=FIXED\n"
                                + links + " l --DERBY-PROPERTIES index=" + linksIndex + ", joinStrategy=NESTEDLOOP\n"
                                + ", article a --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n"
                                + "WHERE l." + column
                                + " = x.ID AND a.ID = l.article_id AND a.STATUS = ?1 AND a.LANGUAGE = ?2)"
                                + " ORDER BY x.NAME",
                        type)
                .setParameter(1, PublicationStatus.PUBLISHED.name())
                .setParameter(2, language.getTag())
                .getResultList();
    }

    /**
     * Up to {@code max} published articles that share the most tags and categories with this one,
     * newest first among equals; topped up with the newest articles when too few share anything.
     * The scores are counted in the database over the link tables' indexes, so only the chosen
     * articles are read. Only articles of the article's own language are related.
     */
    public List<Article> findRelated(Article article, int max) {
        PageDependencies.listed(Article.class);
        @SuppressWarnings("unchecked")
        List<Object[]> scored = em.createNativeQuery("SELECT a.ID, COUNT(*) AS SCORE FROM ("
                        + " SELECT t.ARTICLE_ID FROM article_tag t WHERE t.TAG_ID IN"
                        + "  (SELECT TAG_ID FROM article_tag WHERE ARTICLE_ID = ?1)"
                        + " UNION ALL"
                        + " SELECT c.ARTICLE_ID FROM article_category c WHERE c.CATEGORY_ID IN"
                        + "  (SELECT CATEGORY_ID FROM article_category WHERE ARTICLE_ID = ?1)"
                        + ") shared JOIN article a ON a.ID = shared.ARTICLE_ID"
                        + " WHERE a.ID <> ?1 AND a.STATUS = ?2 AND a.LANGUAGE = ?3"
                        + " GROUP BY a.ID, a.PUBLISHED_ON ORDER BY SCORE DESC, a.PUBLISHED_ON DESC, a.ID DESC"
                        + " FETCH FIRST " + max + " ROWS ONLY")
                .setParameter(1, article.getId())
                .setParameter(2, PublicationStatus.PUBLISHED.name())
                .setParameter(3, article.getLanguage().getTag())
                .getResultList();
        List<Long> ids = new ArrayList<>(
                scored.stream().map(row -> ((Number) row[0]).longValue()).toList());
        if (ids.size() < max) {
            List<Long> exclude = new ArrayList<>(ids);
            exclude.add(article.getId());
            ids.addAll(em.createQuery(
                            "select a.id from Article a where " + PUBLISHED
                                    + " and a.language = :language and a.id not in :exclude" + NEWEST_FIRST,
                            Long.class)
                    .setParameter("exclude", exclude)
                    .setParameter("language", article.getLanguage().getTag())
                    .setMaxResults(max - ids.size())
                    .getResultList());
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> byId = em.createQuery("select a from Article a where a.id in :ids", Article.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Article::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The years with published articles, newest first, each with how many: the archive's links. */
    public List<ArchiveYear> findArchiveYears(SiteLanguage language) {
        PageDependencies.listed(Article.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT YEAR(PUBLISHED_ON), COUNT(*) FROM article WHERE STATUS = ?1"
                        + " AND LANGUAGE = ?2 GROUP BY YEAR(PUBLISHED_ON) ORDER BY 1 DESC")
                .setParameter(1, PublicationStatus.PUBLISHED.name())
                .setParameter(2, language.getTag())
                .getResultList();
        return rows.stream()
                .map(row -> new ArchiveYear(((Number) row[0]).intValue(), ((Number) row[1]).longValue()))
                .toList();
    }

    /** Per year of the archive, the last change of its published articles. */
    public List<LastChange> lastChangesByYear(SiteLanguage language) {
        PageDependencies.listed(Article.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT YEAR(PUBLISHED_ON), MAX(UPDATED_AT) FROM article WHERE STATUS = ?1"
                                + " AND LANGUAGE = ?2 GROUP BY YEAR(PUBLISHED_ON)")
                .setParameter(1, PublicationStatus.PUBLISHED.name())
                .setParameter(2, language.getTag())
                .getResultList();
        return rows.stream()
                .map(row -> new LastChange(
                        String.valueOf(((Number) row[0]).intValue()), ((java.sql.Timestamp) row[1]).toLocalDateTime()))
                .toList();
    }

    /** The published series that have at least one published part, for the sitemap and the series pages. */
    public List<LastChange> lastChangesBySeries(SiteLanguage language) {
        PageDependencies.listed(Article.class);
        return lastChangesBy("a.series", language);
    }

    /** Every published article's slug and last change, for the sitemap: no entities, no bodies. */
    public List<LastChange> lastChangesOfPublished(SiteLanguage language) {
        PageDependencies.listed(Article.class);
        return em.createQuery(
                        "select new nl.kompas.content.LastChange(a.slug, a.updatedAt) from Article a where " + PUBLISHED
                                + " and a.language = :language",
                        LastChange.class)
                .setParameter("language", language.getTag())
                .getResultList();
    }

    /** Per category in use, the last change of its published articles: what its page lists. */
    public List<LastChange> lastChangesByCategory(SiteLanguage language) {
        PageDependencies.listed(Article.class);
        return lastChangesBy("a.categories", language);
    }

    public List<LastChange> lastChangesByTag(SiteLanguage language) {
        PageDependencies.listed(Article.class);
        return lastChangesBy("a.tags", language);
    }

    /** Per author, the last change of their published articles, which their profile lists. */
    public List<LastChange> lastChangesByAuthor(SiteLanguage language) {
        PageDependencies.listed(Article.class);
        return lastChangesBy("a.authors", language);
    }

    private List<LastChange> lastChangesBy(String collection, SiteLanguage language) {
        return em.createQuery(
                        "select new nl.kompas.content.LastChange(x.slug, max(a.updatedAt)) from Article a join "
                                + collection + " x where " + PUBLISHED + " and a.language = :language group by x.slug",
                        LastChange.class)
                .setParameter("language", language.getTag())
                .getResultList();
    }

    /**
     * Every article, drafts too, in slug order, from the first slug after {@code afterSlug} (""
     * for the start): page after page for an export, however many there are.
     */
    public List<Article> findAllAfterSlug(String afterSlug, int maxResults) {
        return em.createQuery("select a from Article a where a.slug > :after order by a.slug", Article.class)
                .setParameter("after", afterSlug)
                .setMaxResults(maxResults)
                .getResultList();
    }

    public void add(Article article) {
        em.persist(article);
    }

    // The admin's queries. They record no page dependencies: admin pages are never cached.

    /** Any article, whatever its status: for the admin only. */
    public Optional<Article> find(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    /** Another article that is this part of the series, if any: a part number is used once. */
    public Optional<Article> findPartOfSeries(Series series, int part, Long exceptId) {
        // Two spellings rather than ":except is null": Derby refuses a parameter in IS NULL.
        String except = exceptId == null ? "" : " and a.id <> :except";
        TypedQuery<Article> query = em.createQuery(
                        "select a from Article a where a.series = :series and a.seriesPart = :part" + except,
                        Article.class)
                .setParameter("series", series)
                .setParameter("part", part);
        if (exceptId != null) {
            query.setParameter("except", exceptId);
        }
        return first(query);
    }

    /** The category with this name, created when it is new. */
    public Category categoryNamed(String name) {
        Category category = new Category(name);
        return findCategory(category.getSlug()).orElseGet(() -> persist(category));
    }

    public Tag tagNamed(String name) {
        Tag tag = new Tag(name);
        return findTag(tag.getSlug()).orElseGet(() -> persist(tag));
    }

    public Series seriesTitled(String title) {
        Series series = new Series(title);
        return findSeries(series.getSlug()).orElseGet(() -> persist(series));
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    private static <T> Optional<T> first(TypedQuery<T> query) {
        return query.getResultStream().findFirst();
    }
}
