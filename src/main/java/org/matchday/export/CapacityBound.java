package org.matchday.export;

import java.util.OptionalInt;

/**
 * The most meetings any schedule of an event could hold, so that statistics can say how close a schedule
 * comes to it. Called outside any transaction: an implementation that reads the database opens its own.
 */
public interface CapacityBound {

    /** The bound for the event's current requests, or empty when it is not known. */
    OptionalInt maxMeetings(long eventId);
}
