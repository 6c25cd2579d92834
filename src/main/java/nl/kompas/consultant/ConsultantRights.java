package nl.kompas.consultant;

import nl.kompas.account.Actor;
import nl.kompas.account.Role;
import nl.kompas.content.EditNotAllowed;
import nl.kompas.editing.EditRights;
import nl.kompas.editing.EditStep;

/**
 * Who may do what to a consultant's profile. Editors and admins create and edit every profile; a
 * consultant opens and saves their own (the one their account names) and no other. Profiles have
 * no publication workflow: each is public as it is saved.
 */
final class ConsultantRights implements EditRights<Consultant> {

    static final String NOT_OWN = "consultant.refused.not.own";

    @Override
    public void checkCreate(Actor actor) {
        if (!actor.mayPublish()) {
            throw new EditNotAllowed("consultant.refused.create");
        }
    }

    @Override
    public void checkStep(Actor actor, EditStep step) {
        if (step != EditStep.SAVE && step != EditStep.RESTORE) {
            throw new EditNotAllowed("editing.refused.editors.only");
        }
        if (!actor.mayPublish() && ownProfile(actor) == null) {
            throw new EditNotAllowed(NOT_OWN);
        }
    }

    @Override
    public void checkView(Actor actor, Consultant consultant) {
        if (!mayEdit(actor, consultant)) {
            throw new EditNotAllowed(NOT_OWN);
        }
    }

    @Override
    public void checkEdit(Actor actor, Consultant consultant) {
        checkView(actor, consultant);
    }

    @Override
    public boolean mayEdit(Actor actor, Consultant consultant) {
        return actor.mayPublish() || consultant.getId().equals(ownProfile(actor));
    }

    /** The profile a consultant's account names, or null for anyone else. */
    static Long ownProfile(Actor actor) {
        return actor.has(Role.CONSULTANT) ? actor.consultantId() : null;
    }
}
