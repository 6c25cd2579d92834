package nl.kompas.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Refuses logins for a while after repeated failures: after {@value #MAX_FAILURES} failed logins
 * for one e-mail address, or from one client address, within {@link #WINDOW}, every login for that
 * address or from that client is refused for {@link #LOCK}, even with the right password. Unknown
 * addresses are counted like known ones, so the lock says nothing about which accounts exist.
 *
 * <p>Kept in memory, not in the database: the site runs as one instance, a lock only has to outlive
 * an attack of minutes, and a flood of failed logins must not become a flood of database writes. A
 * restart forgets the counts, which an attacker cannot cause from outside. Each map is bounded, so
 * that logins with random addresses cannot fill the memory; when full, the entries least recently
 * touched go first.
 */
@ApplicationScoped
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    private static final int MAX_TRACKED = 10_000;

    private final Clock clock;
    private final Cache<String, Failures> byAccount = tracker();
    private final Cache<String, Failures> byClient = tracker();

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether logins for this address, or from this client, are refused at the moment. */
    public boolean isLocked(String email, String client) {
        Instant now = clock.instant();
        return locked(byAccount, Account.normalizedEmail(email), now) || locked(byClient, client, now);
    }

    /** Counts a failed login against the address and the client. */
    public void failed(String email, String client) {
        Instant now = clock.instant();
        byAccount.asMap().compute(Account.normalizedEmail(email), (key, failures) -> count(failures, now));
        byClient.asMap().compute(client, (key, failures) -> count(failures, now));
    }

    /**
     * Forgets the address's failures after a successful login. The client's failures stay: one
     * right password from an address does not excuse its guesses at others.
     */
    public void succeeded(String email) {
        byAccount.invalidate(Account.normalizedEmail(email));
    }

    private boolean locked(Cache<String, Failures> tracker, String key, Instant now) {
        Failures failures = tracker.getIfPresent(key);
        return failures != null && failures.lockedUntil != null && now.isBefore(failures.lockedUntil);
    }

    private static Failures count(Failures failures, Instant now) {
        Failures counted = failures == null ? new Failures() : failures;
        if (counted.lockedUntil != null && !now.isBefore(counted.lockedUntil)) {
            counted.lockedUntil = null;
        }
        while (!counted.times.isEmpty() && !counted.times.peekFirst().isAfter(now.minus(WINDOW))) {
            counted.times.removeFirst();
        }
        counted.times.addLast(now);
        if (counted.times.size() >= MAX_FAILURES) {
            counted.lockedUntil = now.plus(LOCK);
            counted.times.clear();
        }
        return counted;
    }

    private static Cache<String, Failures> tracker() {
        return Caffeine.newBuilder()
                .maximumSize(MAX_TRACKED)
                // Past a window and a lock nothing of an entry matters any more.
                .expireAfterWrite(WINDOW.plus(LOCK))
                .build();
    }

    /** The recent failures of one key, changed only inside the map's compute. */
    private static final class Failures {
        final Deque<Instant> times = new ArrayDeque<>();
        volatile Instant lockedUntil;
    }
}
