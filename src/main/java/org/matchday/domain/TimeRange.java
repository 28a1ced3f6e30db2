package org.matchday.domain;

import java.time.LocalTime;

/** A half-open range of local times on one day, such as a pause in a session. */
public record TimeRange(LocalTime start, LocalTime end) {

    public boolean overlaps(LocalTime otherStart, LocalTime otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }

    public boolean contains(LocalTime otherStart, LocalTime otherEnd) {
        return !otherStart.isBefore(start) && !otherEnd.isAfter(end);
    }
}
