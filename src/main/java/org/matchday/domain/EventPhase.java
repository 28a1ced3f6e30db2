package org.matchday.domain;

import java.util.Set;

/**
 * Where an event stands, set by its organisers. Each participant action is allowed only in the phases where it makes
 * sense; an organiser may move the event to any phase, back included, unless the move is refused for a reason.
 */
public enum EventPhase {
    /** Being set up; participants are not invited yet. */
    DRAFT,
    /** Participants complete their profiles and availability. */
    REGISTRATION,
    /** Participants send, withdraw and answer wishes. */
    WISHES_OPEN,
    /** No more wishes; the organiser schedules. */
    WISHES_CLOSED,
    /** A timetable exists and is being adjusted. */
    SCHEDULED,
    /** The timetable is published to participants. */
    PUBLISHED,
    /** The event is over. */
    CLOSED;

    private static final Set<EventPhase> PROFILE_EDITS = Set.of(DRAFT, REGISTRATION, WISHES_OPEN, WISHES_CLOSED,
            SCHEDULED, PUBLISHED);
    private static final Set<EventPhase> GROUP_EDITS = Set.of(DRAFT, REGISTRATION);

    /** Wishes are sent, withdrawn and answered while wishes are open, or after publication if late wishes are on. */
    public boolean allowsWishes(boolean lateWishes) {
        return this == WISHES_OPEN || this == PUBLISHED && lateWishes;
    }

    public boolean allowsProfileEdits() {
        return PROFILE_EDITS.contains(this);
    }

    /** The group decides whom one may ask: it changes only before wishes open. */
    public boolean allowsGroupChanges() {
        return GROUP_EDITS.contains(this);
    }

    /** Availability shapes the timetable: it changes only until wishes close. */
    public boolean allowsAvailabilityEdits() {
        return this == DRAFT || this == REGISTRATION || this == WISHES_OPEN;
    }

    /** Cancellations come once there is a timetable to cancel from. */
    public boolean allowsCancellations() {
        return this == SCHEDULED || this == PUBLISHED;
    }
}
