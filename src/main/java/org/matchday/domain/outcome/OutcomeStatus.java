package org.matchday.domain.outcome;

/** What came of a meeting, as one side answered the follow-up survey. */
public enum OutcomeStatus {
    NONE,
    IN_PROGRESS,
    AGREEMENT
}
