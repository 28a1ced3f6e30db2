package org.matchday.event;

import org.matchday.domain.Event;
import org.matchday.domain.EventPhase;

/** What the event pages show above their content: which event, and its phase. */
public record EventHeading(long id, String name, EventPhase phase, String timezone) {

    public static EventHeading of(Event event) {
        return new EventHeading(event.id, event.name, event.phase, event.timezone);
    }

    public static EventHeading of(EventSummary summary) {
        return new EventHeading(summary.id(), summary.name(), summary.phase(), summary.timezone());
    }
}
