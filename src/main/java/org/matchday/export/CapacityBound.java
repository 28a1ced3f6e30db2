package org.matchday.export;

import java.util.OptionalLong;

/**
 * The highest priority sum any schedule of an event could reach (an upper bound computed before solving),
 * so that statistics can say how close the schedule comes to it. Called outside any transaction: an
 * implementation that reads the database opens its own.
 */
public interface CapacityBound {

    /** The bound for the event's current requests, or empty when it is not known. */
    OptionalLong maxPrioritySum(long eventId);
}
