package nl.kompas.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Ends a Faces request with a 429 and a Retry-After, so the container shows the site's "too many
 * requests" page. For pages that limit how often one visitor may use them (search).
 */
public final class TooManyRequests {

    static final int STATUS = 429;

    private TooManyRequests() {}

    public static void respond(long retryAfterSeconds) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.setResponseHeader("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)));
        try {
            external.responseSendError(STATUS, "Too many requests");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
