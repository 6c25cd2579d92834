package nl.kompas.article;

import nl.kompas.account.Actor;
import nl.kompas.account.Role;
import nl.kompas.content.EditNotAllowed;
import nl.kompas.content.PublicationStatus;
import nl.kompas.editing.EditRights;
import nl.kompas.editing.EditStep;

/**
 * Who may do what to an article. Editors and admins may do everything. A consultant writes: they
 * create articles (as an author), save drafts and submit them for review, only for articles they
 * author, and never once an article is published or scheduled; publishing, scheduling and
 * unpublishing are for editors. The service checks these for every action, whatever page calls it.
 */
final class EditingRights implements EditRights<Article> {

    static boolean isEditor(Actor actor) {
        return actor.mayPublish();
    }

    static boolean isConsultant(Actor actor) {
        return actor.has(Role.CONSULTANT) && actor.consultantId() != null;
    }

    /** Refuses a new article to someone who can neither edit nor author. */
    @Override
    public void checkCreate(Actor actor) {
        if (!isEditor(actor) && !isConsultant(actor)) {
            throw new EditNotAllowed("editing.refused.role");
        }
    }

    /** Refuses a step that the actor's role does not allow on any article. */
    @Override
    public void checkStep(Actor actor, EditStep step) {
        if (isEditor(actor)) {
            return;
        }
        if (!isConsultant(actor)) {
            throw new EditNotAllowed("editing.refused.role");
        }
        if (step.isPublication()) {
            throw new EditNotAllowed("editing.refused.publish");
        }
    }

    /** Refuses to open or change an article that is not the actor's to edit. */
    @Override
    public void checkEdit(Actor actor, Article article) {
        if (isEditor(actor)) {
            return;
        }
        checkView(actor, article);
        if (isLocked(article.getStatus())) {
            throw new EditNotAllowed("editing.refused.published");
        }
    }

    /** Refuses to show an article to a consultant who does not author it. */
    @Override
    public void checkView(Actor actor, Article article) {
        if (isEditor(actor)) {
            return;
        }
        if (!isConsultant(actor) || !article.isWrittenBy(actor.consultantId())) {
            throw new EditNotAllowed("editing.refused.not.author");
        }
    }

    /** Whether the actor may change the article; the editor shows it read-only otherwise. */
    @Override
    public boolean mayEdit(Actor actor, Article article) {
        return isEditor(actor)
                || isConsultant(actor) && article.isWrittenBy(actor.consultantId()) && !isLocked(article.getStatus());
    }

    /** Once an editor has published or scheduled an article, its author no longer changes it. */
    private static boolean isLocked(PublicationStatus status) {
        return status == PublicationStatus.PUBLISHED || status == PublicationStatus.SCHEDULED;
    }
}
