package nl.kompas.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kompas.article.Article;
import nl.kompas.article.ArticleTerm;
import nl.kompas.article.Category;
import nl.kompas.article.Tag;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.casestudy.ClientQuote;
import nl.kompas.consultant.Consultant;
import nl.kompas.content.ContentEntity;
import nl.kompas.content.MarkdownRenderer;
import nl.kompas.content.PublishableItem;
import nl.kompas.offering.Offering;
import nl.kompas.platform.cache.PageDependencies;
import nl.kompas.platform.web.SiteLanguage;

/**
 * Reads content from the database as the index holds it: each published item as a
 * {@link SearchDocument}. Only what visitors may see is indexed, as {@code isPublished()} says,
 * whatever other states an item can be in; consultants always have a public profile.
 */
@ApplicationScoped
public class SearchDocuments {

    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.instance();

    @PersistenceContext
    EntityManager em;

    /** One batch of a rebuild: the documents, and the id to continue after; null when done. */
    record Batch(List<SearchDocument> documents, Long lastId) {}

    /**
     * The items of one kind with an id above {@code afterId}, at most {@code size} of them read, in
     * id order, as documents; unpublished ones are read but left out.
     */
    @Transactional
    public Batch published(SearchKind kind, long afterId, int size) {
        List<?> items = em.createQuery(
                        "select x from " + kind.entity().getSimpleName() + " x where x.id > :after order by x.id",
                        kind.entity())
                .setParameter("after", afterId)
                .setMaxResults(size)
                .getResultList();
        List<SearchDocument> documents = new ArrayList<>();
        Long lastId = null;
        for (Object item : items) {
            ContentEntity entity = (ContentEntity) item;
            lastId = entity.getId();
            documentOf(entity).ifPresent(documents::add);
        }
        return new Batch(documents, items.size() < size ? null : lastId);
    }

    /**
     * What the index should hold for each of these keys ("Article#42") now: the item's document, or
     * empty when it is gone or not published. A category or tag stands for the articles it files,
     * whose words about them include its name. One query per kind of key, not one per item.
     */
    @Transactional
    public Map<String, Optional<SearchDocument>> current(List<String> keys) {
        Map<String, List<Long>> idsByType = new LinkedHashMap<>();
        for (String key : keys) {
            int hash = key.indexOf('#');
            idsByType
                    .computeIfAbsent(key.substring(0, hash), type -> new ArrayList<>())
                    .add(Long.parseLong(key.substring(hash + 1)));
        }
        Map<String, Optional<SearchDocument>> current = new LinkedHashMap<>();
        idsByType.forEach((type, ids) -> {
            if ("Category".equals(type) || "Tag".equals(type)) {
                articlesFiledUnder(type, ids).forEach(article -> current.put(keyOf(article), documentOf(article)));
                return;
            }
            SearchKind kind = kindNamed(type);
            if (kind == null) {
                return;
            }
            for (Long id : ids) {
                current.put(type + "#" + id, Optional.empty()); // unless it is found below
            }
            em.createQuery("select x from " + type + " x where x.id in :ids", kind.entity())
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(item -> current.put(keyOf((ContentEntity) item), documentOf((ContentEntity) item)));
        });
        return current;
    }

    private List<Article> articlesFiledUnder(String type, List<Long> ids) {
        String terms = "Category".equals(type) ? "categories" : "tags";
        return em.createQuery(
                        "select distinct a from Article a join a." + terms + " t where t.id in :ids", Article.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    private static SearchKind kindNamed(String type) {
        return Stream.of(SearchKind.values())
                .filter(kind -> kind.entity().getSimpleName().equals(type))
                .findFirst()
                .orElse(null);
    }

    static String keyOf(ContentEntity entity) {
        return PageDependencies.item(entity.getClass(), entity.getId());
    }

    /** Whether a change to this entity can change what the index holds. */
    static boolean isIndexed(Object entity) {
        return SearchKind.of(entity.getClass()) != null || entity instanceof Category || entity instanceof Tag;
    }

    private static Optional<SearchDocument> documentOf(ContentEntity entity) {
        if (entity instanceof PublishableItem item && !item.isPublished()) {
            return Optional.empty();
        }
        String key = keyOf(entity);
        if (entity instanceof Article a) {
            return Optional.of(new SearchDocument(
                    key,
                    SearchKind.ARTICLE,
                    a.getSlug(),
                    Set.of(a.getLanguage()),
                    a.getTitle(),
                    join(a.getSummary(), a.getTypeLabel(), names(a.getCategories()), names(a.getTags())),
                    text(a.getBody().getSource())));
        }
        if (entity instanceof CaseStudy c) {
            return Optional.of(new SearchDocument(
                    key,
                    SearchKind.CASE,
                    c.getSlug(),
                    Set.of(c.getLanguage()),
                    c.getTitle(),
                    join(c.getClient(), c.getSector(), c.getSummary(), quotes(c.getQuotes())),
                    text(c.getBody().getSource())));
        }
        if (entity instanceof Offering o) {
            return Optional.of(new SearchDocument(
                    key,
                    SearchKind.SERVICE,
                    o.getSlug(),
                    Set.of(o.getLanguage()),
                    o.getTitle(),
                    o.getSectionName(),
                    text(o.getBody().getSource())));
        }
        if (entity instanceof Consultant c) {
            return Optional.of(new SearchDocument(
                    key,
                    SearchKind.CONSULTANT,
                    c.getSlug(),
                    EnumSet.allOf(SiteLanguage.class),
                    c.getName(),
                    c.getRole(),
                    text(c.getBio().getSource())));
        }
        return Optional.empty();
    }

    private static String text(String markdown) {
        return MARKDOWN.plainText(markdown);
    }

    private static String names(List<? extends ArticleTerm> terms) {
        return terms.stream().map(ArticleTerm::getName).collect(Collectors.joining(", "));
    }

    private static String quotes(List<ClientQuote> quotes) {
        return quotes.stream().map(q -> q.getText() + " " + q.getBy()).collect(Collectors.joining(" "));
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining("\n"));
    }
}
