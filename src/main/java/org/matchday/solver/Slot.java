package org.matchday.solver;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

import java.time.LocalDateTime;

/**
 * One timeslot of the event as the solver sees it: a position in the event and in its day, so that overlaps
 * and idle breaks are integer comparisons. Slots of an event never overlap (sessions cannot overlap).
 */
public final class Slot {

    @PlanningId
    private final Integer index;
    private final int day;
    private final int indexInDay;
    private final String session;
    private final LocalDateTime start;
    private final LocalDateTime end;
    private final int freeTables;

    /**
     * @param index position among all slots of the event, in time order
     * @param day position of the slot's date among the event's dates
     * @param indexInDay position among the slots of the same date: pauses and gaps between slots are not slots
     * @param freeTables tables that are nobody's fixed table, where meetings without a host can take place
     */
    public Slot(int index, int day, int indexInDay, String session, LocalDateTime start, LocalDateTime end,
            int freeTables) {
        this.index = index;
        this.day = day;
        this.indexInDay = indexInDay;
        this.session = session;
        this.start = start;
        this.end = end;
        this.freeTables = freeTables;
    }

    public int index() {
        return index;
    }

    public int day() {
        return day;
    }

    public int indexInDay() {
        return indexInDay;
    }

    public String session() {
        return session;
    }

    public LocalDateTime start() {
        return start;
    }

    public LocalDateTime end() {
        return end;
    }

    public int freeTables() {
        return freeTables;
    }

    @Override
    public String toString() {
        return session + "@" + start;
    }
}
