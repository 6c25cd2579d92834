package nl.kompas.mail;

import java.util.Map;
import java.util.Objects;

/**
 * One mail to send, as a feature hands it to the {@link Outbox}.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param textBody the plain-text part, always present
 * @param htmlBody the HTML part, or null for a plain-text mail
 * @param headers extra headers, such as List-Unsubscribe or Reply-To; never null
 * @param purpose what the mail is for, a short stable word such as "contact-notification", shown in
 *     the admin's outbox
 * @param reference what it is about, such as "contact:42", so a feature can find its mails again
 */
public record OutgoingMail(
        String to,
        String subject,
        String textBody,
        String htmlBody,
        Map<String, String> headers,
        String purpose,
        String reference) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(purpose, "purpose");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
