package nl.kompas.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.kompas.audit.AuditLog;
import nl.kompas.mail.Outbox;
import nl.kompas.platform.SiteConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What happens to requests as time passes: a request still new after the configured number of
 * working hours is escalated by mail to the general inbox (once), and a request older than
 * {@code site.contact.retention-months} is anonymised, its mails removed from the outbox. Run by
 * {@link ContactTimer}, which calls each step through this bean's proxy: each request in a
 * transaction of its own, so one that fails does not hold up the others.
 */
@ApplicationScoped
public class ContactUpkeep {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContactRouting routing;

    @Inject
    ContactMails mails;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    SiteConfig site;

    @Inject
    @ConfigProperty(name = "site.contact.retention-months", defaultValue = "24")
    int retentionMonths;

    Clock clock = Clock.systemUTC();

    /** Ids of new, not yet escalated requests that are at least that many calendar hours old. */
    public List<Long> escalationCandidates(Instant now) {
        Instant before = now.minus(Duration.ofHours(routing.escalationHours()));
        return em.createQuery(
                        "select r.id from ContactRequest r where r.status = :new and r.escalatedAt is null"
                                + " and r.anonymisedAt is null and r.createdAt <= :before order by r.id",
                        Long.class)
                .setParameter("new", RequestStatus.NEW)
                .setParameter("before", ContactRequest.utc(before))
                .getResultList();
    }

    /** Escalates the request if it has been new for the configured number of working hours. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean escalateIfDue(long id, Instant now) {
        ContactRequest request = em.find(ContactRequest.class, id);
        int hours = routing.escalationHours();
        if (request == null
                || request.getStatus() != RequestStatus.NEW
                || request.getEscalatedAt() != null
                || WorkingHours.between(request.getCreatedAt(), now, site.getTimeZone())
                                .compareTo(Duration.ofHours(hours))
                        < 0) {
            return false;
        }
        request.markEscalated(now);
        mails.escalate(request, hours);
        audit.recordSystem("contact.escalated", new AuditLog.Subject("contact", id, "#" + id), hours + " h");
        return true;
    }

    /** Ids of requests older than the retention period that still hold personal data. */
    public List<Long> retentionCandidates(Instant now) {
        Instant before =
                now.atOffset(ZoneOffset.UTC).minusMonths(retentionMonths).toInstant();
        return em.createQuery(
                        "select r.id from ContactRequest r where r.anonymisedAt is null and r.createdAt < :before"
                                + " order by r.id",
                        Long.class)
                .setParameter("before", ContactRequest.utc(before))
                .getResultList();
    }

    /** Removes who the prospect is from one request and its mails. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void anonymise(long id, Instant now) {
        ContactRequest request = em.find(ContactRequest.class, id);
        if (request == null || request.isAnonymised()) {
            return;
        }
        anonymise(request, now);
        audit.recordSystem(
                "contact.anonymised", new AuditLog.Subject("contact", id, "#" + id), retentionMonths + " months");
    }

    /** In the caller's transaction: a request and its mails lose every personal detail. */
    void anonymise(ContactRequest request, Instant now) {
        request.anonymise(now);
        outbox.forget(ContactMails.reference(request));
    }
}
