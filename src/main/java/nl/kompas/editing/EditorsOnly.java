package nl.kompas.editing;

import nl.kompas.account.Actor;
import nl.kompas.content.EditNotAllowed;

/** Rights for content that only editors and admins touch at all, such as cases and service pages. */
public final class EditorsOnly<I> implements EditRights<I> {

    /** The refusal for anyone else: the admin shows it in their language. */
    public static final String REFUSAL = "editing.refused.editors.only";

    @Override
    public void checkCreate(Actor actor) {
        check(actor);
    }

    @Override
    public void checkStep(Actor actor, EditStep step) {
        check(actor);
    }

    @Override
    public void checkView(Actor actor, I item) {
        check(actor);
    }

    @Override
    public void checkEdit(Actor actor, I item) {
        check(actor);
    }

    @Override
    public boolean mayEdit(Actor actor, I item) {
        return actor.mayPublish();
    }

    /** Refuses anyone but an editor or admin, also to list the items. */
    public static void require(Actor actor) {
        check(actor);
    }

    private static void check(Actor actor) {
        if (!actor.mayPublish()) {
            throw new EditNotAllowed(REFUSAL);
        }
    }
}
