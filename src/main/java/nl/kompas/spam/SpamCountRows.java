package nl.kompas.spam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * The rows of spam_block_count, one per day, form and reason. Each write is a transaction of its
 * own: a blocked form has no other transaction to join, and a count must not be lost with one.
 */
@ApplicationScoped
public class SpamCountRows {

    @PersistenceContext
    EntityManager em;

    /** Adds one to an existing row; false when there is none yet. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean increment(LocalDate day, String form, String reason) {
        return em.createNativeQuery("UPDATE spam_block_count SET blocked = blocked + 1"
                                + " WHERE day = ? AND form = ? AND reason = ?")
                        .setParameter(1, day)
                        .setParameter(2, form)
                        .setParameter(3, reason)
                        .executeUpdate()
                == 1;
    }

    /** Starts a row at one; fails when another request just did (the caller then increments). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(LocalDate day, String form, String reason) {
        em.createNativeQuery("INSERT INTO spam_block_count (day, form, reason, blocked) VALUES (?, ?, ?, 1)")
                .setParameter(1, day)
                .setParameter(2, form)
                .setParameter(3, reason)
                .executeUpdate();
    }
}
