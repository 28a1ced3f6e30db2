package org.matchday.config;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: the system's until a test sets "now", so that what the event day does at a
 * given time of the sample's afternoon can be tested years later. Replaces {@link Clocks}' default bean.
 */
@Singleton
public class SettableClock extends Clock {

    private volatile Instant fixed;

    /** From now on the application's "now" is {@code instant}, until {@link #reset()}. */
    public void set(Instant instant) {
        this.fixed = instant;
    }

    /** Back to the system's time. */
    public void reset() {
        this.fixed = null;
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The application reads instants and converts them itself.");
    }
}
