package org.matchday.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.matchday.config.MatchdayConfig;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failures over the last minute, per key: an account at a client address for passwords ({@link PasswordCheck}), a
 * client address for wrong tokens. Past the limit, that key is refused (429) until its oldest failure in the window
 * is a minute old: guessing a password or a 256-bit token then takes longer than anyone has.
 */
@ApplicationScoped
public class FailedAttempts {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    /** Keys kept at most, so that a flood of spoofed addresses or names cannot fill the memory. */
    private static final int MAX_KEYS = 100_000;

    private final int limit;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Inject
    public FailedAttempts(MatchdayConfig config) {
        this(config.security().failuresPerMinute(), Clock.systemUTC());
    }

    FailedAttempts(int limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /** @throws TooManyAttemptsException when the key used up its failures of the last minute */
    public void checkAllowed(String key) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return;
        }
        synchronized (recent) {
            Instant now = clock.instant();
            prune(recent, now);
            if (recent.size() >= limit) {
                long wait = Duration.between(now, recent.peekFirst().plus(WINDOW)).toSeconds() + 1;
                throw new TooManyAttemptsException(wait);
            }
        }
    }

    public void recordFailure(String key) {
        if (failures.size() >= MAX_KEYS) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), clock.instant());
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
        }
    }

    private static void prune(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
            recent.removeFirst();
        }
    }
}
