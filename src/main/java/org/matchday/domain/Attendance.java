package org.matchday.domain;

/** A participant who will not, or did not, come: its meetings are taken out of the timetable. */
public enum Attendance {
    /** The participant cancelled before the event. */
    CANCELLED,
    /** Marked on the day by an organiser or staff: the participant did not come. */
    NO_SHOW
}
