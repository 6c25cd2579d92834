package nl.kompas.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import nl.kompas.account.Actor;
import nl.kompas.account.Role;
import nl.kompas.audit.AuditLog;
import nl.kompas.content.SlugRedirects;

/**
 * The categories and tags that file articles, managed in one place: listed with how many articles
 * use each, created, renamed and deleted. Editors and admins only; consultants create them inline
 * while writing.
 */
@ApplicationScoped
public class Taxonomy {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    SlugRedirects redirects;

    /** Which of the two a request is about; the entity and its link in Article, by name. */
    public enum Kind {
        CATEGORY(Category.class, "categories", Category::new),
        TAG(Tag.class, "tags", Tag::new);

        final Class<? extends ArticleTerm> type;
        final String articleField;
        final Function<String, ArticleTerm> create;

        Kind(Class<? extends ArticleTerm> type, String articleField, Function<String, ArticleTerm> create) {
            this.type = type;
            this.articleField = articleField;
            this.create = create;
        }

        String entity() {
            return type.getSimpleName();
        }

        /** "category" or "tag": the audit log's subject type and the bundle keys' middle word. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A term with the number of articles filed under it, whatever their status. */
    public record Usage(ArticleTerm term, long articles) {}

    /** An action the rules refuse, with the bundle key of the message an editor reads and its values. */
    public static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String messageKey;
        private final transient Object[] arguments;

        Refusal(String messageKey, Object... arguments) {
            super(messageKey);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }

    /** Sorted by name, or by use (most used first); names containing the filter text, in any case. */
    public List<Usage> page(Kind kind, String nameContains, boolean byUse, int first, int max) {
        String count = "(select count(a) from Article a join a." + kind.articleField + " x where x = t)";
        List<Object[]> rows = em.createQuery(
                        "select t, " + count + " as uses from " + kind.entity() + " t where lower(t.name) like :name"
                                + (byUse ? " order by uses desc, t.name" : " order by t.name"),
                        Object[].class)
                .setParameter("name", pattern(nameContains))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
        return rows.stream()
                .map(row -> new Usage((ArticleTerm) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    public long count(Kind kind, String nameContains) {
        return em.createQuery("select count(t) from " + kind.entity() + " t where lower(t.name) like :name", Long.class)
                .setParameter("name", pattern(nameContains))
                .getSingleResult();
    }

    @Transactional
    public ArticleTerm create(Actor actor, Kind kind, String name) {
        mayManage(actor);
        ArticleTerm term = named(kind, name);
        refuseTakenSlug(kind, term.getSlug(), null);
        redirects.slugTaken(kind.word(), term.getSlug());
        em.persist(term);
        em.flush();
        audit.record(actor, kind.word() + ".created", subject(kind, term), null);
        return term;
    }

    /**
     * A new name and slug. The term's page moves with its slug, /artikelen/categorie/{slug}, and
     * its old address leads there with a 301, as do all its earlier ones (never a chain).
     */
    @Transactional
    public void rename(Actor actor, Kind kind, long id, String newName) {
        mayManage(actor);
        ArticleTerm term = find(kind, id);
        String oldName = term.getName();
        String oldSlug = term.getSlug();
        // A term that is never stored: it checks the name and tells the slug it would get.
        ArticleTerm renamed = named(kind, newName);
        refuseTakenSlug(kind, renamed.getSlug(), id);
        term.rename(renamed.getName());
        // A term's page may have been public (it is while it files a published article): keep it.
        redirects.slugChanged(kind.word(), id, oldSlug, term.getSlug(), true);
        audit.record(actor, kind.word() + ".renamed", subject(kind, term), oldName + " → " + term.getName());
    }

    /** A new name and introduction together, as the admin's row edit saves them: both or neither. */
    @Transactional
    public void update(Actor actor, Kind kind, long id, String newName, String description) {
        rename(actor, kind, id, newName);
        describe(actor, kind, id, description);
    }

    /** The introduction of the term's page; empty returns the page to the general sentence. */
    @Transactional
    public void describe(Actor actor, Kind kind, long id, String description) {
        mayManage(actor);
        ArticleTerm term = find(kind, id);
        if (description != null && description.strip().length() > ArticleTerm.MAX_DESCRIPTION_LENGTH) {
            throw new Refusal("taxonomy.refused.description-too-long", ArticleTerm.MAX_DESCRIPTION_LENGTH);
        }
        term.describe(description);
        audit.record(actor, kind.word() + ".described", subject(kind, term), term.getDescription());
    }

    /** A category's English name and introduction, shown on English pages; empty ones fall back to the Dutch. */
    @Transactional
    public void translate(Actor actor, long categoryId, String englishName, String englishDescription) {
        mayManage(actor);
        Category category = (Category) find(Kind.CATEGORY, categoryId);
        if (Objects.equals(category.getEnglishName(), blankToNull(englishName))
                && Objects.equals(category.getEnglishDescription(), blankToNull(englishDescription))) {
            return;
        }
        if (englishName != null && englishName.strip().length() > Category.MAX_NAME_LENGTH) {
            throw new Refusal("taxonomy.refused.too-long", Category.MAX_NAME_LENGTH);
        }
        if (englishDescription != null && englishDescription.strip().length() > ArticleTerm.MAX_DESCRIPTION_LENGTH) {
            throw new Refusal("taxonomy.refused.description-too-long", ArticleTerm.MAX_DESCRIPTION_LENGTH);
        }
        category.translate(englishName, englishDescription);
        audit.record(
                actor,
                "category.translated",
                subject(Kind.CATEGORY, category),
                category.getEnglishName()
                        + (category.getEnglishDescription() == null ? "" : ": " + category.getEnglishDescription()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Only a term that files no article can go: deleting it must never change an article unseen. */
    @Transactional
    public void delete(Actor actor, Kind kind, long id) {
        mayManage(actor);
        ArticleTerm term = find(kind, id);
        long uses = em.createQuery(
                        "select count(a) from Article a join a." + kind.articleField + " x where x.id = :id",
                        Long.class)
                .setParameter("id", id)
                .getSingleResult();
        if (uses > 0) {
            throw new Refusal("taxonomy.refused.in-use", term.getName(), uses);
        }
        em.remove(term);
        audit.record(actor, kind.word() + ".deleted", subject(kind, term), null);
    }

    private ArticleTerm find(Kind kind, long id) {
        ArticleTerm term = em.find(kind.type, id);
        if (term == null) {
            throw new Refusal("taxonomy.refused.gone");
        }
        return term;
    }

    private void refuseTakenSlug(Kind kind, String slug, Long except) {
        List<? extends ArticleTerm> same = em.createQuery(
                        "select t from " + kind.entity() + " t where t.slug = :slug", kind.type)
                .setParameter("slug", slug)
                .getResultList();
        for (ArticleTerm other : same) {
            if (!other.getId().equals(except)) {
                throw new Refusal("taxonomy.refused.exists", other.getName());
            }
        }
    }

    /** A new term of this name, or the editor's message when the name cannot be one. */
    private static ArticleTerm named(Kind kind, String name) {
        try {
            return kind.create.apply(name);
        } catch (IllegalArgumentException e) {
            throw new Refusal(
                    name != null && name.strip().length() > ArticleTerm.MAX_NAME_LENGTH
                            ? "taxonomy.refused.too-long"
                            : "taxonomy.refused.no-name",
                    ArticleTerm.MAX_NAME_LENGTH);
        }
    }

    private static void mayManage(Actor actor) {
        if (!actor.has(Role.EDITOR)) {
            throw new SecurityException(actor.name() + " may not manage categories and tags");
        }
    }

    private static AuditLog.Subject subject(Kind kind, ArticleTerm term) {
        return new AuditLog.Subject(kind.word(), term.getId(), term.getName());
    }

    private static String pattern(String nameContains) {
        String text = nameContains == null ? "" : nameContains.strip().toLowerCase(Locale.ROOT);
        return "%" + text.replace("%", "").replace("_", "") + "%";
    }
}
