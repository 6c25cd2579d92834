package nl.kompas.contact;

import java.util.Set;
import java.util.regex.Pattern;
import nl.kompas.consultant.ConsultantFile;
import nl.kompas.content.InvalidEdit;
import nl.kompas.editing.FormChecks;

/**
 * The contact form's rules, per field, with the message shown beside it: name, e-mail address and
 * organisation and message are required, the phone number is optional, the topic is a service of
 * the site, "anders" or nothing, and consent must be given.
 */
final class ContactFormCheck {

    static final int MAX_NAME = 200;
    static final int MAX_ORGANISATION = 200;
    static final int MAX_MESSAGE = 5000;

    /** Digits with the spaces, dashes, brackets and + people write them with. */
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\-. ]{6,40}");

    private ContactFormCheck() {}

    /**
     * @param topics the slugs of the services a visitor may choose
     * @throws InvalidEdit with a message per field that is wrong
     */
    static void check(ContactSubmission form, Set<String> topics) {
        InvalidEdit.Collector errors = new InvalidEdit.Collector();
        FormChecks.required(form.name(), "naam", "contact.error.name", MAX_NAME, errors);
        String email = FormChecks.required(form.email(), "email", "contact.error.email", 320, errors);
        if (email != null && !errors.has("email") && !ConsultantFile.isPlainEmail(email)) {
            errors.add("email", "contact.error.email.invalid");
        }
        FormChecks.required(form.organisation(), "organisatie", "contact.error.organisation", MAX_ORGANISATION, errors);
        String phone = FormChecks.optional(form.phone(), "telefoon", 40, errors);
        if (phone != null && !errors.has("telefoon") && !PHONE.matcher(phone).matches()) {
            errors.add("telefoon", "contact.error.phone");
        }
        if (form.hasTopic() && !topics.contains(form.topic())) {
            errors.add("onderwerp", "contact.error.topic");
        }
        FormChecks.required(form.message(), "bericht", "contact.error.message", MAX_MESSAGE, errors);
        if (!form.consent()) {
            errors.add("toestemming", "contact.error.consent");
        }
        errors.throwIfAny();
    }
}
