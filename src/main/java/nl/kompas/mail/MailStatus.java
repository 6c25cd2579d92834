package nl.kompas.mail;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** Waiting to be sent, or waiting for its next attempt after a failure. */
    PENDING,
    /** Claimed by the sender, which is handing it to the SMTP server now. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up: refused by the server, or too many failed attempts. */
    FAILED,
    /**
     * Was being sent when the sender stopped (a crash, a restart): it may have reached the server or
     * not. It is never sent again on its own, since that could send it twice; an editor can.
     */
    UNCERTAIN
}
