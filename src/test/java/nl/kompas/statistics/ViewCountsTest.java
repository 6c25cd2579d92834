package nl.kompas.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ViewCountsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void takesWhatWasCountedAndStartsAgainFromZero() {
        ViewCounts counts = new ViewCounts();
        counts.record(TODAY, "/artikelen/x", "linkedin.com");
        counts.record(TODAY, "/artikelen/x", null);
        counts.record(TODAY, "/cases/y", "linkedin.com");

        ViewCounts.Tally first = counts.take(TODAY);
        assertEquals(
                Map.of(new ViewCounts.Key(TODAY, "/artikelen/x"), 2L, new ViewCounts.Key(TODAY, "/cases/y"), 1L),
                first.pages());
        assertEquals(Map.of(new ViewCounts.Key(TODAY, "linkedin.com"), 2L), first.referrers());
        assertTrue(counts.take(TODAY).isEmpty(), "each view is written once");
    }

    @Test
    void aBatchThatCouldNotBeWrittenComesBackWithTheNext() {
        ViewCounts counts = new ViewCounts();
        counts.record(TODAY.minusDays(1), "/", null);
        ViewCounts.Tally failed = counts.take(TODAY);
        counts.record(TODAY, "/", null);
        counts.putBack(failed);

        assertEquals(
                Map.of(new ViewCounts.Key(TODAY.minusDays(1), "/"), 1L, new ViewCounts.Key(TODAY, "/"), 1L),
                counts.take(TODAY).pages());
    }

    @Test
    void noViewIsLostWhileThreadsCountAndTheWriterTakes() throws Exception {
        ViewCounts counts = new ViewCounts();
        ExecutorService visitors = Executors.newFixedThreadPool(4);
        int perThread = 50_000;
        for (int t = 0; t < 4; t++) {
            visitors.execute(() -> {
                for (int i = 0; i < perThread; i++) {
                    counts.record(TODAY, "/", null);
                }
            });
        }
        long taken = 0;
        while (!visitors.isTerminated()) {
            visitors.shutdown();
            taken += counts.take(TODAY).pages().values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            visitors.awaitTermination(1, TimeUnit.MILLISECONDS);
        }
        taken += counts.take(TODAY).pages().values().stream()
                .mapToLong(Long::longValue)
                .sum();
        assertEquals(4L * perThread, taken);
    }

    @Test
    void madeUpReferrersCannotFillTheMemory() {
        ViewCounts counts = new ViewCounts();
        for (int i = 0; i < ViewCounts.MAX_REFERRERS + 500; i++) {
            counts.record(TODAY, "/", "spam" + i + ".example");
        }
        ViewCounts.Tally tally = counts.take(TODAY);
        assertEquals(ViewCounts.MAX_REFERRERS, tally.referrers().size());
        assertEquals(ViewCounts.MAX_REFERRERS + 500L, tally.pages().get(new ViewCounts.Key(TODAY, "/")));
    }
}
