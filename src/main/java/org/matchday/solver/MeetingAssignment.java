package org.matchday.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The meeting of one pair of participants (one stored meeting row): the solver gives it a slot or leaves it
 * unassigned. Its table is not planned: a meeting with a host sits at the host's fixed table, and the others
 * share the free tables, counted per slot while solving and handed out afterwards by {@link TableAssigner}.
 */
@PlanningEntity(comparatorClass = MeetingDifficulty.class)
public class MeetingAssignment {

    public static final String SLOT = "slot";

    @PlanningId
    private Long id;
    private Attendee a;
    private Attendee b;
    private List<Attendee> attendees;
    private int priority;
    private boolean mutual;
    private Set<String> allowedSessions;
    private List<Slot> candidateSlots;
    private BitSet candidateIndexes;
    private Slot publishedSlot;
    private Table publishedTable;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "candidateSlots", allowsUnassigned = true)
    private Slot slot;

    /** A table set explicitly (pinned, moved by hand, or handed out after solving); null lets the rules decide. */
    private Table table;

    public MeetingAssignment() {
    }

    /**
     * @param priority the highest priority among the pair's accepted requests
     * @param mutual whether each of the two asked to meet the other
     * @param allowedSessions codes of the sessions the meeting may take place in, or null for any session
     * @param candidateSlots the slots in the allowed sessions where both are available, in time order: the
     *        solver only tries these
     */
    public MeetingAssignment(long id, Attendee a, Attendee b, int priority, boolean mutual,
            Set<String> allowedSessions, List<Slot> candidateSlots) {
        this.id = id;
        this.a = a;
        this.b = b;
        this.attendees = List.of(a, b);
        this.priority = priority;
        this.mutual = mutual;
        this.allowedSessions = allowedSessions == null ? null : Set.copyOf(allowedSessions);
        this.candidateSlots = List.copyOf(candidateSlots);
        this.candidateIndexes = new BitSet();
        candidateSlots.forEach(s -> candidateIndexes.set(s.index()));
    }

    /** A copy for a planning clone: the same problem facts, its own planning state. */
    MeetingAssignment copy() {
        MeetingAssignment copy = new MeetingAssignment();
        copy.id = id;
        copy.a = a;
        copy.b = b;
        copy.attendees = attendees;
        copy.priority = priority;
        copy.mutual = mutual;
        copy.allowedSessions = allowedSessions;
        copy.candidateSlots = candidateSlots;
        copy.candidateIndexes = candidateIndexes;
        copy.publishedSlot = publishedSlot;
        copy.publishedTable = publishedTable;
        copy.pinned = pinned;
        copy.slot = slot;
        copy.table = table;
        return copy;
    }

    public Long getId() {
        return id;
    }

    public Attendee getA() {
        return a;
    }

    public Attendee getB() {
        return b;
    }

    public List<Attendee> attendees() {
        return attendees;
    }

    public int getPriority() {
        return priority;
    }

    public boolean isMutual() {
        return mutual;
    }

    public Set<String> getAllowedSessions() {
        return allowedSessions;
    }

    @ValueRangeProvider(id = "candidateSlots")
    public List<Slot> getCandidateSlots() {
        return candidateSlots;
    }

    public boolean isCandidate(Slot candidate) {
        return candidate == null || candidateIndexes.get(candidate.index());
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Slot getSlot() {
        return slot;
    }

    public void setSlot(Slot slot) {
        this.slot = slot;
    }

    public Table getExplicitTable() {
        return table;
    }

    public void setExplicitTable(Table table) {
        this.table = table;
    }

    public Slot getPublishedSlot() {
        return publishedSlot;
    }

    public Table getPublishedTable() {
        return publishedTable;
    }

    /** Where the meeting stood in the published schedule, so that re-solving can keep it there. */
    public void setPublished(Slot publishedSlot, Table publishedTable) {
        this.publishedSlot = publishedSlot;
        this.publishedTable = publishedTable;
    }

    public boolean isScheduled() {
        return slot != null;
    }

    /** The table the meeting occupies: the explicit one, else the host's fixed table, else none yet. */
    public Table table() {
        return table != null ? table : hostTable();
    }

    /** A's fixed table, else B's: both are allowed when both have one, and A's is the default. */
    public Table hostTable() {
        return a.fixedTable() != null ? a.fixedTable() : b.fixedTable();
    }

    /** Without a host the meeting needs one of the free tables of its slot. */
    public boolean needsFreeTable() {
        return a.fixedTable() == null && b.fixedTable() == null;
    }

    public boolean allowsSession(String session) {
        return allowedSessions == null || allowedSessions.contains(session);
    }

    /** "eu-01 & tw-01", the pair as organisers name it. */
    public String label() {
        return a.code() + " & " + b.code();
    }

    @Override
    public String toString() {
        return label() + (slot == null ? " unscheduled" : " @ " + slot);
    }
}
