package nl.kompas.contact;

import java.util.Map;

/**
 * A contact form sent back to its sender with problems: what they typed, the message per field, a
 * message for the whole form, and the token to render again. Handed from {@link ContactServlet} to
 * the page ({@link ContactForm}) as a request attribute.
 */
record ContactFormState(ContactSubmission typed, Map<String, String> fieldErrors, String problem, String token) {

    static final String ATTRIBUTE = ContactFormState.class.getName();
}
