package org.matchday.domain;

import java.time.LocalTime;

/** A stretch of one session in which a participant can meet. */
public record AvailabilityWindow(String session, LocalTime from, LocalTime to) {

    /** A slot is covered only when it lies entirely inside the window. */
    public boolean covers(Timeslot slot) {
        return session.equals(slot.session()) && !slot.start().isBefore(from) && !slot.end().isAfter(to);
    }
}
