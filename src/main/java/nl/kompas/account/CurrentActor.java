package nl.kompas.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.EnumSet;
import java.util.Set;

/**
 * The logged-in person as an {@link Actor}, for admin pages to pass to the services they call. It
 * is built from the authenticated caller only, so a page cannot act for anyone else.
 */
@Named
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityContext security;

    public Actor get() {
        if (security.getCallerPrincipal() == null) {
            throw new IllegalStateException("No one is logged in");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (security.isCallerInRole(role.groupName())) {
                roles.add(role);
            }
        }
        // The account store (issue 3, accounts) supplies the account id and consultant profile.
        return new Actor(0, security.getCallerPrincipal().getName(), roles, null);
    }
}
