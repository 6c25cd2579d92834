package nl.kompas.account;

import java.util.Objects;
import java.util.Set;

/**
 * The person on whose behalf an admin action runs. Services take it as an argument and check its
 * roles themselves, so a rule holds whichever page or job calls them; pages obtain it from the
 * logged-in account only, never from request data.
 *
 * @param accountId the account's id, recorded in revisions and the audit log
 * @param name the name shown in revisions, the audit log and the dashboard
 * @param roles what the person may do
 * @param consultantId the consultant profile this account is, or null: a consultant edits only
 *     that profile and only articles they author
 */
public record Actor(long accountId, String name, Set<Role> roles, Long consultantId) {

    public Actor {
        Objects.requireNonNull(name);
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role) || (role == Role.EDITOR && roles.contains(Role.ADMIN));
    }

    /** Editors and admins may publish; a consultant may only submit for review. */
    public boolean mayPublish() {
        return has(Role.EDITOR);
    }
}
