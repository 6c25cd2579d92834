package nl.kompas.contact;

import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs {@link ContactUpkeep} every {@code site.contact.upkeep-minutes}: escalations and the
 * retention period. An EJB timer, as for scheduled publications and the outbox.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ContactTimer {

    private static final Logger LOG = Logger.getLogger(ContactTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ContactUpkeep upkeep;

    @Inject
    @ConfigProperty(name = "site.contact.upkeep-minutes", defaultValue = "15")
    int minutes;

    public void start() {
        if (timers.getTimers().isEmpty()) {
            long millis = Math.max(1, minutes) * 60_000L;
            timers.createIntervalTimer(millis / 10, millis, new TimerConfig("contact upkeep", false));
        }
    }

    /** One round: escalations, then retention. Returns how many of each. */
    public int[] runOnce() {
        Instant now = Instant.now();
        int escalated = 0;
        for (Long id : upkeep.escalationCandidates(now)) {
            if (upkeep.escalateIfDue(id, now)) {
                escalated++;
            }
        }
        List<Long> old = upkeep.retentionCandidates(now);
        for (Long id : old) {
            upkeep.anonymise(id, now);
        }
        return new int[] {escalated, old.size()};
    }

    @Timeout
    void run() {
        try {
            int[] done = runOnce();
            if (done[0] + done[1] > 0) {
                LOG.info(() -> "Contact requests: " + done[0] + " escalated, " + done[1] + " anonymised");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Escalating or anonymising contact requests failed; trying again later", e);
        }
    }
}
