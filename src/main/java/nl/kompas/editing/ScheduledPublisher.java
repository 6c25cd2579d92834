package nl.kompas.editing;

import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes scheduled items when their time comes: every {@code site.publish.poll-seconds} it
 * publishes what is due of every kind with a workflow (articles, cases, service pages), each item in
 * its own transaction, as the system. The page cache follows
 * through the entity listener, as for any other change. The first look is at start-up, so an item
 * that fell due while the site was down appears at once.
 *
 * <p>A poll rather than one timer per item: nothing to keep in step when an editor reschedules or
 * unpublishes, and the database stays the one place that says what is due. An EJB timer rather
 * than a managed executor: its callbacks run in a clean container context (a task scheduled from
 * the start-up listener inherited that listener's, whose EntityManager was closed under it). The
 * timer is not persistent: the poll is set up again at every start.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScheduledPublisher {

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class.getName());

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "site.publish.poll-seconds", defaultValue = "30")
    int pollSeconds;

    /** Every kind of item with a publication workflow. */
    @Inject
    Instance<PublishableEditing<?, ?, ?>> kinds;

    /** Starts polling; called once the schema is up to date. */
    public void start() {
        if (timers.getTimers().isEmpty()) {
            long millis = Math.max(1, pollSeconds) * 1000L;
            timers.createIntervalTimer(0, millis, new TimerConfig("scheduled publications", false));
            LOG.info(() -> "Scheduled publications are looked for every " + millis / 1000 + " s");
        }
    }

    /** Publishes everything that is due now. Never throws: the next poll simply tries again. */
    @Timeout
    void publishDue() {
        try {
            Instant now = Instant.now();
            for (PublishableEditing<?, ?, ?> kind : kinds) {
                for (Long id : kind.idsOfScheduledDue(now)) {
                    publishOne(kind, id, now);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for scheduled publications failed; trying again at the next poll", e);
        }
    }

    private void publishOne(PublishableEditing<?, ?, ?> kind, Long id, Instant now) {
        try {
            kind.publishIfDue(id, now);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Scheduled " + kind.itemType() + " " + id
                            + " could not be published; trying again at the next poll",
                    e);
        }
    }
}
