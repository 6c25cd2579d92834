package nl.kompas.newsletter;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.kompas.account.ClientAddress;
import nl.kompas.platform.web.PostedForm;
import nl.kompas.platform.web.PublicFormServlet;
import nl.kompas.platform.web.SitePaths;

/**
 * The newsletter's three forms: sign up (/nieuwsbrief and the footer of every page), confirm
 * (/nieuwsbrief/bevestigen) and unsubscribe (/nieuwsbrief/afmelden, also the one-click POST that
 * mail programs send, RFC 8058). Each answers with a redirect to a page of its own, or shows its
 * page again with a message.
 */
@WebServlet(name = "NewsletterForms", urlPatterns = "/forms/newsletter/*")
public class NewsletterForms extends PublicFormServlet {

    private static final long serialVersionUID = 1L;

    /** The request attribute that tells the confirm and unsubscribe pages what went wrong. */
    public static final String PROBLEM = "newsletterProblem";

    @Inject
    Subscriptions subscriptions;

    @Inject
    ClientAddress clientAddress;

    @Inject
    SitePaths paths;

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        switch (String.valueOf(request.getPathInfo())) {
            case "/signup" -> signUp(request, response);
            case "/confirm" -> confirm(request, response);
            case "/unsubscribe" -> unsubscribe(request, response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void signUp(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        PostedForm form = SignupForm.check(PostedForm.read(request, SignupForm.FIELDS));
        if (!form.isValid() || !passesSpamGuard(request, response, SignupForm.SPAM_FORM, form)) {
            showAgain(request, response, SignupForm.ATTRIBUTE, form);
            return;
        }
        subscriptions.ask(form.value("email"), clientAddress.of(request), route.getLanguage());
        redirect(response, paths.newsletterRequested(route.getLanguage()));
    }

    private void confirm(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        switch (subscriptions.confirm(request.getParameter("token"), clientAddress.of(request))) {
            case CONFIRMED -> redirect(response, paths.newsletterConfirmed(route.getLanguage()));
            case EXPIRED -> showAgain(request, response, PROBLEM, "newsletter.confirm.expired");
            case UNKNOWN -> showAgain(request, response, PROBLEM, "newsletter.confirm.unknown");
        }
    }

    private void unsubscribe(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        boolean oneClick = "One-Click".equals(request.getParameter("List-Unsubscribe"));
        boolean done = subscriptions.unsubscribe(request.getParameter("token"));
        if (oneClick) {
            // A mail program's request: it reads only the status.
            response.setStatus(done ? HttpServletResponse.SC_OK : HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream()
                    .write((done ? "Unsubscribed\n" : "Unknown link\n").getBytes(StandardCharsets.UTF_8));
        } else if (done) {
            redirect(response, paths.newsletterUnsubscribed(route.getLanguage()));
        } else {
            showAgain(request, response, PROBLEM, "newsletter.unsubscribe.unknown");
        }
    }
}
