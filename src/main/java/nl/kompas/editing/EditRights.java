package nl.kompas.editing;

import nl.kompas.account.Actor;

/**
 * Who may do what to one kind of item. The editing service asks it before every action, whatever
 * page or job calls, and refuses with {@link nl.kompas.content.EditNotAllowed}.
 *
 * @param <I> the kind of item
 */
public interface EditRights<I> {

    /** Refuses a new item to someone who may not create one. */
    void checkCreate(Actor actor);

    /** Refuses a step that the actor's role does not allow on any item of this kind. */
    void checkStep(Actor actor, EditStep step);

    /** Refuses to show the item, or its revisions, to someone who may not see it in the admin. */
    void checkView(Actor actor, I item);

    /** Refuses to change the item. */
    void checkEdit(Actor actor, I item);

    /** Whether the actor may change the item; the editor shows it read-only otherwise. */
    boolean mayEdit(Actor actor, I item);
}
