package nl.kompas.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;

/**
 * Where every feature puts the mails it sends. A mail is stored in the caller's transaction, so a
 * contact request and its mails commit together or not at all; the {@link OutboxSender} delivers
 * it afterwards. Nothing here talks to an SMTP server, so enqueueing never fails because mail is
 * down.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /**
     * Stores a mail to send, in the caller's transaction (there must be one).
     *
     * @return the outbox id of the mail
     * @throws IllegalArgumentException when the address, subject or a header holds a line break (a
     *     header injection), or a field is longer than the outbox keeps
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long enqueue(OutgoingMail mail) {
        requireOneLine("to", mail.to(), 320);
        requireOneLine("subject", mail.subject(), 500);
        requireOneLine("purpose", mail.purpose(), 60);
        if (mail.reference() != null) {
            requireOneLine("reference", mail.reference(), 100);
        }
        for (Map.Entry<String, String> header : mail.headers().entrySet()) {
            if (!header.getKey().matches("[A-Za-z0-9-]{1,76}")) {
                throw new IllegalArgumentException("Not a header name: " + header.getKey());
            }
            requireOneLine(header.getKey(), header.getValue(), 2000);
        }
        if (OutboxEntry.writeHeaders(mail.headers()) != null
                && OutboxEntry.writeHeaders(mail.headers()).length() > 4000) {
            throw new IllegalArgumentException("The headers are longer than 4000 characters");
        }
        OutboxEntry entry = new OutboxEntry(mail, clock.instant());
        em.persist(entry);
        em.flush();
        return entry.getId();
    }

    private static void requireOneLine(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is empty");
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException(field + " holds a line break");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
    }

    /**
     * Removes every mail about one thing ("contact:42") from the outbox, sent or not, in the caller's
     * transaction: for anonymising and erasing what the site holds about a person.
     *
     * @return how many mails were removed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forget(String reference) {
        return em.createQuery("delete from OutboxEntry e where e.reference = :reference")
                .setParameter("reference", reference)
                .executeUpdate();
    }

    /** Removes every mail to this address from the outbox, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetRecipient(String address) {
        return em.createQuery("delete from OutboxEntry e where lower(e.recipient) = :address")
                .setParameter("address", address.toLowerCase(java.util.Locale.ROOT))
                .executeUpdate();
    }
}
