package org.matchday.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** One meeting-long slot of a session, derived from the session's settings and never stored. */
public record Timeslot(String session, int index, LocalDate date, LocalTime start, LocalTime end) {

    public LocalDateTime startDateTime() {
        return date.atTime(start);
    }

    public LocalDateTime endDateTime() {
        return date.atTime(end);
    }
}
