package nl.kompas.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many searches one address may make: {@code site.search.max-per-minute}, as a bucket that
 * holds a minute's worth and refills steadily, so a visitor never notices it and a bot that knocks
 * hundreds of times a minute gets a 429. Only searches count; the empty search form does not.
 * Buckets of addresses that stopped searching are forgotten after a few minutes, and there are at
 * most {@value #MAX_ADDRESSES} of them at a time.
 */
@ApplicationScoped
public class SearchRateLimit {

    private static final int MAX_ADDRESSES = 100_000;

    @Inject
    @ConfigProperty(name = "site.search.max-per-minute", defaultValue = "60")
    int maxPerMinute;

    private final LongSupplier nanoClock;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(3))
            .maximumSize(MAX_ADDRESSES)
            .build();

    public SearchRateLimit() {
        this.nanoClock = System::nanoTime;
    }

    SearchRateLimit(int maxPerMinute, LongSupplier nanoClock) {
        this.maxPerMinute = maxPerMinute;
        this.nanoClock = nanoClock;
    }

    /** Takes one search from this address's budget: 0 when it may search, else the seconds to wait. */
    public long secondsToWait(String address) {
        if (maxPerMinute <= 0) {
            return 0;
        }
        Bucket bucket = buckets.get(address, key -> new Bucket(maxPerMinute, nanoClock.getAsLong()));
        return bucket.take(maxPerMinute, nanoClock.getAsLong());
    }

    private static final class Bucket {
        private double searches;
        private long updated;

        Bucket(int capacity, long now) {
            searches = capacity;
            updated = now;
        }

        synchronized long take(int perMinute, long now) {
            double perNano = perMinute / 60e9;
            searches = Math.min(perMinute, searches + (now - updated) * perNano);
            updated = now;
            if (searches >= 1) {
                searches -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - searches) / perNano / 1e9);
        }
    }
}
