package nl.kompas.newsletter;

import java.util.List;
import nl.kompas.consultant.ConsultantFile;
import nl.kompas.platform.web.PostedForm;
import nl.kompas.spam.SpamGuard;

/** The sign-up form's one field, checked: an e-mail address. */
public final class SignupForm {

    /** The request attribute under which the page finds a form shown again. */
    public static final String ATTRIBUTE = "newsletterForm";

    /** The address, and the spam guard's token, which goes back into the form when it is shown again. */
    public static final List<String> FIELDS = List.of("email", SpamGuard.TOKEN_FIELD);

    /** The form's name for the spam guard: its tokens, limits and counts. */
    public static final String SPAM_FORM = "newsletter";

    private SignupForm() {}

    /** Marks the e-mail field of the form when it is empty or not a plain address. */
    public static PostedForm check(PostedForm form) {
        String email = Subscriptions.normalized(form.value("email"));
        if (email.isEmpty()) {
            form.reject("email", "newsletter.error.email.required");
        } else if (email.length() > Subscriber.MAX_EMAIL || !ConsultantFile.isPlainEmail(email)) {
            form.reject("email", "newsletter.error.email.invalid");
        }
        return form;
    }
}
