package nl.kompas.account;

/**
 * An admin action that the acting person's roles do not allow. Services throw it whatever page
 * called them, so that a rule does not depend on a menu hiding a link.
 */
public class ActionNotPermitted extends RuntimeException {

    public ActionNotPermitted(Actor actor, String action) {
        super(actor.name() + " (account " + actor.accountId() + ", roles " + actor.roles() + ") may not " + action);
    }
}
