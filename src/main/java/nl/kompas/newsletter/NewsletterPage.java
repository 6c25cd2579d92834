package nl.kompas.newsletter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import nl.kompas.platform.web.PostedForm;

/**
 * What the newsletter's pages and the footer's sign-up form show: the form as posted when it is
 * shown again, the token of a confirmation or unsubscribe link, and what went wrong with it.
 */
@Named
@RequestScoped
public class NewsletterPage {

    @Inject
    HttpServletRequest request;

    @Inject
    Subscriptions subscriptions;

    private static final PostedForm EMPTY = PostedForm.of(Map.of());

    /** The sign-up form as posted, or an empty one. */
    public PostedForm getForm() {
        return request.getAttribute(SignupForm.ATTRIBUTE) instanceof PostedForm form ? form : EMPTY;
    }

    public PostedForm getEmptyForm() {
        return EMPTY;
    }

    /** The link's token, only when it could be one: it goes back into the page as a hidden field. */
    public String getToken() {
        String token = request.getParameter("token");
        return OptInToken.isWellFormed(token) ? token : "";
    }

    /** The message key of what went wrong with a link, or null. */
    public String getProblem() {
        return request.getAttribute(NewsletterForms.PROBLEM) instanceof String key ? key : null;
    }

    /** Whether the unsubscribe page has a link that belongs to a subscriber, so it offers the button. */
    public boolean isUnsubscribeLinkValid() {
        return getProblem() == null && subscriptions.isUnsubscribeLink(getToken());
    }
}
