package nl.kompas.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * How often one client (an address) may do something: a bucket that holds {@code capacity} uses and
 * refills steadily, {@code capacity} per {@code period}, so a person never notices it and a bot that
 * knocks hundreds of times gets told to wait. Buckets of clients that stopped are forgotten after
 * the period (and a few minutes), and there are at most {@value #MAX_CLIENTS} of them at a time.
 * Search (per minute) and the public forms' spam guard (per hour) each keep one.
 */
public final class RateLimit {

    private static final int MAX_CLIENTS = 100_000;

    private final int capacity;
    private final double perNano;
    private final LongSupplier nanoClock;
    private final Cache<String, Bucket> buckets;

    /** A limit of 0 or less lets everything through. */
    public RateLimit(int capacity, Duration period, LongSupplier nanoClock) {
        this.capacity = capacity;
        this.perNano = capacity / (double) period.toNanos();
        this.nanoClock = nanoClock;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(period.plusMinutes(3))
                .maximumSize(MAX_CLIENTS)
                .build();
    }

    /** Takes one use from this client's budget: 0 when it may go ahead, else the seconds to wait. */
    public long secondsToWait(String client) {
        if (capacity <= 0) {
            return 0;
        }
        Bucket bucket = buckets.get(client, key -> new Bucket(capacity, nanoClock.getAsLong()));
        return bucket.take(capacity, perNano, nanoClock.getAsLong());
    }

    private static final class Bucket {
        private double uses;
        private long updated;

        Bucket(int capacity, long now) {
            uses = capacity;
            updated = now;
        }

        synchronized long take(int capacity, double perNano, long now) {
            uses = Math.min(capacity, uses + (now - updated) * perNano);
            updated = now;
            if (uses >= 1) {
                uses -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - uses) / perNano / 1e9);
        }
    }
}
