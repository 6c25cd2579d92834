package nl.kompas.spam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.kompas.account.ActionNotPermitted;
import nl.kompas.account.Actor;
import nl.kompas.account.Role;

/** Blocked attempts, counted per day (UTC), form and reason, kept in the database for the admin. */
@ApplicationScoped
public class SpamCounts {

    private static final Logger LOG = Logger.getLogger(SpamCounts.class.getName());

    /** One line of the admin's table: a form, a reason and how often, today and in all. */
    public record Total(String form, SpamReason reason, long lastWeek, long allTime) {}

    @Inject
    SpamCountRows rows;

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Counts one blocked attempt. Never throws: a count that fails must not turn into an error page. */
    public void count(String form, SpamReason reason) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        try {
            if (!rows.increment(today, form, reason.name())) {
                try {
                    rows.insert(today, form, reason.name());
                } catch (PersistenceException | TransactionalException raced) {
                    rows.increment(today, form, reason.name());
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not count a blocked " + form + " form (" + reason + ")", e);
        }
    }

    /** Every form and reason that was ever blocked, with the counts of the last 7 days and of all time. */
    public List<Total> totals(Actor actor) {
        if (!actor.has(Role.EDITOR) && !actor.has(Role.CONSULTANT)) {
            throw new ActionNotPermitted(actor, "see the spam counts");
        }
        LocalDate weekAgo = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(6);
        List<Total> totals = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT form, reason,"
                        + " SUM(CASE WHEN day >= ? THEN blocked ELSE 0 END), SUM(blocked)"
                        + " FROM spam_block_count GROUP BY form, reason ORDER BY form, reason")
                .setParameter(1, weekAgo)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            totals.add(new Total(
                    (String) columns[0],
                    SpamReason.valueOf((String) columns[1]),
                    ((Number) columns[2]).longValue(),
                    ((Number) columns[3]).longValue()));
        }
        return totals;
    }
}
