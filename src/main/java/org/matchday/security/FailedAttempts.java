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
 * Failed logins and token guesses per client address over the last minute. Past the limit, the address is
 * refused (429) until its oldest failure in the window is a minute old: guessing a password or a 128-bit token
 * then takes longer than anyone has.
 */
@ApplicationScoped
public class FailedAttempts {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    /** Addresses kept at most, so that a flood of spoofed ones cannot fill the memory. */
    private static final int MAX_ADDRESSES = 100_000;

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

    /** @throws TooManyAttemptsException when the address used up its failures of the last minute */
    public void checkAllowed(String address) {
        Deque<Instant> recent = failures.get(address);
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

    public void recordFailure(String address) {
        if (failures.size() >= MAX_ADDRESSES) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), clock.instant());
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
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
