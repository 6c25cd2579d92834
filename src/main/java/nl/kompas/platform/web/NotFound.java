package nl.kompas.platform.web;

/**
 * Ends a Faces request with a real 404, so the container shows the site's "not found" page. Page
 * beans call it from their view action when a slug is unknown or belongs to a draft.
 */
public final class NotFound {

    private NotFound() {}

    public static void respond() {
        ErrorResponse.send(404, "Not found");
    }
}
