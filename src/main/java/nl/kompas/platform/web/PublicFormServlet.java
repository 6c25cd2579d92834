package nl.kompas.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import nl.kompas.platform.SiteConfig;

/**
 * Takes the post of a plain HTML form on a public page, which {@link SiteRoutes} forwards here with
 * the page's route. Public pages have no session, so there is no session token to guard against
 * cross-site posts: a post whose browser says it comes from another site (Origin, Sec-Fetch-Site)
 * is refused with 403. Posts far too large for a form are refused with 413 before they are read.
 * Subclasses implement {@link #handle} and either redirect or {@link #showAgain} the page.
 */
public abstract class PublicFormServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Far more than any of our forms holds; anything bigger is not a person typing. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    /** 422: the page is shown again with messages at the fields. */
    public static final int SC_UNPROCESSABLE = 422;

    @Inject
    protected Route route;

    @Inject
    SiteConfig site;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        // Only through SiteRoutes: the servlet's own path is not an address of the site.
        if (request.getDispatcherType() != DispatcherType.FORWARD || !route.isMatched()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (isCrossSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        handle(request, response);
    }

    /** Handles a post that came from one of this site's pages (or from a client that sends no origin). */
    protected abstract void handle(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException;

    /** Shows the form's page again, uncached, with its messages and what was typed, under this name. */
    protected void showAgain(HttpServletRequest request, HttpServletResponse response, String name, Object form)
            throws ServletException, IOException {
        request.setAttribute(name, form);
        response.setStatus(SC_UNPROCESSABLE);
        request.getRequestDispatcher(route.getView()).forward(request, response);
    }

    /** Post, redirect, get: the answer to a post that succeeded is a page of its own. */
    protected void redirect(HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", path);
    }

    /**
     * Whether the browser says the post comes from a page of another site. A client that says
     * nothing (a mail provider's one-click unsubscribe, a script) is let through: the form's own
     * checks and tokens apply to it as to anyone.
     */
    boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && fetchSite.equals("cross-site")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return false;
        }
        return !origin.equals(originOf(site.getBaseUrl())) && !origin.equals(ownOrigin(request));
    }

    private static String ownOrigin(HttpServletRequest request) {
        return originOf(request.getRequestURL().toString());
    }

    static String originOf(String url) {
        try {
            URI uri = URI.create(url);
            int port = uri.getPort();
            return uri.getScheme() + "://" + uri.getHost() + (port == -1 ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
