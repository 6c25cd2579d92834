package nl.kompas.newsletter;

import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the batches of every issue that is being sent, every {@code site.newsletter.poll-seconds},
 * until each has reached all its recipients. The first look is at start-up, so a send that a
 * restart interrupted goes on by itself. An EJB timer for the same reasons as the scheduled
 * publications (nl.kompas.editing.ScheduledPublisher): a clean container context for each run.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NewsletterSender {

    private static final Logger LOG = Logger.getLogger(NewsletterSender.class.getName());

    /** Batches per issue and poll: the outbox fills steadily rather than all at once. */
    static final int BATCHES_PER_POLL = 20;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "site.newsletter.poll-seconds", defaultValue = "5")
    int pollSeconds;

    @Inject
    NewsletterSending sending;

    /** Starts polling; called once the schema is up to date. */
    public void start() {
        if (timers.getTimers().isEmpty()) {
            timers.createIntervalTimer(
                    0, Math.max(1, pollSeconds) * 1000L, new TimerConfig("newsletter batches", false));
        }
    }

    @Timeout
    void sendBatches() {
        try {
            for (Long issueId : sending.sending()) {
                sendSome(issueId);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending newsletter batches failed; trying again at the next poll", e);
        }
    }

    private void sendSome(long issueId) {
        try {
            for (int batch = 0; batch < BATCHES_PER_POLL; batch++) {
                if (sending.sendNextBatch(issueId) == 0) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            // The failed batch left nothing behind; its recipients are in the next one.
            LOG.log(Level.WARNING, "A batch of newsletter issue " + issueId + " failed; it is tried again", e);
        }
    }
}
