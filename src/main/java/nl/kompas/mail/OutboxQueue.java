package nl.kompas.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The sender's side of the outbox: claiming due mails and recording what became of each, every step
 * in a transaction of its own, so a mail's state in the database is always the last thing known
 * about it. A claim is a conditional update (PENDING to SENDING), so two senders can never both
 * take one mail.
 */
@ApplicationScoped
public class OutboxQueue {

    /** A mail the sender has claimed and is about to send. */
    public record Claimed(long id, OutgoingMail mail, int attempts) {}

    @PersistenceContext
    EntityManager em;

    /** Claims up to {@code max} mails whose time has come, oldest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claimDue(Instant now, int max) {
        List<Long> due = em.createQuery(
                        "select e.id from OutboxEntry e where e.status = :pending and e.nextAttemptAt <= :now"
                                + " order by e.nextAttemptAt, e.id",
                        Long.class)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("now", OutboxEntry.utc(now))
                .setMaxResults(max)
                .getResultList();
        List<Claimed> claimed = new ArrayList<>();
        for (Long id : due) {
            int updated = em.createQuery("update OutboxEntry e set e.status = :sending, e.claimedAt = :now,"
                            + " e.attempts = e.attempts + 1 where e.id = :id and e.status = :pending")
                    .setParameter("sending", MailStatus.SENDING)
                    .setParameter("pending", MailStatus.PENDING)
                    .setParameter("now", OutboxEntry.utc(now))
                    .setParameter("id", id)
                    .executeUpdate();
            if (updated == 1) {
                OutboxEntry entry = em.find(OutboxEntry.class, id);
                em.refresh(entry);
                claimed.add(new Claimed(id, entry.mail(), entry.getAttempts()));
            }
        }
        return claimed;
    }

    /** The SMTP server accepted the mail. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markSent(long id, Instant now) {
        em.createQuery("update OutboxEntry e set e.status = :sent, e.sentAt = :now, e.lastError = null"
                        + " where e.id = :id and e.status = :sending")
                .setParameter("sent", MailStatus.SENT)
                .setParameter("sending", MailStatus.SENDING)
                .setParameter("now", OutboxEntry.utc(now))
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Sending failed for a while: try again at {@code retryAt}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markRetry(long id, String error, Instant retryAt) {
        em.createQuery("update OutboxEntry e set e.status = :pending, e.lastError = :error,"
                        + " e.nextAttemptAt = :retryAt where e.id = :id and e.status = :sending")
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("sending", MailStatus.SENDING)
                .setParameter("error", shorten(error))
                .setParameter("retryAt", OutboxEntry.utc(retryAt))
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Sending failed for good: the server refused the address, or there were too many attempts. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(long id, String error) {
        em.createQuery("update OutboxEntry e set e.status = :failed, e.lastError = :error"
                        + " where e.id = :id and e.status = :sending")
                .setParameter("failed", MailStatus.FAILED)
                .setParameter("sending", MailStatus.SENDING)
                .setParameter("error", shorten(error))
                .setParameter("id", id)
                .executeUpdate();
    }

    /**
     * At start-up, a mail still SENDING was being sent when the previous run stopped. Whether the
     * SMTP server got it is unknown, so it becomes UNCERTAIN rather than being sent again.
     *
     * @return how many mails were uncertain
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int markInterruptedUncertain() {
        return em.createQuery("update OutboxEntry e set e.status = :uncertain, e.lastError = :error"
                        + " where e.status = :sending")
                .setParameter("uncertain", MailStatus.UNCERTAIN)
                .setParameter("sending", MailStatus.SENDING)
                .setParameter("error", "The site stopped while this mail was being sent")
                .executeUpdate();
    }

    private static String shorten(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() <= OutboxEntry.MAX_ERROR ? text : text.substring(0, OutboxEntry.MAX_ERROR - 1) + "…";
    }
}
