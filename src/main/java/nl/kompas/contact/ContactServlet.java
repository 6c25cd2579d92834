package nl.kompas.contact;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kompas.content.InvalidEdit;
import nl.kompas.platform.web.Route;
import nl.kompas.platform.web.SecurityHeaders;
import nl.kompas.platform.web.SiteLanguage;
import nl.kompas.platform.web.SitePaths;
import nl.kompas.spam.FormCheck;
import nl.kompas.spam.SpamGuard;
import nl.kompas.spam.SpamReason;

/**
 * Where every contact form posts (the full one at /contact and the compact one on content pages). A
 * plain servlet, not a Faces form: public pages have no session and no view state. The spam guard
 * looks first; then the request is checked and stored with its mails, and only after that commit
 * does the visitor get a redirect to "bedankt" (post, redirect, get). A form with a problem comes
 * back as the /contact page with what was typed and a message beside each field, never a silent
 * drop.
 */
@WebServlet("/contact/verzenden")
public class ContactServlet extends HttpServlet {

    static final String FORM = "contact";

    /** Far more than any real form (a message of 5000 characters is about 15 KB encoded). */
    static final int MAX_BODY = 64 * 1024;

    @Inject
    SpamGuard spamGuard;

    @Inject
    ContactRequests requests;

    @Inject
    SecurityHeaders securityHeaders;

    @Inject
    SitePaths paths;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", paths.contact(SiteLanguage.NL));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        if (length < 0 || length > MAX_BODY) {
            response.sendError(length < 0 ? HttpServletResponse.SC_LENGTH_REQUIRED : 413);
            return;
        }
        request.setCharacterEncoding("UTF-8");
        ContactSubmission typed = ContactSubmission.from(request);
        // The form says which page it was on: its answer, messages and thanks are in that page's language.
        SiteLanguage language = SiteLanguage.ofPath(request.getParameter("bron"));
        FormCheck check = spamGuard.check(FORM, request, typed.message());
        if (!check.passed()) {
            refuse(typed, check, language, request, response);
            return;
        }
        try {
            submit(typed, request.getParameter("privacyversie"));
        } catch (InvalidEdit invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.byField()
                    .forEach((field, message) -> errors.put(
                            field,
                            SiteMessages.text(
                                    language, message.key(), message.arguments().toArray())));
            showAgain(
                    typed,
                    errors,
                    SiteMessages.text(language, "contact.problem.fields"),
                    422,
                    language,
                    request,
                    response);
            return;
        } catch (RuntimeException e) {
            if (!isLockTimeOut(e)) {
                throw e;
            }
            // Nothing was stored (the transaction rolled back): say so, keep the form, ask to send again.
            response.setHeader("Retry-After", "5");
            showAgain(
                    typed,
                    Map.of(),
                    SiteMessages.text(language, "contact.problem.busy"),
                    503,
                    language,
                    request,
                    response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", paths.contactThanks(language));
    }

    /** Attempts at storing one form when Derby rolls it back for a lock conflict (see submit). */
    static final int ATTEMPTS = 3;

    /**
     * Stores the form, trying the whole transaction again when Derby rolled it back for a lock: its
     * identity generator can still fail at once under a burst of forms, though rarely since V22
     * (DERBY-6934). Nothing was stored by a rolled-back attempt, so trying again cannot store twice.
     */
    private void submit(ContactSubmission typed, String privacyVersion) {
        for (int attempt = 1; ; attempt++) {
            try {
                requests.submit(typed, privacyVersion);
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isLockTimeOut(e)) {
                    throw e;
                }
                try {
                    // A short, random pause, so the forms that collided do not collide again.
                    Thread.sleep(
                            java.util.concurrent.ThreadLocalRandom.current().nextLong(20, 100L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Derby gave up waiting for a lock (many forms at once): the whole transaction was rolled back. */
    static boolean isLockTimeOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    private void refuse(
            ContactSubmission typed,
            FormCheck check,
            SiteLanguage language,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException, ServletException {
        SpamReason reason = check.reason();
        if (reason == SpamReason.CROSS_SITE) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (reason == SpamReason.TOO_MANY_LINKS) {
            showAgain(
                    typed,
                    Map.of("bericht", SiteMessages.text(language, reason.messageKey(), check.maxLinks())),
                    SiteMessages.text(language, "contact.problem.fields"),
                    422,
                    language,
                    request,
                    response);
            return;
        }
        int status = 422;
        String problem;
        if (reason == SpamReason.RATE_LIMITED) {
            status = 429;
            response.setHeader("Retry-After", Long.toString(check.retryAfterSeconds()));
            problem = SiteMessages.text(
                    language, reason.messageKey(), Math.max(1, (check.retryAfterSeconds() + 59) / 60));
        } else {
            problem = SiteMessages.text(language, reason.messageKey());
        }
        showAgain(typed, Map.of(), problem, status, language, request, response);
    }

    private void showAgain(
            ContactSubmission typed,
            Map<String, String> errors,
            String problem,
            int status,
            SiteLanguage language,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException, ServletException {
        String token = spamGuard.tokenAgain(FORM, typed.token());
        request.setAttribute(ContactFormState.ATTRIBUTE, new ContactFormState(typed, errors, problem, token));
        response.setStatus(status);
        Route.forward(request, response, paths.contact(language), securityHeaders);
    }
}
