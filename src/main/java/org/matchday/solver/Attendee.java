package org.matchday.solver;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

import java.util.BitSet;

/**
 * A participant as the solver sees it: when it can meet, how often, at which table if it never moves, and how many
 * meetings the fairness minimum owes it.
 */
public final class Attendee {

    @PlanningId
    private final Long id;
    private final String code;
    private final String name;
    private final BitSet availableSlots;
    private final Integer maxMeetings;
    private final Table fixedTable;
    private final int fairShare;
    private final boolean needsEveryMeeting;

    /**
     * @param availableSlots indexes of the slots lying entirely inside one of its availability windows, or null
     *        when it can meet in every slot
     * @param maxMeetings cap on its meetings, or null for none
     * @param fixedTable the table it never leaves, or null
     * @param fairShare meetings the fairness minimum owes it: min(k, what its requests allow), 0 for none
     *        ({@link org.matchday.mapping.FairShares})
     * @param needsEveryMeeting owed meetings, and none of its meetings that can take place to spare
     */
    public Attendee(long id, String code, String name, BitSet availableSlots, Integer maxMeetings, Table fixedTable,
            int fairShare, boolean needsEveryMeeting) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.availableSlots = availableSlots;
        this.maxMeetings = maxMeetings;
        this.fixedTable = fixedTable;
        this.fairShare = fairShare;
        this.needsEveryMeeting = needsEveryMeeting;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Integer maxMeetings() {
        return maxMeetings;
    }

    public Table fixedTable() {
        return fixedTable;
    }

    public int fairShare() {
        return fairShare;
    }

    /** Each of its meetings that can take place is needed for its fair share. */
    public boolean needsEveryMeeting() {
        return needsEveryMeeting;
    }

    public boolean isAvailable(Slot slot) {
        return availableSlots == null || availableSlots.get(slot.index());
    }

    /** "Name (code)", as organisers read it in explanations. */
    public String label() {
        return label(name, code);
    }

    public static String label(String name, String code) {
        return name + " (" + code + ")";
    }

    @Override
    public String toString() {
        return code;
    }
}
