package nl.kompas.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-23T09:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        void pass(Duration duration) {
            now = now.plus(duration);
        }
    }

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveFailuresForOneAddressLockItFromEveryClientForFifteenMinutes() {
        for (int i = 1; i <= 4; i++) {
            throttle.failed("anne@koersvast.example", "10.0.0." + i);
        }
        assertFalse(throttle.isLocked("anne@koersvast.example", "10.0.0.9"), "four failures lock nothing");
        throttle.failed("Anne@Koersvast.example ", "10.0.0.5");
        assertTrue(
                throttle.isLocked("anne@koersvast.example", "10.0.0.9"),
                "the fifth failure, however the address is written, locks the address everywhere");
        assertFalse(throttle.isLocked("bram@koersvast.example", "10.0.0.9"), "another address from another client");

        clock.pass(Duration.ofMinutes(14));
        assertTrue(throttle.isLocked("anne@koersvast.example", "10.0.0.9"));
        clock.pass(Duration.ofMinutes(1));
        assertFalse(throttle.isLocked("anne@koersvast.example", "10.0.0.9"), "the lock ends after 15 minutes");
    }

    @Test
    void fiveFailuresFromOneClientLockItForEveryAddress() {
        for (int i = 1; i <= 5; i++) {
            throttle.failed("gok" + i + "@koersvast.example", "192.0.2.7");
        }
        assertTrue(throttle.isLocked("anne@koersvast.example", "192.0.2.7"), "any address from that client");
        assertFalse(throttle.isLocked("anne@koersvast.example", "192.0.2.8"), "the same address from elsewhere");
    }

    @Test
    void onlyFailuresWithinFifteenMinutesCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("anne@koersvast.example", "10.0.0.1");
        }
        clock.pass(Duration.ofMinutes(16));
        for (int i = 0; i < 4; i++) {
            throttle.failed("anne@koersvast.example", "10.0.0.2");
        }
        assertFalse(
                throttle.isLocked("anne@koersvast.example", "10.0.0.3"),
                "eight failures, but only four of them within the last 15 minutes");
        throttle.failed("anne@koersvast.example", "10.0.0.2");
        assertTrue(throttle.isLocked("anne@koersvast.example", "10.0.0.3"));
    }

    @Test
    void aSuccessfulLoginForgetsTheAddressesFailuresButNotTheClients() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("anne@koersvast.example", "10.0.0.1");
        }
        throttle.succeeded("anne@koersvast.example");
        throttle.failed("anne@koersvast.example", "10.0.0.2");
        assertFalse(throttle.isLocked("anne@koersvast.example", "10.0.0.3"), "the count of the address began again");
        throttle.failed("bram@koersvast.example", "10.0.0.1");
        assertTrue(throttle.isLocked("bram@koersvast.example", "10.0.0.1"), "the client's five failures still count");
    }
}
