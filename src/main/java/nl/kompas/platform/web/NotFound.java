package nl.kompas.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Ends a Faces request with a real 404, so the container shows the site's "not found" page. Page
 * beans call it from their view action when a slug is unknown or belongs to a draft.
 */
public final class NotFound {

    private NotFound() {}

    public static void respond() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
