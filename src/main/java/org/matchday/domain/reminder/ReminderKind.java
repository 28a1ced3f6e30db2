package org.matchday.domain.reminder;

/** What a reminder is about; each kind is sent at most once per participant, wish and day. */
public enum ReminderKind {
    /** The next day's agenda, the evening before. */
    AGENDA,
    /** A participant who has not asked anyone to meet yet. */
    NO_WISH,
    /** A wish waiting for its receiver's answer. */
    UNANSWERED,
    /** A wish that expired unanswered, told to one of its two sides. */
    EXPIRED
}
