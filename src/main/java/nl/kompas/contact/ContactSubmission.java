package nl.kompas.contact;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.UnaryOperator;

/**
 * What a visitor typed into a contact form, as sent: trimmed, nothing else changed, so that a form
 * with a problem can be shown again exactly as it was. Overlong values are kept only up to a bound
 * the form check refuses anyway.
 *
 * @param topic the slug of the chosen service, {@value #OTHER_TOPIC}, or empty for none
 * @param source the path of the page the form was on
 */
public record ContactSubmission(
        String name,
        String email,
        String organisation,
        String phone,
        String topic,
        String message,
        boolean consent,
        String source,
        Campaign campaign,
        String token,
        boolean compact) {

    public static final String OTHER_TOPIC = "anders";

    /** Past every field's own maximum, so the check sees it is too long; nothing longer is kept. */
    private static final int KEEP = 6000;

    static ContactSubmission from(HttpServletRequest request) {
        UnaryOperator<String> field = name -> {
            String value = request.getParameter(name);
            if (value == null) {
                return "";
            }
            String trimmed = value.strip();
            return trimmed.length() <= KEEP ? trimmed : trimmed.substring(0, KEEP);
        };
        return new ContactSubmission(
                field.apply("naam"),
                field.apply("email"),
                field.apply("organisatie"),
                field.apply("telefoon"),
                field.apply("onderwerp"),
                field.apply("bericht").replace("\r\n", "\n"),
                "ja".equals(request.getParameter("toestemming")),
                field.apply("bron"),
                Campaign.of(request),
                request.getParameter("form-token"),
                "compact".equals(request.getParameter("formulier")));
    }

    /** Whether a service (not "anders", not nothing) was chosen. */
    public boolean hasTopic() {
        return !topic.isEmpty() && !OTHER_TOPIC.equals(topic);
    }
}
