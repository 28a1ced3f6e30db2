package org.matchday.domain;

/** Where a meeting request stands. Only accepted requests are scheduled. */
public enum RequestStatus {
    /** Asked, not yet answered by the receiver. */
    PENDING,
    ACCEPTED,
    DECLINED,
    CANCELLED;

    public boolean isSchedulable() {
        return this == ACCEPTED;
    }
}
