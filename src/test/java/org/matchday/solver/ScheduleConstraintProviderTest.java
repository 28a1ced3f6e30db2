package org.matchday.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One test per constraint: when it penalises, by how much and why, and when it stays silent. */
class ScheduleConstraintProviderTest {

    private static final LocalDateTime DAY_ONE = LocalDateTime.of(2026, 3, 10, 9, 0);

    /** Day 0 has slots 0 to 3 (morning 0-1, afternoon 2-3), day 1 has slots 4 and 5; two free tables. */
    private static final List<Slot> SLOTS = List.of(slot(0, 0, 0, "am"), slot(1, 0, 1, "am"), slot(2, 0, 2, "pm"),
            slot(3, 0, 3, "pm"), slot(4, 1, 0, "d2"), slot(5, 1, 1, "d2"));

    private static final Table HOST_TABLE = new Table(1, "T1", "Table 1", 10L, "Host (h)");
    private static final Table OTHER_HOST_TABLE = new Table(2, "T2", "Table 2", 11L, "Other host (h2)");
    private static final Table FREE_TABLE = new Table(3, "T3", "Table 3", null, null);
    private static final Table OTHER_FREE_TABLE = new Table(4, "T4", "Table 4", null, null);

    private final ConstraintVerifier<ScheduleConstraintProvider, Schedule> verifier = ConstraintVerifier.build(
            new ScheduleConstraintProvider(), Schedule.class, MeetingAssignment.class);

    private final Attendee a = attendee(1, "a", null, null);
    private final Attendee b = attendee(2, "b", null, null);
    private final Attendee c = attendee(3, "c", null, null);
    private final Attendee d = attendee(4, "d", null, null);
    private final Attendee e = attendee(5, "e", null, null);
    private final Attendee f = attendee(6, "f", null, null);
    private final Attendee host = new Attendee(10, "h", "Host", null, null, HOST_TABLE, 0, false);
    private final Attendee otherHost = new Attendee(11, "h2", "Other host", null, null, OTHER_HOST_TABLE, 0, false);

    private long nextId = 100;

    // Hard

    @Test
    void participantDoubleBooked() {
        // a is in two meetings at slot 0: one meeting too many.
        verifier.verifyThat(ScheduleConstraintProvider::participantDoubleBooked)
                .given(meeting(a, b, 0), meeting(a, c, 0))
                .penalizesBy(1);
        // Three at once: two too many for a; b, c and d each have one.
        verifier.verifyThat(ScheduleConstraintProvider::participantDoubleBooked)
                .given(meeting(a, b, 0), meeting(a, c, 0), meeting(a, d, 0))
                .penalizesBy(2);
        verifier.verifyThat(ScheduleConstraintProvider::participantDoubleBooked)
                .given(meeting(a, b, 0), meeting(a, c, 1), unscheduled(a, d))
                .hasNoImpact();
    }

    @Test
    void participantDoubleBookedSaysWhoAndWhen() {
        MeetingAssignment first = meeting(a, b, 0);
        MeetingAssignment second = meeting(a, c, 0);
        verifier.verifyThat(ScheduleConstraintProvider::participantDoubleBooked)
                .given(first, second)
                .justifiesWith(new ScheduleJustification.ParticipantDoubleBooked("Participant a (a)", DAY_ONE,
                        List.of("a & b", "a & c")));
    }

    @Test
    void tableDoubleBooked() {
        // Two meetings placed by hand at the same free table in the same slot: one too many there.
        verifier.verifyThat(ScheduleConstraintProvider::tableDoubleBooked)
                .given(meeting(a, b, 0, FREE_TABLE), meeting(c, d, 0, FREE_TABLE))
                .penalizesBy(1);
        // The host's two meetings in one slot both sit at the host's table.
        verifier.verifyThat(ScheduleConstraintProvider::tableDoubleBooked)
                .given(meeting(host, a, 0), meeting(host, b, 0))
                .penalizesBy(1);
        verifier.verifyThat(ScheduleConstraintProvider::tableDoubleBooked)
                .given(meeting(a, b, 0, FREE_TABLE), meeting(c, d, 0, OTHER_FREE_TABLE), meeting(e, f, 1, FREE_TABLE),
                        meeting(host, c, 1), meeting(a, d, 2))
                .hasNoImpact();
    }

    @Test
    void notEnoughFreeTables() {
        // Three meetings without a host in slot 0, two free tables: one meeting has nowhere to sit.
        verifier.verifyThat(ScheduleConstraintProvider::notEnoughFreeTables)
                .given(meeting(a, b, 0), meeting(c, d, 0), meeting(e, f, 0))
                .penalizesBy(1);
        // Meetings with a host sit at the host's table and leave the free tables alone.
        verifier.verifyThat(ScheduleConstraintProvider::notEnoughFreeTables)
                .given(meeting(a, b, 0), meeting(c, d, 0), meeting(host, e, 0), meeting(otherHost, f, 0))
                .hasNoImpact();
    }

    @Test
    void participantUnavailable() {
        Attendee morningOnly = attendee(7, "m", bits(0, 1), null);
        Attendee afternoonOnly = attendee(8, "p", bits(2, 3), null);
        // Slot 2 is outside the morning-only participant's window.
        verifier.verifyThat(ScheduleConstraintProvider::participantUnavailable)
                .given(meeting(morningOnly, a, 2))
                .penalizesBy(1);
        // Slot 4 is outside both windows: both count.
        verifier.verifyThat(ScheduleConstraintProvider::participantUnavailable)
                .given(meeting(morningOnly, afternoonOnly, 4))
                .penalizesBy(2);
        verifier.verifyThat(ScheduleConstraintProvider::participantUnavailable)
                .given(meeting(morningOnly, a, 1), meeting(afternoonOnly, b, 3))
                .hasNoImpact();
    }

    @Test
    void sessionNotAllowed() {
        // The requests allow only the afternoon; slot 0 is in the morning session.
        verifier.verifyThat(ScheduleConstraintProvider::sessionNotAllowed)
                .given(meetingAllowedIn(a, b, 0, Set.of("pm")))
                .penalizesBy(1);
        verifier.verifyThat(ScheduleConstraintProvider::sessionNotAllowed)
                .given(meetingAllowedIn(a, b, 2, Set.of("pm")), meetingAllowedIn(c, d, 0, null))
                .hasNoImpact();
    }

    @Test
    void meetingAwayFromFixedTable() {
        // The host's meeting was put at a free table by hand.
        verifier.verifyThat(ScheduleConstraintProvider::meetingAwayFromFixedTable)
                .given(meeting(host, a, 0, FREE_TABLE))
                .penalizesBy(1);
        // At the host's table, at the other host's table when both host, or left to the rules: all fine.
        verifier.verifyThat(ScheduleConstraintProvider::meetingAwayFromFixedTable)
                .given(meeting(host, a, 0, HOST_TABLE), meeting(host, otherHost, 1, OTHER_HOST_TABLE),
                        meeting(host, b, 2), meeting(a, b, 3, FREE_TABLE))
                .hasNoImpact();
    }

    @Test
    void fixedTableUsedByOthers() {
        // a and b sit at the host's table while the host is not in their meeting.
        verifier.verifyThat(ScheduleConstraintProvider::fixedTableUsedByOthers)
                .given(meeting(a, b, 0, HOST_TABLE))
                .penalizesBy(1);
        verifier.verifyThat(ScheduleConstraintProvider::fixedTableUsedByOthers)
                .given(meeting(host, a, 0, HOST_TABLE), meeting(host, b, 1), meeting(c, d, 0, FREE_TABLE))
                .hasNoImpact();
    }

    @Test
    void tooManyMeetings() {
        Attendee capped = attendee(9, "cap", null, 1);
        // Capped at one meeting, it has three: two too many.
        verifier.verifyThat(ScheduleConstraintProvider::tooManyMeetings)
                .given(meeting(capped, a, 0), meeting(capped, b, 1), meeting(capped, c, 2))
                .penalizesBy(2);
        // Unscheduled meetings do not count against the cap.
        verifier.verifyThat(ScheduleConstraintProvider::tooManyMeetings)
                .given(meeting(capped, a, 0), unscheduled(capped, b), meeting(a, b, 1), meeting(a, c, 2))
                .hasNoImpact();
    }

    // Medium

    @Test
    void tooFewMeetingsIsSilentOnceTheFairShareIsReached() {
        Attendee newcomer = owed(20, "n", null, null, 1);
        Attendee delegation = owed(21, "del", null, null, 2);
        // The newcomer has the one meeting it is owed, the delegation both of its two; a third party's
        // unscheduled meeting does not take anything away from them.
        verifier.verifyThat(ScheduleConstraintProvider::tooFewMeetings)
                .given(newcomer, delegation, a, b, meeting(newcomer, a, 0), meeting(delegation, a, 1),
                        meeting(delegation, b, 2), unscheduled(newcomer, b))
                .hasNoImpact();
    }

    @Test
    void tooFewMeetingsMissedByOne() {
        Attendee newcomer = owed(20, "n", null, null, 1);
        Attendee delegation = owed(21, "del", null, null, 2);
        // The delegation has one of the two meetings it is owed: one short.
        verifier.verifyThat(ScheduleConstraintProvider::tooFewMeetings)
                .given(delegation, a, b, meeting(delegation, a, 1), unscheduled(delegation, b))
                .penalizesBy(1);
        // The newcomer's only meeting is left out: one short, even though it is only one meeting.
        verifier.verifyThat(ScheduleConstraintProvider::tooFewMeetings)
                .given(newcomer, a, unscheduled(newcomer, a), meeting(a, b, 0))
                .penalizesBy(1);
        // Each missing meeting counts: the delegation with none of its two is two short.
        verifier.verifyThat(ScheduleConstraintProvider::tooFewMeetings)
                .given(delegation, a, b, unscheduled(delegation, a), unscheduled(delegation, b))
                .penalizesBy(2);
    }

    @Test
    void tooFewMeetingsIgnoresParticipantsWithoutARequestThatCanTakePlace() {
        // Its only request has no slot both can attend, so FairShares owes it nothing (share 0), and a and b,
        // without requests of their own, are owed nothing either.
        Attendee stranded = owed(22, "s", bits(), null, 0);
        MeetingAssignment impossible = new MeetingAssignment(nextId++, stranded, a, 3, false, null, List.of());
        verifier.verifyThat(ScheduleConstraintProvider::tooFewMeetings)
                .given(stranded, a, b, impossible)
                .hasNoImpact();
    }

    @Test
    void tooFewMeetingsSaysWhoIsShort() {
        Attendee newcomer = owed(20, "n", null, null, 1);
        verifier.verifyThat(ScheduleConstraintProvider::tooFewMeetings)
                .given(newcomer, unscheduled(newcomer, a))
                .justifiesWith(new ScheduleJustification.TooFewMeetings("Participant n (n)", 0, 1));
    }

    @Test
    void requestedMeetingUnscheduled() {
        MeetingAssignment left = unscheduled(a, b);
        MeetingAssignment alsoLeft = new MeetingAssignment(nextId++, c, d, 5, false, null, SLOTS);
        // Priorities 3 and 5 are left out: 8.
        verifier.verifyThat(ScheduleConstraintProvider::requestedMeetingUnscheduled)
                .given(left, alsoLeft, meeting(e, f, 0))
                .penalizesBy(8);
        verifier.verifyThat(ScheduleConstraintProvider::requestedMeetingUnscheduled)
                .given(meeting(a, b, 0))
                .hasNoImpact();
    }

    // Soft

    @Test
    void idleBreak() {
        // a meets at slots 0 and 2: one break (slot 1); b and c have one meeting each.
        verifier.verifyThat(ScheduleConstraintProvider::idleBreak)
                .given(meeting(a, b, 0), meeting(a, c, 2))
                .penalizesBy(1);
        // Slots 0 and 3 leave one break of two slots, which still counts once; slot 4 is on another day.
        verifier.verifyThat(ScheduleConstraintProvider::idleBreak)
                .given(meeting(a, b, 0), meeting(a, c, 3), meeting(a, d, 4))
                .penalizesBy(1);
        // Back to back, across the lunch between sessions (a pause is not a slot), and across days.
        verifier.verifyThat(ScheduleConstraintProvider::idleBreak)
                .given(meeting(a, b, 1), meeting(a, c, 2), meeting(a, d, 3), meeting(a, e, 5))
                .hasNoImpact();
    }

    @Test
    void idleBreakSaysHowLong() {
        verifier.verifyThat(ScheduleConstraintProvider::idleBreak)
                .given(meeting(a, b, 0), meeting(a, c, 3))
                .justifiesWith(new ScheduleJustification.IdleBreak("Participant a (a)", DAY_ONE.plusMinutes(20),
                        DAY_ONE.plusMinutes(75), 2));
    }

    @Test
    void idleTime() {
        // Breaks of two free slots (a: 0 to 3) and one (b: 0 to 2): three idle slots.
        verifier.verifyThat(ScheduleConstraintProvider::idleTime)
                .given(meeting(a, b, 0), meeting(a, c, 3), meeting(b, d, 2))
                .penalizesBy(3);
        verifier.verifyThat(ScheduleConstraintProvider::idleTime)
                .given(meeting(a, b, 0), meeting(a, c, 1))
                .hasNoImpact();
    }

    @Test
    void mutualWishLate() {
        MeetingAssignment mutual = new MeetingAssignment(nextId++, a, b, 3, true, null, SLOTS);
        mutual.setSlot(SLOTS.get(3));
        // Both asked and they meet in slot 3, three slots after the event's first.
        verifier.verifyThat(ScheduleConstraintProvider::mutualWishLate)
                .given(mutual)
                .penalizesBy(3);
        MeetingAssignment early = new MeetingAssignment(nextId++, c, d, 3, true, null, SLOTS);
        early.setSlot(SLOTS.get(0));
        verifier.verifyThat(ScheduleConstraintProvider::mutualWishLate)
                .given(early, meeting(e, f, 5))
                .hasNoImpact();
    }

    @Test
    void publishedMeetingMoved() {
        MeetingAssignment moved = meeting(a, b, 1);
        moved.setPublished(SLOTS.get(0), FREE_TABLE);
        MeetingAssignment dropped = unscheduled(c, d);
        dropped.setPublished(SLOTS.get(0), OTHER_FREE_TABLE);
        // One moved to another slot, one lost its slot: two published meetings disturbed.
        verifier.verifyThat(ScheduleConstraintProvider::publishedMeetingMoved)
                .given(moved, dropped)
                .penalizesBy(2);
        MeetingAssignment kept = meeting(a, b, 0);
        kept.setPublished(SLOTS.get(0), FREE_TABLE);
        verifier.verifyThat(ScheduleConstraintProvider::publishedMeetingMoved)
                .given(kept, meeting(c, d, 2))
                .hasNoImpact();
    }

    @Test
    void defaultWeightsNameEveryConstraintWithTheWeightItUses() {
        SolverFactory<Schedule> factory = SolverFactory.create(SolverConfig.createFromXmlResource("solverConfig.xml"));
        Schedule empty = new Schedule(1L, 1, SLOTS, List.of(FREE_TABLE), List.of(a), List.of(),
                ConstraintWeightOverrides.none());
        Map<String, HardMediumSoftLongScore> defined = new HashMap<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : SolutionManager
                .<Schedule, HardMediumSoftLongScore>create(factory).analyze(empty).constraintAnalyses()) {
            // The analysis signs the weight by its effect: a penalty is negative.
            defined.put(constraint.constraintName(), constraint.weight().negate());
        }
        assertEquals(ScheduleConstraintProvider.DEFAULT_WEIGHTS, defined);
    }

    private static Slot slot(int index, int day, int indexInDay, String session) {
        LocalDateTime start = DAY_ONE.plusDays(day).plusMinutes(25L * indexInDay);
        return new Slot(index, day, indexInDay, session, start, start.plusMinutes(20), 2);
    }

    private static Attendee attendee(long id, String code, BitSet available, Integer maxMeetings) {
        return owed(id, code, available, maxMeetings, 0);
    }

    private static Attendee owed(long id, String code, BitSet available, Integer maxMeetings, int fairShare) {
        return new Attendee(id, code, "Participant " + code, available, maxMeetings, null, fairShare, false);
    }

    private static BitSet bits(int... indexes) {
        BitSet set = new BitSet();
        Arrays.stream(indexes).forEach(set::set);
        return set;
    }

    private MeetingAssignment meeting(Attendee x, Attendee y, int slot) {
        return meeting(x, y, slot, (Table) null);
    }

    private MeetingAssignment meeting(Attendee x, Attendee y, int slot, Table table) {
        MeetingAssignment meeting = new MeetingAssignment(nextId++, x, y, 3, false, null, SLOTS);
        meeting.setSlot(SLOTS.get(slot));
        meeting.setExplicitTable(table);
        return meeting;
    }

    private MeetingAssignment meetingAllowedIn(Attendee x, Attendee y, int slot, Set<String> allowedSessions) {
        MeetingAssignment meeting = new MeetingAssignment(nextId++, x, y, 3, false, allowedSessions, SLOTS);
        meeting.setSlot(SLOTS.get(slot));
        return meeting;
    }

    private MeetingAssignment unscheduled(Attendee x, Attendee y) {
        return new MeetingAssignment(nextId++, x, y, 3, false, null, SLOTS);
    }
}
