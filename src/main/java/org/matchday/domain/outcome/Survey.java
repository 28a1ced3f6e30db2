package org.matchday.domain.outcome;

/** The two mails that ask participants about their meetings. */
public enum Survey {
    /** Right after the event: did each meeting take place, how was it. */
    FEEDBACK,
    /** Months later: what came of the meetings that had interest. */
    FOLLOW_UP
}
