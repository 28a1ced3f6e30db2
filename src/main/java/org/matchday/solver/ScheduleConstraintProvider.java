package org.matchday.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.common.Break;
import ai.timefold.solver.core.api.score.stream.common.SequenceChain;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toConsecutiveSequences;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;

/**
 * The organiser's rulebook for a timetable. Hard rules make a schedule invalid; the medium level counts the
 * meetings participants are owed under the fairness minimum, far above the priority of requested meetings left
 * out; the soft level counts idle breaks, far above small preferences.
 * Constraint names are the keys of {@link Schedule#getConstraintWeightOverrides()}.
 */
public class ScheduleConstraintProvider implements ConstraintProvider {

    public static final String PARTICIPANT_DOUBLE_BOOKED = "Participant double-booked";
    public static final String TABLE_DOUBLE_BOOKED = "Table double-booked";
    public static final String NOT_ENOUGH_FREE_TABLES = "Not enough free tables";
    public static final String PARTICIPANT_UNAVAILABLE = "Participant unavailable";
    public static final String SESSION_NOT_ALLOWED = "Session not allowed";
    public static final String MEETING_AWAY_FROM_FIXED_TABLE = "Meeting away from fixed table";
    public static final String FIXED_TABLE_USED_BY_OTHERS = "Fixed table used by others";
    public static final String TOO_MANY_MEETINGS = "Too many meetings";
    public static final String TOO_FEW_MEETINGS = "Too few meetings";
    public static final String REQUESTED_MEETING_UNSCHEDULED = "Requested meeting unscheduled";
    public static final String IDLE_BREAK = "Idle break";
    public static final String IDLE_TIME = "Idle time";
    public static final String MUTUAL_WISH_LATE = "Mutual wish late";
    public static final String PUBLISHED_MEETING_MOVED = "Published meeting moved";

    /**
     * A meeting short of a participant's fair share costs more than the priority of 200,000 meetings together (5 at
     * most each), so the defaults never trade a participant's only meeting for priority elsewhere.
     */
    public static final HardMediumSoftLongScore TOO_FEW_MEETINGS_WEIGHT = HardMediumSoftLongScore.ofMedium(1_000_000L);
    /**
     * A break costs more than all preferences of an event together can (up to 100,000 meetings in 200 slots), so
     * the defaults never trade a break for a preference.
     */
    public static final HardMediumSoftLongScore IDLE_BREAK_WEIGHT = HardMediumSoftLongScore.ofSoft(1_000_000_000L);
    /** Per free slot inside a break: a longer wait is worse, and the solver sees a break shrink before it goes. */
    public static final HardMediumSoftLongScore IDLE_TIME_WEIGHT = HardMediumSoftLongScore.ofSoft(1_000_000L);
    public static final HardMediumSoftLongScore PUBLISHED_MEETING_MOVED_WEIGHT = HardMediumSoftLongScore.ofSoft(1_000L);
    public static final HardMediumSoftLongScore MUTUAL_WISH_LATE_WEIGHT = HardMediumSoftLongScore.ONE_SOFT;

    /**
     * Every constraint with its default weight, hard rules first: the names are the keys an organiser may give
     * other weights for (a weight counts per unit of a match: per extra meeting, per priority point, per break).
     */
    public static final Map<String, HardMediumSoftLongScore> DEFAULT_WEIGHTS = defaultWeights();

    public static final List<String> CONSTRAINT_NAMES = List.copyOf(DEFAULT_WEIGHTS.keySet());

    private static Map<String, HardMediumSoftLongScore> defaultWeights() {
        Map<String, HardMediumSoftLongScore> weights = new LinkedHashMap<>();
        for (String hard : List.of(PARTICIPANT_DOUBLE_BOOKED, TABLE_DOUBLE_BOOKED, NOT_ENOUGH_FREE_TABLES,
                PARTICIPANT_UNAVAILABLE, SESSION_NOT_ALLOWED, MEETING_AWAY_FROM_FIXED_TABLE, FIXED_TABLE_USED_BY_OTHERS,
                TOO_MANY_MEETINGS)) {
            weights.put(hard, HardMediumSoftLongScore.ONE_HARD);
        }
        weights.put(TOO_FEW_MEETINGS, TOO_FEW_MEETINGS_WEIGHT);
        weights.put(REQUESTED_MEETING_UNSCHEDULED, HardMediumSoftLongScore.ONE_MEDIUM);
        weights.put(IDLE_BREAK, IDLE_BREAK_WEIGHT);
        weights.put(IDLE_TIME, IDLE_TIME_WEIGHT);
        weights.put(MUTUAL_WISH_LATE, MUTUAL_WISH_LATE_WEIGHT);
        weights.put(PUBLISHED_MEETING_MOVED, PUBLISHED_MEETING_MOVED_WEIGHT);
        return Collections.unmodifiableMap(weights);
    }

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                // Hard
                participantDoubleBooked(factory),
                tableDoubleBooked(factory),
                notEnoughFreeTables(factory),
                participantUnavailable(factory),
                sessionNotAllowed(factory),
                meetingAwayFromFixedTable(factory),
                fixedTableUsedByOthers(factory),
                tooManyMeetings(factory),
                // Medium
                tooFewMeetings(factory),
                requestedMeetingUnscheduled(factory),
                // Soft
                idleBreak(factory),
                idleTime(factory),
                mutualWishLate(factory),
                publishedMeetingMoved(factory)
        };
    }

    /** Each scheduled meeting once per participant; shared by the per-participant rules (one node network). */
    private static BiConstraintStream<MeetingAssignment, Attendee> attendances(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class).flatten(MeetingAssignment::attendees);
    }

    // Hard

    /** A participant is in at most one meeting per slot. */
    Constraint participantDoubleBooked(ConstraintFactory factory) {
        return attendances(factory)
                .groupBy((meeting, attendee) -> attendee, (meeting, attendee) -> meeting.getSlot(),
                        toList((meeting, attendee) -> meeting))
                .filter((attendee, slot, meetings) -> meetings.size() > 1)
                .penalize(HardMediumSoftLongScore.ONE_HARD, (attendee, slot, meetings) -> meetings.size() - 1)
                .justifyWith((attendee, slot, meetings, score) -> new ScheduleJustification.ParticipantDoubleBooked(
                        attendee.label(), slot.start(), labels(meetings)))
                .asConstraint(PARTICIPANT_DOUBLE_BOOKED);
    }

    /** A table hosts at most one meeting per slot. */
    Constraint tableDoubleBooked(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .filter(meeting -> meeting.table() != null)
                .groupBy(MeetingAssignment::getSlot, MeetingAssignment::table, toList())
                .filter((slot, table, meetings) -> meetings.size() > 1)
                .penalize(HardMediumSoftLongScore.ONE_HARD, (slot, table, meetings) -> meetings.size() - 1)
                .justifyWith((slot, table, meetings, score) -> new ScheduleJustification.TableDoubleBooked(
                        table.code(), slot.start(), labels(meetings)))
                .asConstraint(TABLE_DOUBLE_BOOKED);
    }

    /** Meetings without a host never outnumber the free tables of their slot. */
    Constraint notEnoughFreeTables(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .filter(MeetingAssignment::needsFreeTable)
                .groupBy(MeetingAssignment::getSlot, count())
                .filter((slot, meetings) -> meetings > slot.freeTables())
                .penalize(HardMediumSoftLongScore.ONE_HARD, (slot, meetings) -> meetings - slot.freeTables())
                .justifyWith((slot, meetings, score) -> new ScheduleJustification.NotEnoughFreeTables(slot.start(),
                        meetings, slot.freeTables()))
                .asConstraint(NOT_ENOUGH_FREE_TABLES);
    }

    /** Both participants are available for the whole slot. */
    Constraint participantUnavailable(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .filter(meeting -> !meeting.getA().isAvailable(meeting.getSlot())
                        || !meeting.getB().isAvailable(meeting.getSlot()))
                .penalize(HardMediumSoftLongScore.ONE_HARD, meeting -> unavailable(meeting).size())
                .justifyWith((meeting, score) -> new ScheduleJustification.ParticipantUnavailable(meeting.label(),
                        meeting.getSlot().start(), unavailable(meeting).stream().map(Attendee::label).toList()))
                .asConstraint(PARTICIPANT_UNAVAILABLE);
    }

    /** A meeting takes place in a session its requests allow. */
    Constraint sessionNotAllowed(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .filter(meeting -> !meeting.allowsSession(meeting.getSlot().session()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((meeting, score) -> new ScheduleJustification.SessionNotAllowed(meeting.label(),
                        meeting.getSlot().session(), meeting.getAllowedSessions()))
                .asConstraint(SESSION_NOT_ALLOWED);
    }

    /** A meeting with a participant who has a fixed table takes place at that table (at either, when both have one). */
    Constraint meetingAwayFromFixedTable(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .filter(meeting -> meeting.getExplicitTable() != null && !meeting.needsFreeTable()
                        && meeting.getExplicitTable() != meeting.getA().fixedTable()
                        && meeting.getExplicitTable() != meeting.getB().fixedTable())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((meeting, score) -> new ScheduleJustification.MeetingAwayFromFixedTable(meeting.label(),
                        meeting.getExplicitTable().code(), fixedTableCodes(meeting)))
                .asConstraint(MEETING_AWAY_FROM_FIXED_TABLE);
    }

    /** A participant's fixed table hosts only that participant's meetings. */
    Constraint fixedTableUsedByOthers(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .filter(meeting -> meeting.table() != null && meeting.table().isFixed()
                        && !meeting.table().ownerId().equals(meeting.getA().id())
                        && !meeting.table().ownerId().equals(meeting.getB().id()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((meeting, score) -> new ScheduleJustification.FixedTableUsedByOthers(meeting.label(),
                        meeting.table().code(), meeting.table().ownerLabel()))
                .asConstraint(FIXED_TABLE_USED_BY_OTHERS);
    }

    /** A participant takes no more meetings than its maxMeetings. */
    Constraint tooManyMeetings(ConstraintFactory factory) {
        return attendances(factory)
                .filter((meeting, attendee) -> attendee.maxMeetings() != null)
                .groupBy((meeting, attendee) -> attendee, countBi())
                .filter((attendee, meetings) -> meetings > attendee.maxMeetings())
                .penalize(HardMediumSoftLongScore.ONE_HARD, (attendee, meetings) -> meetings - attendee.maxMeetings())
                .justifyWith((attendee, meetings, score) -> new ScheduleJustification.TooManyMeetings(attendee.label(),
                        meetings, attendee.maxMeetings()))
                .asConstraint(TOO_MANY_MEETINGS);
    }

    // Medium

    /**
     * Every participant with a request that can take place gets its fair share (the event's minimum, as far as its
     * requests allow) before the priority of others counts: each meeting short of it costs.
     */
    Constraint tooFewMeetings(ConstraintFactory factory) {
        return attendances(factory)
                .filter((meeting, attendee) -> attendee.fairShare() > 0)
                .groupBy((meeting, attendee) -> attendee, countBi())
                // Participants without any meeting are the ones this rule is for.
                .complement(Attendee.class, attendee -> 0)
                .filter((attendee, meetings) -> meetings < attendee.fairShare())
                .penalize(TOO_FEW_MEETINGS_WEIGHT, (attendee, meetings) -> attendee.fairShare() - meetings)
                .justifyWith((attendee, meetings, score) -> new ScheduleJustification.TooFewMeetings(attendee.label(),
                        meetings, attendee.fairShare()))
                .asConstraint(TOO_FEW_MEETINGS);
    }

    /** Every requested meeting gets a slot: each one left out costs its priority. */
    Constraint requestedMeetingUnscheduled(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(MeetingAssignment.class)
                .filter(meeting -> meeting.getSlot() == null)
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM, MeetingAssignment::getPriority)
                .justifyWith((meeting, score) -> new ScheduleJustification.RequestedMeetingUnscheduled(meeting.label(),
                        meeting.getPriority()))
                .asConstraint(REQUESTED_MEETING_UNSCHEDULED);
    }

    // Soft

    /** A participant's waits between two meetings of the same day, each run of free slots being one. */
    private static TriConstraintStream<Attendee, Integer, Break<Slot, Integer>> waits(ConstraintFactory factory) {
        return attendances(factory)
                .groupBy((meeting, attendee) -> attendee, (meeting, attendee) -> meeting.getSlot().day(),
                        toConsecutiveSequences((meeting, attendee) -> meeting.getSlot(), Slot::indexInDay))
                .flattenLast(SequenceChain::getBreaks);
    }

    /** A participant does not wait between two meetings of the same day: each run of free slots is one break. */
    Constraint idleBreak(ConstraintFactory factory) {
        return waits(factory)
                .penalize(IDLE_BREAK_WEIGHT)
                .justifyWith((attendee, day, wait, score) -> idleBreak(attendee, wait))
                .asConstraint(IDLE_BREAK);
    }

    /** When a participant must wait, the wait is short: each free slot inside a break costs. */
    Constraint idleTime(ConstraintFactory factory) {
        return waits(factory)
                .penalize(IDLE_TIME_WEIGHT, (attendee, day, wait) -> freeSlots(wait))
                .justifyWith((attendee, day, wait, score) -> idleBreak(attendee, wait))
                .asConstraint(IDLE_TIME);
    }

    /** Two participants who both asked for the meeting meet early in the event, to have time to follow up. */
    Constraint mutualWishLate(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .filter(meeting -> meeting.isMutual() && meeting.getSlot().index() > 0)
                .penalize(MUTUAL_WISH_LATE_WEIGHT, meeting -> meeting.getSlot().index())
                .justifyWith((meeting, score) -> new ScheduleJustification.MutualWishLate(meeting.label(),
                        meeting.getSlot().start(), meeting.getSlot().index()))
                .asConstraint(MUTUAL_WISH_LATE);
    }

    /** Re-solving keeps a published meeting in its published slot. */
    Constraint publishedMeetingMoved(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(MeetingAssignment.class)
                .filter(meeting -> meeting.getPublishedSlot() != null
                        && meeting.getSlot() != meeting.getPublishedSlot())
                .penalize(PUBLISHED_MEETING_MOVED_WEIGHT)
                .justifyWith((meeting, score) -> new ScheduleJustification.PublishedMeetingMoved(meeting.label(),
                        meeting.getPublishedSlot().start(),
                        meeting.getSlot() == null ? null : meeting.getSlot().start()))
                .asConstraint(PUBLISHED_MEETING_MOVED);
    }

    private static ScheduleJustification.IdleBreak idleBreak(Attendee attendee, Break<Slot, Integer> wait) {
        return new ScheduleJustification.IdleBreak(attendee.label(), wait.getPreviousSequenceEnd().end(),
                wait.getNextSequenceStart().start(), freeSlots(wait));
    }

    private static int freeSlots(Break<Slot, Integer> wait) {
        return wait.getNextSequenceStart().indexInDay() - wait.getPreviousSequenceEnd().indexInDay() - 1;
    }

    private static List<Attendee> unavailable(MeetingAssignment meeting) {
        List<Attendee> unavailable = new ArrayList<>(2);
        for (Attendee attendee : meeting.attendees()) {
            if (!attendee.isAvailable(meeting.getSlot())) {
                unavailable.add(attendee);
            }
        }
        return unavailable;
    }

    private static List<String> fixedTableCodes(MeetingAssignment meeting) {
        return meeting.attendees().stream().filter(a -> a.fixedTable() != null).map(a -> a.fixedTable().code())
                .toList();
    }

    private static List<String> labels(List<MeetingAssignment> meetings) {
        return meetings.stream().map(MeetingAssignment::label).sorted().toList();
    }
}
