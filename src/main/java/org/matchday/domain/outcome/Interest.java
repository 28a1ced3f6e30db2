package org.matchday.domain.outcome;

/** What one side of a meeting expects to come of it, as it answered right after the meeting. */
public enum Interest {
    NONE,
    FOLLOW_UP,
    COOPERATION_LIKELY;

    /** Whether the answer asks for the follow-up survey months later. */
    public boolean wantsFollowUp() {
        return this != NONE;
    }
}
