package nl.kompas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A minute's worth of searches at once, then one a second; each address on its own. */
class SearchRateLimitTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final SearchRateLimit limit = new SearchRateLimit(60, now::get);

    @Test
    void aMinutesWorthAtOnceThenOneASecond() {
        for (int i = 0; i < 60; i++) {
            assertEquals(0, limit.secondsToWait("192.0.2.1"), "search " + (i + 1));
        }
        long wait = limit.secondsToWait("192.0.2.1");
        assertEquals(1, wait, "the 61st waits a second");
        assertTrue(limit.secondsToWait("192.0.2.1") >= 1, "and refused searches do not help");

        now.addAndGet(1_000_000_000L);
        assertEquals(0, limit.secondsToWait("192.0.2.1"), "a second later one more");
        assertEquals(1, limit.secondsToWait("192.0.2.1"));

        now.addAndGet(3_600_000_000_000L);
        for (int i = 0; i < 60; i++) {
            assertEquals(0, limit.secondsToWait("192.0.2.1"), "an hour later the bucket is full again, not fuller");
        }
        assertEquals(1, limit.secondsToWait("192.0.2.1"));
    }

    @Test
    void everyAddressHasItsOwnBudget() {
        for (int i = 0; i < 60; i++) {
            limit.secondsToWait("192.0.2.1");
        }
        assertTrue(limit.secondsToWait("192.0.2.1") > 0);
        assertEquals(0, limit.secondsToWait("192.0.2.2"));
        assertEquals(0, limit.secondsToWait("2001:db8::1"));
    }

    @Test
    void zeroTurnsTheLimitOff() {
        SearchRateLimit off = new SearchRateLimit(0, now::get);
        for (int i = 0; i < 1000; i++) {
            assertEquals(0, off.secondsToWait("192.0.2.1"));
        }
    }
}
