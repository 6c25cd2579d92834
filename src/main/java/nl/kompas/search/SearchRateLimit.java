package nl.kompas.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.LongSupplier;
import nl.kompas.platform.web.RateLimit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many searches one address may make: {@code site.search.max-per-minute}, as a
 * {@link RateLimit} that holds a minute's worth and refills steadily, so a visitor never notices it
 * and a bot that knocks hundreds of times a minute gets a 429. Only searches count; the empty search
 * form does not.
 */
@ApplicationScoped
public class SearchRateLimit {

    @Inject
    @ConfigProperty(name = "site.search.max-per-minute", defaultValue = "60")
    int maxPerMinute;

    private final LongSupplier nanoClock;
    private volatile RateLimit limit;

    public SearchRateLimit() {
        this.nanoClock = System::nanoTime;
    }

    SearchRateLimit(int maxPerMinute, LongSupplier nanoClock) {
        this.maxPerMinute = maxPerMinute;
        this.nanoClock = nanoClock;
    }

    /** Takes one search from this address's budget: 0 when it may search, else the seconds to wait. */
    public long secondsToWait(String address) {
        RateLimit current = limit;
        if (current == null) {
            synchronized (this) {
                if (limit == null) {
                    limit = new RateLimit(maxPerMinute, Duration.ofMinutes(1), nanoClock);
                }
                current = limit;
            }
        }
        return current.secondsToWait(address);
    }
}
