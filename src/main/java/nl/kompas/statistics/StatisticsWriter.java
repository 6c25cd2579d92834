package nl.kompas.statistics;

import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.kompas.platform.SiteConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the counted views to the database every {@code site.statistics.flush-seconds}, and once
 * more when the site stops, so a page view costs no database write of its own. A batch that cannot
 * be written is kept for the next. An EJB timer, as for {@code ScheduledPublisher}: its callbacks
 * run in a clean container context. One at a time: the singleton's lock serialises the writes.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatisticsWriter {

    private static final Logger LOG = Logger.getLogger(StatisticsWriter.class.getName());

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "site.statistics.flush-seconds", defaultValue = "60")
    int flushSeconds;

    @Inject
    ViewCounts counts;

    @Inject
    StatisticsStore store;

    @Inject
    SiteConfig site;

    /** Starts the timer; called once the schema is up to date. */
    public void start() {
        if (timers.getTimers().isEmpty()) {
            long millis = Math.max(1, flushSeconds) * 1000L;
            timers.createIntervalTimer(millis, millis, new TimerConfig("visitor statistics", false));
            LOG.info(() -> "Visitor statistics are written every " + millis / 1000 + " s");
        }
    }

    /** Writes what was counted since the last write. Never throws: what fails is kept for the next. */
    @Timeout
    public void write() {
        ViewCounts.Tally tally = counts.take(LocalDate.now(site.getTimeZone()));
        if (tally.isEmpty()) {
            return;
        }
        try {
            store.add(tally);
        } catch (RuntimeException e) {
            counts.putBack(tally);
            LOG.log(Level.WARNING, "Visitor statistics could not be written; trying again with the next batch", e);
        }
    }
}
