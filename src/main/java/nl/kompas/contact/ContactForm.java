package nl.kompas.contact;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import nl.kompas.offering.Offering;
import nl.kompas.platform.web.SiteLanguage;
import nl.kompas.spam.SpamGuard;

/**
 * What the contact forms show: empty, or, when a form came back with a problem, what was typed with
 * a message beside each field, where it was sent from and its campaign (in hidden fields, so the
 * corrected form still reports them). An empty form is the same for every visitor, as the page
 * cache needs: the page it is on is its source, and its campaign comes from the Referer of its post
 * (see {@link Campaign}). Nothing of it needs a cookie or a session.
 */
@Named
@RequestScoped
public class ContactForm {

    @Inject
    HttpServletRequest request;

    @Inject
    ContactSources sources;

    @Inject
    SpamGuard spamGuard;

    private ContactFormState state;
    private boolean read;
    private List<Offering> topics;

    private ContactFormState state() {
        if (!read) {
            read = true;
            if (request.getAttribute(ContactFormState.ATTRIBUTE) instanceof ContactFormState sent) {
                state = sent;
            }
        }
        return state;
    }

    /** Whether this is a form sent back with problems (its page is then the sender's own). */
    public boolean isSentBack() {
        return state() != null;
    }

    public String getProblem() {
        return state() == null ? null : state().problem();
    }

    public Map<String, String> getErrors() {
        return state() == null ? Map.of() : state().fieldErrors();
    }

    public boolean hasError(String field) {
        return getErrors().containsKey(field);
    }

    /** The value to show in a field: what was typed, or nothing. */
    public String value(String field) {
        if (state() == null) {
            return "";
        }
        ContactSubmission typed = state().typed();
        return switch (field) {
            case "naam" -> typed.name();
            case "email" -> typed.email();
            case "organisatie" -> typed.organisation();
            case "telefoon" -> typed.phone();
            case "onderwerp" -> typed.topic();
            case "bericht" -> typed.message();
            default -> "";
        };
    }

    public boolean isConsent() {
        return state() != null && state().typed().consent();
    }

    /** The token for the full form: the one it was sent with, or a fresh one. */
    public String getToken() {
        return state() == null ? spamGuard.token(ContactServlet.FORM) : state().token();
    }

    /** The page the form was sent from, when it came back; else the page it is on. */
    public String source(String page) {
        return state() != null && state().typed().source().startsWith("/")
                ? state().typed().source()
                : page;
    }

    /** The campaign of a form that came back, for hidden fields; none on an empty form. */
    public Map<String, String> getCampaignFields() {
        return state() == null ? Map.of() : state().typed().campaign().parameters();
    }

    public List<Offering> getTopics() {
        if (topics == null) {
            // The service pages of the page's language; a request is routed by the Dutch one (ContactRequests).
            topics = sources.topics().stream()
                    .filter(topic -> topic.getLanguage() == SiteLanguage.of(request))
                    .toList();
        }
        return topics;
    }

    public String getOtherTopic() {
        return ContactSubmission.OTHER_TOPIC;
    }
}
