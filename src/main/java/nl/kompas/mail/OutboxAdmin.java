package nl.kompas.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.kompas.account.ActionNotPermitted;
import nl.kompas.account.Actor;
import nl.kompas.account.Role;
import nl.kompas.audit.AuditLog;

/**
 * The outbox as editors and admins see it: every mail with its status, attempts and last error, and
 * sending an uncertain or failed mail again.
 */
@ApplicationScoped
public class OutboxAdmin {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    MailSettings settings;

    Clock clock = Clock.systemUTC();

    /** Whether mail goes out at all; without an SMTP host every mail stays "not sent". */
    public boolean isSending() {
        return settings.isConfigured();
    }

    /** The newest mails first, optionally of one status. */
    public List<OutboxEntry> newest(Actor actor, int first, int max, MailStatus status) {
        requireEditor(actor);
        TypedQuery<OutboxEntry> query = em.createQuery(
                "select e from OutboxEntry e" + where(status) + " order by e.createdAt desc, e.id desc",
                OutboxEntry.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Actor actor, MailStatus status) {
        requireEditor(actor);
        TypedQuery<Long> query = em.createQuery("select count(e) from OutboxEntry e" + where(status), Long.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getSingleResult();
    }

    /** How many mails are in each status. */
    public Map<MailStatus, Long> countsByStatus(Actor actor) {
        requireEditor(actor);
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : em.createQuery(
                        "select e.status, count(e) from OutboxEntry e group by e.status", Object[].class)
                .getResultList()) {
            counts.put((MailStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Puts an uncertain or failed mail back in the queue; the sender takes it at its next poll. */
    @Transactional
    public void sendAgain(Actor actor, long id) {
        requireEditor(actor);
        OutboxEntry entry = em.find(OutboxEntry.class, id);
        if (entry == null) {
            throw new IllegalArgumentException("No mail " + id + " in the outbox");
        }
        entry.sendAgain(clock.instant());
        audit.record(
                actor,
                "mail.sent-again",
                new AuditLog.Subject("mail", id, entry.getSubject()),
                entry.getPurpose() + " → " + entry.getRecipient());
    }

    private static String where(MailStatus status) {
        return status == null ? "" : " where e.status = :status";
    }

    private static void requireEditor(Actor actor) {
        if (!actor.has(Role.EDITOR)) {
            throw new ActionNotPermitted(actor, "open the outbox");
        }
    }
}
