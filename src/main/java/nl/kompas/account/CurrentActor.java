package nl.kompas.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The logged-in person as an {@link Actor}, for admin pages to pass to the services they call. It
 * is built from the account the session logged in as, read again for this request by
 * {@link AdminAuthentication}, so a page cannot act for anyone else, and a role taken away applies
 * at once.
 */
@Named
@RequestScoped
public class CurrentActor {

    @Inject
    HttpServletRequest request;

    public Actor get() {
        if (!(request.getAttribute(AdminAuthentication.ACTOR) instanceof Actor actor)) {
            throw new IllegalStateException("No one is logged in");
        }
        return actor;
    }

    /** Whether someone is logged in: the admin header shows their name and the logout button. */
    public boolean isLoggedIn() {
        return request.getAttribute(AdminAuthentication.ACTOR) instanceof Actor;
    }

    /** The logged-in person's name, for the admin header. */
    public String getName() {
        return get().name();
    }
}
