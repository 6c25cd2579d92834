package nl.kompas.mail;

import java.util.Map;

/** TEMPORARY stand-in for the contact branch's OutgoingMail; removed when that branch is merged. */
public record OutgoingMail(
        String to,
        String subject,
        String textBody,
        String htmlBody,
        Map<String, String> headers,
        String purpose,
        String reference) {}
