package nl.kompas.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Ends a Faces request with a real error status, so the container shows the site's page for it
 * (403, 404) instead of a 500 for an exception thrown while rendering.
 */
public final class ErrorResponse {

    private ErrorResponse() {}

    public static void send(int status, String reason) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(status, reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
