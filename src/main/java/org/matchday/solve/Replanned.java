package org.matchday.solve;

import java.time.LocalDateTime;

/**
 * A re-plan of the rest of the day has ended and its schedule is saved: later features carry it on (publication
 * publishes it when the event is published). Fired synchronously on the solver's thread.
 *
 * @param from the moment of the day the re-plan started from, in the event's local time
 */
public record Replanned(long eventId, LocalDateTime from) {
}
