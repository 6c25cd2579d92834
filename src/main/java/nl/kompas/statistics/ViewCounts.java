package nl.kompas.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

/**
 * The page views and referrals counted since the last write, in memory. Counting is an increment
 * of a {@link LongAdder}, which threads serving pages at the same moment do not contend for; the
 * {@link StatisticsWriter} takes the counts in batches.
 *
 * <p>Bounded: a day holds at most {@value #MAX_PAGES} pages and {@value #MAX_REFERRERS} referring
 * domains between two writes. Only routed pages that answered 200 or 304 are counted, so the pages
 * are the site's own; referrers are what visitors (or anyone) send, and beyond the bound they are
 * dropped rather than let a flood of made-up domains fill the memory.
 */
@ApplicationScoped
public class ViewCounts {

    private static final Logger LOG = Logger.getLogger(ViewCounts.class.getName());

    static final int MAX_PAGES = 20_000;
    static final int MAX_REFERRERS = 2_000;

    /** One count: a page's path or a referring domain, on one day. */
    public record Key(LocalDate day, String name) {}

    /** What was counted between two writes. */
    public record Tally(Map<Key, Long> pages, Map<Key, Long> referrers) {
        public boolean isEmpty() {
            return pages.isEmpty() && referrers.isEmpty();
        }
    }

    private final ConcurrentMap<Key, LongAdder> pages = new ConcurrentHashMap<>();
    private final ConcurrentMap<Key, LongAdder> referrers = new ConcurrentHashMap<>();
    private final LongAdder dropped = new LongAdder();

    /** Counts one view of a page, and the domain the visitor came from when that is another site. */
    public void record(LocalDate day, String path, String referrerDomain) {
        add(pages, new Key(day, path), MAX_PAGES);
        if (referrerDomain != null) {
            add(referrers, new Key(day, referrerDomain), MAX_REFERRERS);
        }
    }

    private void add(ConcurrentMap<Key, LongAdder> counts, Key key, int max) {
        LongAdder count = counts.get(key);
        if (count == null) {
            if (counts.size() >= max) {
                dropped.increment();
                return;
            }
            count = counts.computeIfAbsent(key, k -> new LongAdder());
        }
        count.increment();
    }

    /**
     * Takes everything counted so far, leaving zero. Today's counters stay in place for the next
     * views (taking them is a reset, not a removal, so no increment in between is lost); earlier
     * days' counters are removed, as nothing counts on them any more.
     */
    public Tally take(LocalDate today) {
        long lost = dropped.sumThenReset();
        if (lost > 0) {
            LOG.warning(lost + " page views or referrals were not counted: too many different pages or domains");
        }
        return new Tally(take(pages, today), take(referrers, today));
    }

    private static Map<Key, Long> take(ConcurrentMap<Key, LongAdder> counts, LocalDate today) {
        Map<Key, Long> taken = new HashMap<>();
        for (Map.Entry<Key, LongAdder> entry : counts.entrySet()) {
            long count = entry.getValue().sumThenReset();
            if (entry.getKey().day().isBefore(today)) {
                counts.remove(entry.getKey(), entry.getValue());
                count += entry.getValue().sumThenReset();
            }
            if (count > 0) {
                taken.put(entry.getKey(), count);
            }
        }
        return taken;
    }

    /** Puts counts back that could not be written, to be written with the next batch. */
    public void putBack(Tally tally) {
        tally.pages()
                .forEach((key, count) ->
                        pages.computeIfAbsent(key, k -> new LongAdder()).add(count));
        tally.referrers()
                .forEach((key, count) ->
                        referrers.computeIfAbsent(key, k -> new LongAdder()).add(count));
    }
}
