package nl.kompas.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.kompas.spam.FormCheck;
import nl.kompas.spam.SpamGuard;

/**
 * Takes the post of a plain HTML form on a public page, which {@link SiteRoutes} forwards here with
 * the page's route. Posts far too large for a form are refused with 413 before they are read.
 * Subclasses implement {@link #handle}, check what visitors type with the spam guard
 * (nl.kompas.spam.SpamGuard: cross-site posts, honeypot, fill time, links, rate), and either
 * redirect or {@link #showAgain} the page.
 */
public abstract class PublicFormServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Far more than any of our forms holds; anything bigger is not a person typing. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    /** 422: the page is shown again with messages at the fields. */
    public static final int SC_UNPROCESSABLE = 422;

    static final int SC_TOO_MANY_REQUESTS = 429;

    /** The request attribute with the status of a form shown again, when it is not 422. */
    private static final String STATUS = PublicFormServlet.class.getName() + ".status";

    @Inject
    protected Route route;

    @Inject
    SpamGuard spamGuard;

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
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        handle(request, response);
    }

    /** Handles the post of a form of the route's page. */
    protected abstract void handle(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException;

    /**
     * Whether the spam guard lets the form through; when it does not, the form carries the reason's
     * message for its sender (who may be a real person) and is to be shown again.
     *
     * @param formName the name of the form's token: "newsletter", "comment"
     * @param freeTexts the texts whose links count against the limit
     */
    protected boolean passesSpamGuard(
            HttpServletRequest request,
            HttpServletResponse response,
            String formName,
            PostedForm form,
            String... freeTexts) {
        FormCheck check = spamGuard.check(formName, request, freeTexts);
        if (check.passed()) {
            return true;
        }
        Object argument = switch (check.reason()) {
            case RATE_LIMITED -> Math.max(1, (check.retryAfterSeconds() + 59) / 60);
            case TOO_MANY_LINKS -> check.maxLinks();
            default -> "";
        };
        form.refuse(check.reason().messageKey(), argument);
        // The status says what kind of refusal it was; the page shown again says it in words.
        switch (check.reason()) {
            case CROSS_SITE -> request.setAttribute(STATUS, HttpServletResponse.SC_FORBIDDEN);
            case RATE_LIMITED -> {
                request.setAttribute(STATUS, SC_TOO_MANY_REQUESTS);
                response.setHeader("Retry-After", Long.toString(Math.max(1, check.retryAfterSeconds())));
            }
            default -> {}
        }
        return false;
    }

    /** Shows the form's page again, uncached, with its messages and what was typed, under this name. */
    protected void showAgain(HttpServletRequest request, HttpServletResponse response, String name, Object form)
            throws ServletException, IOException {
        request.setAttribute(name, form);
        response.setStatus(request.getAttribute(STATUS) instanceof Integer status ? status : SC_UNPROCESSABLE);
        response.setHeader("Cache-Control", "no-store");
        request.getRequestDispatcher(route.getView()).forward(request, response);
        // Committed now: a 403 or 429 still open when the request ends would get the container's error page.
        response.flushBuffer();
    }

    /** Post, redirect, get: the answer to a post that succeeded is a page of its own. */
    protected void redirect(HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", path);
    }
}
