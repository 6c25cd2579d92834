package nl.kompas.newsletter;

import java.util.List;
import nl.kompas.consultant.ConsultantFile;
import nl.kompas.platform.web.PostedForm;

/** The sign-up form's one field, checked: an e-mail address. */
public final class SignupForm {

    /** The request attribute under which the page finds a form shown again. */
    public static final String ATTRIBUTE = "newsletterForm";

    public static final List<String> FIELDS = List.of("email");

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
