package nl.kompas.mail;

/** The two bodies of a mail: plain text, and the same in HTML. */
public record MailParts(String text, String html) {}
