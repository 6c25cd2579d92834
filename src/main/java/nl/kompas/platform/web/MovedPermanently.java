package nl.kompas.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.Optional;

/**
 * Ends a Faces request with a 301 to another address of this site, for a page whose item has
 * moved, such as an article whose slug changed. Like a 404, a redirect is never kept by the page
 * cache, so the old address keeps asking the database where the item is now.
 */
public final class MovedPermanently {

    private MovedPermanently() {}

    /** @param path a path on this site, such as "/artikelen/nieuwe-titel" */
    public static void to(String path) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.setResponseStatus(301);
        external.setResponseHeader("Location", external.getRequestContextPath() + path);
        context.responseComplete();
    }

    /** For a page whose slug is unknown: a 301 to where an old slug's item is now, or else a 404. */
    public static void toOrNotFound(Optional<String> path) {
        path.ifPresentOrElse(MovedPermanently::to, NotFound::respond);
    }
}
