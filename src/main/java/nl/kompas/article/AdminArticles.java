package nl.kompas.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.kompas.account.Actor;
import nl.kompas.consultant.Consultant;
import nl.kompas.consultant.ConsultantRepository;
import nl.kompas.content.EditNotAllowed;
import nl.kompas.content.PublicationStatus;

/**
 * The articles as the admin lists them, whatever their status: the article list, the dashboard's
 * queues and the editor's suggestions. A consultant sees only the articles they author.
 */
@ApplicationScoped
public class AdminArticles {

    static final int SUGGESTIONS = 10;

    @Inject
    ArticleRepository articles;

    @Inject
    ConsultantRepository consultants;

    /** One page of the list, paged and sorted in the database. */
    @Transactional
    public List<ArticleRow> page(Actor actor, ArticleQuery query, int first, int max) {
        return articles.findRows(visibleTo(actor, query), first, max);
    }

    @Transactional
    public long count(Actor actor, ArticleQuery query) {
        return articles.countRows(visibleTo(actor, query));
    }

    /** Articles of one status, for the dashboard: the actor's own for a consultant. */
    @Transactional
    public List<ArticleRow> withStatus(Actor actor, PublicationStatus status, int max) {
        return articles.findRowsWithStatus(status, ownerOf(actor), max);
    }

    /** Every consultant, by name: the authors an article can have. */
    @Transactional
    public List<Consultant> consultants() {
        return consultants.findAll();
    }

    @Transactional
    public List<String> categoryNames(String typed) {
        return articles.categoryNamesLike(typed, SUGGESTIONS);
    }

    @Transactional
    public List<String> tagNames(String typed) {
        return articles.tagNamesLike(typed, SUGGESTIONS);
    }

    @Transactional
    public List<String> seriesTitles(String typed) {
        return articles.seriesTitlesLike(typed, SUGGESTIONS);
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
