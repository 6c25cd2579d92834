package nl.kompas.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.kompas.account.Actor;
import nl.kompas.consultant.Consultant;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.content.EditNotAllowed;
import nl.kompas.content.PublicationStatus;
import nl.kompas.editing.ListQuery;

/**
 * The articles as the admin lists them, whatever their status: the article list, the dashboard's
 * queues and the editor's suggestions. A consultant sees only the articles they author. Rows are
 * read as projections without bodies, a page at a time, so the list stays quick with thousands.
 * (Admin pages are never cached, so these queries record no page dependencies.)
 */
@ApplicationScoped
public class AdminArticles {

    static final int SUGGESTIONS = 10;

    private static final String ROW = "select new nl.kompas.article.ArticleRow(a.id, a.title, a.slug, a.status,"
            + " a.publishedOn, a.updatedAt, a.publishAt, a.language) from Article a";

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsultantRepository consultants;

    /** One page of the list, paged and sorted in the database. */
    @Transactional
    public List<ArticleRow> page(Actor actor, ArticleQuery query, int first, int max) {
        ArticleQuery visible = visibleTo(actor, query);
        TypedQuery<ArticleRow> rows = em.createQuery(ROW + visible.where() + visible.orderBy(), ArticleRow.class);
        visible.bind(rows);
        return withAuthors(rows.setFirstResult(first).setMaxResults(max).getResultList());
    }

    @Transactional
    public long count(Actor actor, ArticleQuery query) {
        ArticleQuery visible = visibleTo(actor, query);
        TypedQuery<Long> count = em.createQuery("select count(a) from Article a" + visible.where(), Long.class);
        visible.bind(count);
        return count.getSingleResult();
    }

    /**
     * Articles of one status for the dashboard, the actor's own for a consultant: scheduled ones in
     * the order they will appear, the others most recently changed first.
     */
    @Transactional
    public List<ArticleRow> withStatus(Actor actor, PublicationStatus status, int max) {
        ArticleQuery query = new ArticleQuery(null, status, null, ownerOf(actor), ArticleQuery.Sort.UPDATED, false);
        String order = status == PublicationStatus.SCHEDULED ? " order by a.publishAt, a.id" : query.orderBy();
        TypedQuery<ArticleRow> rows = em.createQuery(ROW + query.where() + order, ArticleRow.class);
        query.bind(rows);
        return withAuthors(rows.setMaxResults(max).getResultList());
    }

    /** Every consultant, by name: the authors an article can have. */
    @Transactional
    public List<Consultant> consultants() {
        return consultants.findAll();
    }

    /** Names of categories that contain the typed letters, for the editor's suggestions. */
    @Transactional
    public List<String> categoryNames(String typed) {
        return namesLike("select x.name from Category x", "x.name", typed);
    }

    @Transactional
    public List<String> tagNames(String typed) {
        return namesLike("select x.name from Tag x", "x.name", typed);
    }

    @Transactional
    public List<String> seriesTitles(String typed) {
        return namesLike("select x.title from Series x", "x.title", typed);
    }

    /** The authors of a page of rows, in one statement for the whole page. */
    private List<ArticleRow> withAuthors(List<ArticleRow> page) {
        if (page.isEmpty()) {
            return page;
        }
        List<Object[]> names = em.createQuery(
                        "select a.id, w.name from Article a join a.authors w where a.id in :ids", Object[].class)
                .setParameter("ids", page.stream().map(ArticleRow::getId).toList())
                .getResultList();
        return page.stream()
                .map(row -> row.withAuthors(names.stream()
                        .filter(name -> row.getId().equals(name[0]))
                        .map(name -> (String) name[1])
                        .toList()))
                .toList();
    }

    private List<String> namesLike(String select, String path, String typed) {
        return em.createQuery(
                        select + " where lower(" + path + ") like :text escape '\\' order by " + path, String.class)
                .setParameter("text", ListQuery.containing(typed))
                .setMaxResults(SUGGESTIONS)
                .getResultList();
    }

    private static ArticleQuery visibleTo(Actor actor, ArticleQuery query) {
        return new ArticleQuery(
                query.titleContains(),
                query.status(),
                query.authorId(),
                ownerOf(actor),
                query.sort(),
                query.ascending());
    }

    /** Null for an editor, who sees every article; a consultant's own id otherwise. */
    private static Long ownerOf(Actor actor) {
        if (EditingRights.isEditor(actor)) {
            return null;
        }
        if (!EditingRights.isConsultant(actor)) {
            throw new EditNotAllowed("editing.refused.role");
        }
        return actor.consultantId();
    }
}
