package org.matchday.mapping;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.matchday.domain.EventSession;
import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.PairKey;
import org.matchday.domain.Participant;
import org.matchday.domain.Timeslot;
import org.matchday.persistence.EventData;
import org.matchday.solver.Attendee;
import org.matchday.solver.MeetingAssignment;
import org.matchday.solver.Schedule;
import org.matchday.solver.Slot;
import org.matchday.solver.Table;
import org.matchday.solver.TableAssigner;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place where a stored event becomes a planning problem ({@link Schedule}) and where a solved schedule
 * goes back onto the stored meeting rows. Data flows one way: entities in, planning classes out, and back.
 */
public final class ScheduleMapper {

    private ScheduleMapper() {
    }

    /**
     * Where the meeting of two participants stood in a published schedule, by codes as publications keep them:
     * re-solving prefers to leave it there.
     */
    public record Placement(String participantA, String participantB, String session, LocalDateTime start,
            String table) {

        PairKey pair() {
            return PairKey.of(participantA, participantB);
        }
    }

    /**
     * A re-plan of the rest of the day from {@code from}: every meeting that starts before it stays, and so does every
     * scheduled meeting whose participants are not marked absent; only the pairs of {@code present} participants
     * (ids) are planned, in slots that start at {@code from} or later.
     */
    public record Replan(LocalDateTime from, Set<Long> present) {
    }

    /** What a write-back did: rows given a slot, rows left or made unscheduled, rows it had to leave alone. */
    public record WriteBack(int placed, int unscheduled, int skipped, List<Meeting> written) {
    }

    /** The event as a problem to solve with the default weights and no published schedule. */
    public static Schedule toProblem(EventData data) {
        return toProblem(data, Map.of(), List.of());
    }

    /**
     * The event as a problem to solve. Pinned meetings keep their slot and table; the others keep their stored
     * slot as a starting point when it is still possible, and lose their table, which is handed out after solving.
     *
     * @param weights the event's constraint weights by constraint name; absent ones keep their default
     * @param published the meetings of the published schedule, if there is one
     */
    public static Schedule toProblem(EventData data, Map<String, HardMediumSoftLongScore> weights,
            Collection<Placement> published) {
        return build(data, weights, published, false, null);
    }

    /**
     * The event as a problem to re-plan from a moment of the day (see {@link Replan}): the meetings that stay are
     * pinned where the timetable has them, those of pairs not to plan are left out of the problem (their rows stay as
     * they are), the others may only take slots from then on.
     */
    public static Schedule toReplanProblem(EventData data, Map<String, HardMediumSoftLongScore> weights,
            Collection<Placement> published, Replan replan) {
        return build(data, weights, published, false, replan);
    }

    /**
     * The schedule exactly as stored, every table included: to score it, explain it, or check a change made by
     * hand (change a {@link MeetingAssignment}'s slot and explicit table, then ask a SolutionManager).
     */
    public static Schedule toStoredSchedule(EventData data, Map<String, HardMediumSoftLongScore> weights) {
        return build(data, weights, List.of(), true, null);
    }

    /**
     * The event with every meeting where {@code placements} put it and the others unscheduled, with the default
     * weights: to measure a published schedule as the solver would see it.
     */
    public static Schedule toPlacedSchedule(EventData data, Collection<Placement> placements) {
        Schedule schedule = build(data, Map.of(), placements, true, null);
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            meeting.setSlot(meeting.getPublishedSlot());
            meeting.setExplicitTable(meeting.getPublishedTable());
        }
        return schedule;
    }

    private static Schedule build(EventData data, Map<String, HardMediumSoftLongScore> weights,
            Collection<Placement> published, boolean asStored, Replan replan) {
        List<MeetingOptions> allOptions = MeetingOptions.of(data);
        Facts facts = new Facts(data, FairShares.of(data, allOptions));
        Map<Long, MeetingOptions> options = new HashMap<>();
        allOptions.forEach(o -> options.put(o.meeting().id, o));
        Map<PairKey, Placement> publishedByPair = new HashMap<>();
        published.forEach(p -> publishedByPair.put(p.pair(), p));

        List<Meeting> rows = new ArrayList<>(data.meetings());
        rows.sort(Comparator.comparing(m -> m.id));
        List<MeetingAssignment> meetings = new ArrayList<>();
        for (Meeting row : rows) {
            Slot stored = row.isScheduled() ? facts.slot(row.session.code, row.start) : null;
            if (replan != null) {
                MeetingAssignment planned = replanned(facts, row, options.get(row.id), stored, replan);
                if (planned != null) {
                    Placement was = publishedByPair.get(row.pairKey());
                    if (was != null) {
                        planned.setPublished(facts.slot(was.session(), was.start()),
                                was.table() == null ? null : facts.tablesByCode.get(was.table()));
                    }
                    meetings.add(planned);
                }
                continue;
            }
            // A slot kept as it is (stored, pinned or set by hand) may break the rules; the hard constraints, not
            // the value range, must be the ones to say so.
            Slot kept = stored != null && (asStored || row.pinned) ? stored : null;
            MeetingAssignment meeting = facts.meeting(row, options.get(row.id), kept);
            if (asStored || (row.pinned && stored != null)) {
                meeting.setSlot(stored);
                meeting.setExplicitTable(stored == null || row.table == null ? null : facts.tables.get(row.table.id));
                meeting.setPinned(row.pinned && stored != null);
            } else if (stored != null && meeting.isCandidate(stored)) {
                meeting.setSlot(stored);
            }
            Placement was = publishedByPair.get(row.pairKey());
            if (was != null) {
                meeting.setPublished(facts.slot(was.session(), was.start()),
                        was.table() == null ? null : facts.tablesByCode.get(was.table()));
            }
            meetings.add(meeting);
        }
        ConstraintWeightOverrides<HardMediumSoftLongScore> overrides = weights.isEmpty()
                ? ConstraintWeightOverrides.none() : ConstraintWeightOverrides.of(weights);
        return new Schedule(data.event().id, data.event().minimumMeetings, facts.slots,
                List.copyOf(facts.tables.values()), List.copyOf(facts.attendees.values()), meetings, overrides);
    }

    /**
     * Puts a solved schedule onto the event's meeting rows, as loaded now in the current transaction. Rows that
     * vanished, were pinned, or were changed by someone else since {@code expectedVersions} was taken stay as
     * they are; a solved placement that would now clash with one of those, or whose slot or table no longer
     * exists, is dropped rather than written, so the stored schedule always exports as a valid document.
     *
     * @param expectedVersions row versions the solver's view was based on, by meeting id; rows absent from the
     *        map are not checked
     */
    public static WriteBack writeBack(Schedule solved, Collection<Meeting> rows, Collection<EventSession> sessions,
            Collection<EventTable> tables, Map<Long, Long> expectedVersions) {
        Map<Long, Meeting> rowsById = new HashMap<>();
        rows.forEach(r -> rowsById.put(r.id, r));
        Map<String, EventSession> sessionsByCode = new HashMap<>();
        Set<String> slotsNow = new HashSet<>();
        for (EventSession session : sessions) {
            sessionsByCode.put(session.code, session);
            session.timeslots().forEach(t -> slotsNow.add(slotKey(t.session(), t.startDateTime())));
        }
        Map<Long, EventTable> tablesById = new HashMap<>();
        tables.forEach(t -> tablesById.put(t.id, t));

        Map<Long, MeetingAssignment> writable = new HashMap<>();
        int skipped = 0;
        for (MeetingAssignment meeting : solved.getMeetings()) {
            Meeting row = rowsById.get(meeting.getId());
            Long expected = expectedVersions.get(meeting.getId());
            if (row == null || meeting.isPinned() || row.pinned || (expected != null && expected != row.version)) {
                skipped++;
            } else {
                writable.put(row.id, meeting);
            }
        }
        Set<String> busy = new HashSet<>();
        for (Meeting row : rows) {
            if (row.isScheduled() && !writable.containsKey(row.id)) {
                occupy(busy, row.start, row.participantA.id, row.participantB.id,
                        row.table == null ? null : row.table.id);
            }
        }

        Map<MeetingAssignment, Table> seating = TableAssigner.assign(solved);
        List<MeetingAssignment> order = new ArrayList<>(writable.values());
        order.sort(Comparator.comparingInt(MeetingAssignment::getPriority).reversed()
                .thenComparing(MeetingAssignment::getId));
        int placed = 0;
        int unscheduled = 0;
        List<Meeting> written = new ArrayList<>();
        for (MeetingAssignment meeting : order) {
            Meeting row = rowsById.get(meeting.getId());
            Slot slot = meeting.getSlot();
            Table table = seating.get(meeting);
            boolean stillThere = slot != null && table != null && tablesById.containsKey(table.id())
                    && slotsNow.contains(slotKey(slot.session(), slot.start()));
            if (stillThere && isFree(busy, slot.start(), row, table.id())) {
                occupy(busy, slot.start(), row.participantA.id, row.participantB.id, table.id());
                row.session = sessionsByCode.get(slot.session());
                row.start = slot.start();
                row.end = slot.end();
                row.table = tablesById.get(table.id());
                row.reason = null;
                placed++;
            } else {
                // Reasons for meetings the solver left out come from ExplanationService, which sees the whole event.
                String reason = slot == null ? null
                        : table == null ? "No free table was left in its slot."
                        : !stillThere ? "Its slot or table was changed while the solver was running."
                        : "Its slot clashed with a change made while the solver was running.";
                row.unschedule(reason);
                unscheduled++;
            }
            written.add(row);
        }
        return new WriteBack(placed, unscheduled, skipped, written);
    }

    /** The row as a re-plan sees it: pinned where it stands, free from {@code from} on, or null to leave it out. */
    private static MeetingAssignment replanned(Facts facts, Meeting row, MeetingOptions options, Slot stored,
            Replan replan) {
        boolean absent = row.participantA.attendance != null || row.participantB.attendance != null;
        if (stored != null && (stored.start().isBefore(replan.from()) || !absent)) {
            MeetingAssignment kept = facts.meeting(row, options, stored);
            kept.setSlot(stored);
            kept.setExplicitTable(row.table == null ? null : facts.tables.get(row.table.id));
            kept.setPinned(true);
            return kept;
        }
        if (absent || !replan.present().contains(row.participantA.id)
                || !replan.present().contains(row.participantB.id)) {
            return null;
        }
        MeetingAssignment any = facts.meeting(row, options, null);
        List<Slot> later = any.getCandidateSlots().stream().filter(s -> !s.start().isBefore(replan.from())).toList();
        if (later.isEmpty()) {
            return null;
        }
        MeetingAssignment planned = new MeetingAssignment(row.id, any.getA(), any.getB(), any.getPriority(),
                any.isMutual(), any.getAllowedSessions(), later);
        if (stored != null && planned.isCandidate(stored)) {
            planned.setSlot(stored);
        }
        return planned;
    }

    private static boolean isFree(Set<String> busy, LocalDateTime start, Meeting row, Long tableId) {
        return !busy.contains("p" + row.participantA.id + "@" + start)
                && !busy.contains("p" + row.participantB.id + "@" + start)
                && !busy.contains("t" + tableId + "@" + start);
    }

    private static void occupy(Set<String> busy, LocalDateTime start, long a, long b, Long tableId) {
        busy.add("p" + a + "@" + start);
        busy.add("p" + b + "@" + start);
        if (tableId != null) {
            busy.add("t" + tableId + "@" + start);
        }
    }

    private static String slotKey(String session, LocalDateTime start) {
        return session + "@" + start;
    }

    /** The event's tables, slots and participants as the solver sees them, each made once. */
    private static final class Facts {

        final Map<Long, Table> tables = new LinkedHashMap<>();
        final Map<String, Table> tablesByCode = new HashMap<>();
        final List<Slot> slots = new ArrayList<>();
        final Map<Long, Attendee> attendees = new LinkedHashMap<>();
        private final Map<String, Slot> slotsByStart = new HashMap<>();

        Facts(EventData data, Map<Participant, FairShares.Share> shares) {
            Map<Long, Participant> owners = new HashMap<>();
            data.participants().stream().filter(p -> p.table != null).forEach(p -> owners.put(p.table.id, p));
            for (EventTable t : data.tables()) {
                Participant owner = owners.get(t.id);
                Table table = new Table(t.id, t.code, t.displayName(), owner == null ? null : owner.id,
                        owner == null ? null : Attendee.label(owner.name, owner.code));
                tables.put(t.id, table);
                tablesByCode.put(t.code, table);
            }
            int freeTables = (int) tables.values().stream().filter(t -> !t.isFixed()).count();

            List<Timeslot> timeslots = data.timeslots();
            List<LocalDate> dates = timeslots.stream().map(Timeslot::date).distinct().toList();
            int indexInDay = 0;
            for (Timeslot t : timeslots) {
                int day = dates.indexOf(t.date());
                indexInDay = !slots.isEmpty() && slots.get(slots.size() - 1).day() == day ? indexInDay + 1 : 0;
                Slot slot = new Slot(slots.size(), day, indexInDay, t.session(), t.startDateTime(), t.endDateTime(),
                        freeTables);
                slots.add(slot);
                slotsByStart.put(slotKey(t.session(), t.startDateTime()), slot);
            }

            for (Participant p : data.participants()) {
                BitSet available = null;
                if (p.availability != null) {
                    available = new BitSet(slots.size());
                    for (int i = 0; i < timeslots.size(); i++) {
                        if (p.isAvailableFor(timeslots.get(i))) {
                            available.set(i);
                        }
                    }
                }
                FairShares.Share share = shares.get(p);
                attendees.put(p.id, new Attendee(p.id, p.code, p.name, available, p.maxMeetings,
                        p.table == null ? null : tables.get(p.table.id), share.share(),
                        share.isOwed() && share.possible() <= share.share()));
            }
        }

        /** The slot of a session starting then, or null when the session has no such slot (any more). */
        Slot slot(String session, LocalDateTime start) {
            return slotsByStart.get(slotKey(session, start));
        }

        /**
         * The row's pair as a planning entity: its value, allowed sessions and candidate slots come from
         * {@link MeetingOptions}, plus the slot it is {@code kept} at, if any.
         */
        MeetingAssignment meeting(Meeting row, MeetingOptions options, Slot kept) {
            List<Slot> candidates = new ArrayList<>();
            options.slots().forEach(t -> candidates.add(slot(t.session(), t.startDateTime())));
            if (kept != null && !candidates.contains(kept)) {
                candidates.add(kept);
            }
            candidates.sort(Comparator.comparingInt(Slot::index));
            return new MeetingAssignment(row.id, attendees.get(row.participantA.id),
                    attendees.get(row.participantB.id), options.priority(), options.mutual(),
                    options.allowedSessions(), candidates);
        }
    }
}
