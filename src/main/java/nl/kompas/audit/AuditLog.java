package nl.kompas.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import nl.kompas.account.Actor;

/**
 * Who did what in the admin, and when. An entry is written in the transaction of the change it
 * describes, so the log never claims a change that was rolled back, nor misses one that committed.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** The thing an action was done to: its kind ("article", "account"…), id and title. */
    public record Subject(String type, Long id, String title) {
        public static Subject none() {
            return new Subject(null, null, null);
        }
    }

    /**
     * Records an action by a person. Joins the caller's transaction, or runs in its own when there
     * is none (a failed login, for example, changes nothing else).
     *
     * @param action what was done, a short stable word such as "article.published"; the admin shows
     *     it through the resource bundle key "audit.action." + action
     * @param detail free text, such as the old and new slug; may be null
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(Actor actor, String action, Subject subject, String detail) {
        em.persist(new AuditEntry(
                clock.instant(),
                actor.accountId() == 0 ? null : actor.accountId(),
                actor.name(),
                action,
                subject.type(),
                subject.id(),
                subject.title(),
                detail));
    }

    /** Records something the system did on its own, such as a scheduled publication. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordSystem(String action, Subject subject, String detail) {
        em.persist(new AuditEntry(
                clock.instant(), null, SYSTEM, action, subject.type(), subject.id(), subject.title(), detail));
    }

    /** The name under which the system's own actions are logged. */
    public static final String SYSTEM = "systeem";

    /**
     * The newest entries first, optionally only those of one actor name or action prefix. Actions are
     * our own words of letters and dots, so anything else in the prefix (a LIKE wildcard) is dropped.
     */
    public List<AuditEntry> newest(int first, int max, String actorName, String actionPrefix) {
        TypedQuery<AuditEntry> query = em.createQuery(
                "select e from AuditEntry e" + where(actorName, actionPrefix)
                        + " order by e.occurredAt desc, e.id desc",
                AuditEntry.class);
        bind(query, actorName, actionPrefix);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(String actorName, String actionPrefix) {
        TypedQuery<Long> query =
                em.createQuery("select count(e) from AuditEntry e" + where(actorName, actionPrefix), Long.class);
        bind(query, actorName, actionPrefix);
        return query.getSingleResult();
    }

    /** Everything that was done to one item, newest first: the history shown beside an editor. */
    public List<AuditEntry> historyOf(String subjectType, long subjectId, int max) {
        return em.createQuery(
                        "select e from AuditEntry e where e.subjectType = :type and e.subjectId = :id"
                                + " order by e.occurredAt desc, e.id desc",
                        AuditEntry.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .setMaxResults(max)
                .getResultList();
    }

    private static String where(String actorName, String actionPrefix) {
        StringBuilder where = new StringBuilder();
        if (actorName != null && !actorName.isBlank()) {
            where.append(" where e.actorName = :actor");
        }
        if (actionPrefix != null && !actionPrefix.isBlank()) {
            where.append(where.length() == 0 ? " where " : " and ").append("e.action like :action");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, String actorName, String actionPrefix) {
        if (actorName != null && !actorName.isBlank()) {
            query.setParameter("actor", actorName);
        }
        if (actionPrefix != null && !actionPrefix.isBlank()) {
            query.setParameter("action", actionPrefix.replaceAll("[^a-z.]", "") + "%");
        }
    }
}
