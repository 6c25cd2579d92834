package nl.kompas.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.kompas.account.Actor;
import nl.kompas.audit.AuditLog;

/** The revisions of every edited item, numbered per item from 1. */
@ApplicationScoped
public class Revisions {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /**
     * Keeps the item's text as its next revision, in the caller's transaction.
     *
     * @param actor who saved; null for the system (a file loaded from content/, a timer)
     * @param note what the save did, such as "article.published"
     */
    public Revision keep(String itemType, long itemId, Actor actor, String note, String fileText) {
        Revision revision = new Revision(
                itemType,
                itemId,
                latestNumber(itemType, itemId) + 1,
                clock.instant(),
                actor == null || actor.accountId() == 0 ? null : actor.accountId(),
                actor == null ? AuditLog.SYSTEM : actor.name(),
                note,
                fileText);
        em.persist(revision);
        return revision;
    }

    /** The revisions of an item, newest first, without their text. */
    public List<Revision> of(String itemType, long itemId) {
        return em.createQuery(
                        "select r from Revision r where r.itemType = :type and r.itemId = :id"
                                + " order by r.number desc",
                        Revision.class)
                .setParameter("type", itemType)
                .setParameter("id", itemId)
                .getResultList();
    }

    public Optional<Revision> find(String itemType, long itemId, int number) {
        return em.createQuery(
                        "select r from Revision r where r.itemType = :type and r.itemId = :id and r.number = :number",
                        Revision.class)
                .setParameter("type", itemType)
                .setParameter("id", itemId)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    public Optional<Revision> latest(String itemType, long itemId) {
        return em.createQuery(
                        "select r from Revision r where r.itemType = :type and r.itemId = :id"
                                + " order by r.number desc",
                        Revision.class)
                .setParameter("type", itemType)
                .setParameter("id", itemId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private int latestNumber(String itemType, long itemId) {
        Integer latest = em.createQuery(
                        "select max(r.number) from Revision r where r.itemType = :type and r.itemId = :id",
                        Integer.class)
                .setParameter("type", itemType)
                .setParameter("id", itemId)
                .getSingleResult();
        return latest == null ? 0 : latest;
    }
}
