package nl.kompas.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** Reads and adds accounts. Accounts are never deleted: they are deactivated, so the audit log keeps its names. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Optional<Account> findByEmail(String email) {
        return em.createNamedQuery("Account.findByEmail", Account.class)
                .setParameter("email", Account.normalizedEmail(email))
                .getResultStream()
                .findFirst();
    }

    public Optional<Account> findByConsultant(long consultantId) {
        return em.createNamedQuery("Account.findByConsultant", Account.class)
                .setParameter("consultantId", consultantId)
                .getResultStream()
                .findFirst();
    }

    public List<Account> findAll() {
        return em.createNamedQuery("Account.findAll", Account.class).getResultList();
    }

    public long count() {
        return em.createNamedQuery("Account.count", Long.class).getSingleResult();
    }

    public long countActiveWith(Role role) {
        return em.createNamedQuery("Account.countActiveWithRole", Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    public void add(Account account) {
        em.persist(account);
    }

    /** Writes pending changes now, so a new account has its id. */
    public void flush() {
        em.flush();
    }

    /**
     * Claims the one-time right to create the first admin, in the caller's transaction. Of two
     * setups at the same moment only one can insert the row (see V6__accounts.sql); the other's
     * insert fails here, on flush, and its transaction rolls back.
     */
    public void claimFirstAdmin(Account admin) {
        em.flush();
        em.createNativeQuery("INSERT INTO first_admin (id, account_id, created_at) VALUES (1, ?, ?)")
                .setParameter(1, admin.getId())
                .setParameter(2, Timestamp.valueOf(admin.getCreatedAt()))
                .executeUpdate();
    }

    /** Whether a consultant profile with this id exists, for linking an account to it. */
    public boolean consultantExists(long consultantId) {
        return !em.createNativeQuery("SELECT 1 FROM consultant WHERE id = ?")
                .setParameter(1, consultantId)
                .getResultList()
                .isEmpty();
    }
}
