package org.matchday.solver.exact;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import org.matchday.solver.Attendee;
import org.matchday.solver.MeetingAssignment;
import org.matchday.solver.Schedule;
import org.matchday.solver.ScheduleConstraintProvider;
import org.matchday.solver.Slot;
import org.matchday.solver.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.ToLongFunction;

import static org.matchday.solver.ScheduleConstraintProvider.IDLE_BREAK;
import static org.matchday.solver.ScheduleConstraintProvider.IDLE_TIME;
import static org.matchday.solver.ScheduleConstraintProvider.MUTUAL_WISH_LATE;
import static org.matchday.solver.ScheduleConstraintProvider.PUBLISHED_MEETING_MOVED;
import static org.matchday.solver.ScheduleConstraintProvider.REQUESTED_MEETING_UNSCHEDULED;
import static org.matchday.solver.ScheduleConstraintProvider.TOO_FEW_MEETINGS;

/**
 * The rulebook of {@link ScheduleConstraintProvider} written a second time, as a CP-SAT model: one boolean per
 * meeting and candidate slot, the hard rules as constraints, and the medium and soft levels as two linear
 * objectives whose values are the rulebook's penalties. Written from the rules' text, not from the constraint
 * streams, so that the tests comparing the two catch a mistake in either.
 */
final class ExactModel {

    final CpModel model = new CpModel();
    final Schedule schedule;
    final Weights weights;
    /** Per free meeting, its candidate slots' booleans; pinned meetings are constants, not variables. */
    final Map<MeetingAssignment, Map<Slot, BoolVar>> choices = new IdentityHashMap<>();
    final LinearExpr medium;
    final LinearExpr soft;
    /** The breaks the soft level counts (unweighted). */
    final LinearExpr breaks;
    /** The medium level's rules with their weights, the heaviest first; they add up to {@link #medium}. */
    final List<Term> mediumTerms;
    /** The soft level's rules with their weights, the heaviest first; they add up to {@link #soft}. */
    final List<Term> softTerms;
    final long totalPriority;
    /** Whether the model has the waits (breaks, idle time); without them only its medium level means anything. */
    final boolean waits;
    /**
     * Free meetings held where the schedule has them, as constants like pinned ones (the break search's
     * neighbourhoods); empty for the whole model.
     */
    private final Set<MeetingAssignment> frozen;
    private int variables;

    ExactModel(Schedule schedule) {
        this(schedule, true);
    }

    ExactModel(Schedule schedule, boolean waits) {
        this(schedule, waits, Set.of());
    }

    /**
     * The model of one neighbourhood: only the meetings of {@code free} may move, every other one stays where
     * {@code schedule} has it (or unscheduled). Participants without a free meeting get no wait variables, so the
     * soft level counts only what the free meetings can change; the rest is a constant left out.
     */
    static ExactModel freeing(Schedule schedule, Set<MeetingAssignment> free) {
        Set<MeetingAssignment> frozen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            if (!free.contains(meeting)) {
                frozen.add(meeting);
            }
        }
        return new ExactModel(schedule, true, frozen);
    }

    /**
     * @param waits false for the medium level alone: the time-indexed meeting choices and the hard rules, without
     *        the four booleans per participant and slot that count waits; a third to a half of the size, and the
     *        owed meetings and priority are the same
     */
    private ExactModel(Schedule schedule, boolean waits, Set<MeetingAssignment> frozen) {
        this.schedule = schedule;
        this.waits = waits;
        this.frozen = frozen;
        this.weights = Weights.of(schedule);
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            if (!constant(meeting)) {
                Map<Slot, BoolVar> slots = new LinkedHashMap<>();
                for (Slot slot : meeting.getCandidateSlots()) {
                    slots.put(slot, newBool());
                }
                choices.put(meeting, slots);
                // A meeting takes one slot at most.
                model.addAtMostOne(slots.values().toArray(Literal[]::new));
            }
        }
        Map<Attendee, List<MeetingAssignment>> byAttendee = new LinkedHashMap<>();
        schedule.getAttendees().forEach(a -> byAttendee.put(a, new ArrayList<>()));
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            for (Attendee attendee : meeting.attendees()) {
                byAttendee.computeIfAbsent(attendee, a -> new ArrayList<>()).add(meeting);
            }
        }
        addSlotCapacities(byAttendee);
        addMeetingCaps(byAttendee);

        LinearExprBuilder shortfallSum = LinearExpr.newBuilder();
        LinearExprBuilder breakSum = LinearExpr.newBuilder();
        LinearExprBuilder idleSum = LinearExpr.newBuilder();
        long idleAtMost = 0;
        for (Map.Entry<Attendee, List<MeetingAssignment>> entry : byAttendee.entrySet()) {
            shortfallSum.add(shortfallOf(entry.getKey(), entry.getValue()));
            if (waits && frozen.isEmpty()) {
                idleAtMost += addWaits(entry.getValue(), entry.getKey(), breakSum, idleSum);
            } else if (waits && !entry.getValue().stream().allMatch(this::constant)) {
                addRuns(entry.getValue(), breakSum);
            }
        }
        long owed = 0;
        for (Attendee attendee : schedule.getAttendees()) {
            owed += Math.max(0, attendee.fairShare());
        }

        long total = 0;
        LinearExprBuilder unscheduledPriority = LinearExpr.newBuilder();
        LinearExprBuilder lateness = LinearExpr.newBuilder();
        LinearExprBuilder moved = LinearExpr.newBuilder();
        long latenessAtMost = 0;
        long movedAtMost = 0;
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            total += meeting.getPriority();
            unscheduledPriority.add(meeting.getPriority()).add(weighted(meeting, s -> meeting.getPriority(), -1));
            if (meeting.isMutual()) {
                lateness.add(weighted(meeting, Slot::index, 1));
                latenessAtMost += maxOver(meeting, Slot::index);
            }
            if (meeting.getPublishedSlot() != null) {
                Slot published = meeting.getPublishedSlot();
                moved.add(1).add(weighted(meeting, s -> s == published ? 1 : 0, -1));
                movedAtMost++;
            }
        }
        totalPriority = total;
        breaks = breakSum.build();
        mediumTerms = Term.heaviestFirst(List.of(
                new Term(Term.SHORTFALL, weights.tooFewMeetings, shortfallSum.build(), owed),
                new Term(Term.UNSCHEDULED_PRIORITY, weights.requestedUnscheduled, unscheduledPriority.build(), total)));
        softTerms = Term.heaviestFirst(List.of(
                new Term(Term.BREAKS, weights.idleBreak, breaks, idleAtMost),
                new Term(Term.IDLE_SLOTS, weights.idleTime, idleSum.build(), idleAtMost),
                new Term(Term.LATENESS, weights.mutualLate, lateness.build(), latenessAtMost),
                new Term(Term.MOVED, weights.publishedMoved, moved.build(), movedAtMost)));
        medium = Term.weightedSum(mediumTerms);
        soft = Term.weightedSum(softTerms);
    }

    int variables() {
        return variables;
    }

    /** Booleans the model would need, counted without building it: the size check runs before any native call. */
    static long sizeOf(Schedule schedule) {
        return choicesOf(schedule) + waitsOf(schedule);
    }

    /** Booleans of the break phase's model: the waits and the candidate slots of the meetings {@code schedule} holds. */
    static long sizeWithMeetingSet(Schedule schedule) {
        long size = waitsOf(schedule);
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            size += meeting.isPinned() || !meeting.isScheduled() ? 0 : meeting.getCandidateSlots().size();
        }
        return size;
    }

    /** The meeting-and-slot booleans of the meetings {@code schedule} holds (the run model's size). */
    static long choicesWithMeetingSet(Schedule schedule) {
        long size = 0;
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            size += meeting.isPinned() || !meeting.isScheduled() ? 0 : meeting.getCandidateSlots().size();
        }
        return size;
    }

    /** Whether every slot of the event lies on one day: the run model's breaks are then its gaps. */
    static boolean oneDay(Schedule schedule) {
        return schedule.getSlots().stream().map(Slot::day).distinct().count() == 1;
    }

    /** The meeting-and-slot booleans alone: the size of the model without waits. */
    static long choicesOf(Schedule schedule) {
        long size = 0;
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            size += meeting.isPinned() ? 0 : meeting.getCandidateSlots().size();
        }
        return size;
    }

    private static long waitsOf(Schedule schedule) {
        Map<Integer, Integer> slotsPerDay = new HashMap<>();
        schedule.getSlots().forEach(s -> slotsPerDay.merge(s.day(), 1, Integer::sum));
        int slotsAtMostPerDay = slotsPerDay.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        // Four booleans per participant, day and slot for the waits, on the days the participant may meet.
        return 4L * schedule.getAttendees().size() * slotsPerDay.size() * slotsAtMostPerDay;
    }

    /** The slot each free meeting takes in a solution, read through {@code value}; null for none. */
    Map<MeetingAssignment, Slot> read(ToLongFunction<Literal> value) {
        Map<MeetingAssignment, Slot> slots = new IdentityHashMap<>();
        choices.forEach((meeting, options) -> {
            Slot chosen = null;
            for (Map.Entry<Slot, BoolVar> option : options.entrySet()) {
                if (value.applyAsLong(option.getValue()) == 1) {
                    chosen = option.getKey();
                }
            }
            slots.put(meeting, chosen);
        });
        return slots;
    }

    /** Suggests {@code schedule}'s slots as the starting point; slots outside the candidates are not suggested. */
    void hint(Schedule source) {
        model.clearHints();
        forEachChoice(source, (variable, chosen) -> model.addHint(variable, chosen));
    }

    /**
     * Keeps the meeting set of {@code source}: each free meeting it schedules takes exactly one slot, the others none.
     * The medium level cannot change, so what is left to choose is the soft level: where each meeting goes.
     */
    void keepMeetingSet(Schedule source) {
        Map<Long, Slot> slotById = new HashMap<>();
        source.getMeetings().forEach(m -> slotById.put(m.getId(), m.getSlot()));
        choices.forEach((meeting, options) -> model.addEquality(
                LinearExpr.sum(options.values().toArray(LinearArgument[]::new)),
                slotById.get(meeting.getId()) == null ? 0 : 1));
    }

    /**
     * The run model of a one-day event with the meeting set of {@code source} (call {@link #keepMeetingSet} too):
     * per participant a first slot and a flag "broken"; unless broken, its meetings fill the slots from the first
     * one on, one each, with no gap. Returns the broken participants' count, which is 0 exactly when the timetable
     * has no break; {@code source} is the hint (a participant with a gap there is broken). Null for an event of
     * several days.
     */
    LinearExpr brokenParticipants(Schedule source) {
        if (!oneDay(schedule)) {
            return null;
        }
        Map<Long, Slot> slotById = new HashMap<>();
        source.getMeetings().forEach(m -> slotById.put(m.getId(), m.getSlot()));
        Map<Attendee, List<LinearExpr>> placed = new LinkedHashMap<>();
        Map<Attendee, List<Integer>> hinted = new LinkedHashMap<>();
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            LinearExpr at;
            Slot hint = slotById.get(meeting.getId());
            if (constant(meeting)) {
                if (meeting.getSlot() == null) {
                    continue;
                }
                at = LinearExpr.constant(meeting.getSlot().index());
                hint = meeting.getSlot();
            } else {
                if (hint == null) {
                    continue;
                }
                LinearExprBuilder index = LinearExpr.newBuilder();
                choices.get(meeting).forEach((slot, x) -> index.addTerm(x, slot.index()));
                // An integer of its own: AllDifferent takes affine expressions only.
                int lowest = meeting.getCandidateSlots().stream().mapToInt(Slot::index).min().orElse(0);
                int highest = meeting.getCandidateSlots().stream().mapToInt(Slot::index).max().orElse(0);
                IntVar slotOf = model.newIntVar(lowest, highest, "slot");
                model.addEquality(slotOf, index.build());
                model.addHint(slotOf, hint.index());
                at = LinearExpr.term(slotOf, 1);
            }
            for (Attendee attendee : meeting.attendees()) {
                placed.computeIfAbsent(attendee, a -> new ArrayList<>()).add(at);
                hinted.computeIfAbsent(attendee, a -> new ArrayList<>()).add(hint.index());
            }
        }
        int first = schedule.getSlots().stream().mapToInt(Slot::index).min().orElse(0);
        int last = schedule.getSlots().stream().mapToInt(Slot::index).max().orElse(0);
        return RunModel.windows(model, placed, hinted, first, last);
    }

    /** Fixes every free meeting where {@code source} puts it: to read the model's objectives of that schedule. */
    void fix(Schedule source) {
        forEachChoice(source, (variable, chosen) -> model.addEquality(variable, chosen ? 1 : 0));
    }

    private void forEachChoice(Schedule source, BiConsumer<BoolVar, Boolean> action) {
        Map<Long, Slot> slotById = new HashMap<>();
        source.getMeetings().forEach(m -> slotById.put(m.getId(), m.getSlot()));
        choices.forEach((meeting, options) -> {
            Slot chosen = slotById.get(meeting.getId());
            options.forEach((slot, variable) -> action.accept(variable,
                    chosen != null && chosen.index() == slot.index()));
        });
    }

    /**
     * A participant is in one meeting per slot; a table hosts one meeting per slot; meetings without a host fit in
     * the free tables of their slot. Pinned meetings take their share first.
     */
    private void addSlotCapacities(Map<Attendee, List<MeetingAssignment>> byAttendee) {
        for (Map.Entry<Attendee, List<MeetingAssignment>> entry : byAttendee.entrySet()) {
            addAtMost(entry.getValue(), 1);
        }
        Map<Table, List<MeetingAssignment>> byTable = new LinkedHashMap<>();
        List<MeetingAssignment> needingFreeTable = new ArrayList<>();
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            if (meeting.table() != null) {
                byTable.computeIfAbsent(meeting.table(), t -> new ArrayList<>()).add(meeting);
            }
            if (meeting.needsFreeTable()) {
                needingFreeTable.add(meeting);
            }
        }
        // Without an explicit table a meeting sits at one of its participants' fixed tables, so only a pinned
        // meeting set at someone else's table can share a table without sharing a participant.
        byTable.values().stream()
                .filter(meetings -> meetings.stream().anyMatch(m -> m.isPinned() && m.getExplicitTable() != null))
                .forEach(meetings -> addAtMost(meetings, 1));
        Map<Integer, LinearExprBuilder> perSlot = new TreeMap<>();
        Map<Integer, Long> pinnedPerSlot = new HashMap<>();
        for (MeetingAssignment meeting : needingFreeTable) {
            if (constant(meeting)) {
                if (meeting.getSlot() != null) {
                    pinnedPerSlot.merge(meeting.getSlot().index(), 1L, Long::sum);
                }
            } else {
                choices.get(meeting).forEach((slot, x) -> perSlot.computeIfAbsent(slot.index(),
                        i -> LinearExpr.newBuilder()).add(x));
            }
        }
        for (Slot slot : schedule.getSlots()) {
            LinearExprBuilder meetings = perSlot.get(slot.index());
            if (meetings != null) {
                model.addLessOrEqual(meetings, slot.freeTables() - pinnedPerSlot.getOrDefault(slot.index(), 0L));
            }
        }
    }

    /** Per slot, the meetings of {@code meetings} placed there number at most {@code limit}. */
    private void addAtMost(List<MeetingAssignment> meetings, int limit) {
        Map<Integer, List<Literal>> perSlot = new TreeMap<>();
        Map<Integer, Integer> pinned = new HashMap<>();
        for (MeetingAssignment meeting : meetings) {
            if (constant(meeting)) {
                if (meeting.getSlot() != null) {
                    pinned.merge(meeting.getSlot().index(), 1, Integer::sum);
                }
            } else {
                choices.get(meeting).forEach((slot, x) -> perSlot.computeIfAbsent(slot.index(),
                        i -> new ArrayList<>()).add(x));
            }
        }
        perSlot.forEach((slot, literals) -> {
            int room = limit - pinned.getOrDefault(slot, 0);
            if (room == 1) {
                model.addAtMostOne(literals);
            } else {
                model.addLessOrEqual(LinearExpr.sum(literals.toArray(LinearArgument[]::new)), room);
            }
        });
    }

    /** A participant takes no more meetings than its maxMeetings. */
    private void addMeetingCaps(Map<Attendee, List<MeetingAssignment>> byAttendee) {
        byAttendee.forEach((attendee, meetings) -> {
            if (attendee.maxMeetings() != null) {
                model.addLessOrEqual(countOf(meetings), attendee.maxMeetings());
            }
        });
    }

    /** Meetings owed to the participant under the fairness minimum that it does not get: max(0, share - count). */
    private LinearExpr shortfallOf(Attendee attendee, List<MeetingAssignment> meetings) {
        if (attendee.fairShare() <= 0) {
            return LinearExpr.constant(0);
        }
        IntVar missing = model.newIntVar(0, attendee.fairShare(), "short");
        variables++;
        model.addGreaterOrEqual(LinearExpr.newBuilder().add(missing).add(countOf(meetings)), attendee.fairShare());
        return LinearExpr.term(missing, 1);
    }

    /**
     * Per day, a participant's runs of free slots between two of its meetings: each is one break, and each free
     * slot inside one is idle time. With b the prefix "has met by now" and a the suffix "still meets later", a
     * slot lies inside the day's span when both hold; a run starts wherever a meeting follows a free slot after
     * an earlier meeting. All are bounded from below only: minimising makes them exact.
     *
     * @return the most idle slots the participant can have
     */
    private long addWaits(List<MeetingAssignment> meetings, Attendee attendee, LinearExprBuilder breakSum,
            LinearExprBuilder idleSum) {
        Map<Integer, List<Slot>> days = new TreeMap<>();
        for (Slot slot : schedule.getSlots()) {
            days.computeIfAbsent(slot.day(), d -> new ArrayList<>()).add(slot);
        }
        long idleAtMost = 0;
        for (List<Slot> day : days.values()) {
            day.sort(Comparator.comparingInt(Slot::indexInDay));
            List<LinearExpr> busy = new ArrayList<>(day.size());
            int possible = 0;
            for (Slot slot : day) {
                LinearExpr here = busyAt(meetings, slot);
                busy.add(here);
                possible += isZero(here) ? 0 : 1;
            }
            if (possible < 2) {
                continue;
            }
            idleAtMost += day.size() - 2;
            int n = day.size();
            BoolVar[] before = new BoolVar[n];
            BoolVar[] after = new BoolVar[n];
            for (int i = 0; i < n; i++) {
                before[i] = newBool();
                after[i] = newBool();
                model.addGreaterOrEqual(before[i], busy.get(i));
                model.addGreaterOrEqual(after[i], busy.get(i));
            }
            for (int i = 1; i < n; i++) {
                model.addGreaterOrEqual(before[i], before[i - 1]);
                model.addGreaterOrEqual(after[i - 1], after[i]);
            }
            for (int i = 0; i < n; i++) {
                // Inside the span and free: idle.
                BoolVar inside = newBool();
                model.addGreaterOrEqual(LinearExpr.newBuilder().add(inside).add(1),
                        LinearExpr.newBuilder().add(before[i]).add(after[i]));
                // Never negative, also in the linear relaxation: the bound on idle time stays meaningful.
                model.addGreaterOrEqual(inside, busy.get(i));
                idleSum.add(inside).addTerm(busy.get(i), -1);
                if (i > 0) {
                    // A meeting after a free slot that follows an earlier meeting ends a break.
                    BoolVar breakEnds = newBool();
                    model.addGreaterOrEqual(LinearExpr.newBuilder().add(breakEnds).add(1),
                            LinearExpr.newBuilder().add(busy.get(i)).add(before[i - 1]).addTerm(busy.get(i - 1), -1));
                    breakSum.add(breakEnds);
                }
            }
        }
        return idleAtMost;
    }

    /**
     * Breaks alone, for the neighbourhoods of the break search: per day, a run of meetings starts wherever the
     * participant meets after a free slot (or at the day's first slot), and the day's breaks are its runs less one
     * when it meets that day. One boolean per slot and one per day, where {@link #addWaits} needs four per slot;
     * idle slots are not counted.
     */
    private void addRuns(List<MeetingAssignment> meetings, LinearExprBuilder breakSum) {
        Map<Integer, List<Slot>> days = new TreeMap<>();
        for (Slot slot : schedule.getSlots()) {
            days.computeIfAbsent(slot.day(), d -> new ArrayList<>()).add(slot);
        }
        for (List<Slot> day : days.values()) {
            day.sort(Comparator.comparingInt(Slot::indexInDay));
            LinearExprBuilder all = LinearExpr.newBuilder();
            LinearExpr previous = LinearExpr.constant(0);
            for (Slot slot : day) {
                LinearExpr here = busyAt(meetings, slot);
                all.add(here);
                if (!isZero(here)) {
                    BoolVar starts = newBool();
                    model.addGreaterOrEqual(LinearExpr.newBuilder().add(starts).add(previous), here);
                    breakSum.add(starts);
                }
                previous = here;
            }
            BoolVar meets = newBool();
            model.addLessOrEqual(meets, all);
            breakSum.addTerm(meets, -1);
        }
    }

    /** 1 when the participant meets in the slot: a pinned meeting there, or the sum of its choices there. */
    private LinearExpr busyAt(List<MeetingAssignment> meetings, Slot slot) {
        LinearExprBuilder busy = LinearExpr.newBuilder();
        for (MeetingAssignment meeting : meetings) {
            if (constant(meeting)) {
                busy.add(meeting.getSlot() != null && meeting.getSlot().index() == slot.index() ? 1 : 0);
            } else {
                BoolVar x = choices.get(meeting).get(slot);
                if (x != null) {
                    busy.add(x);
                }
            }
        }
        return busy.build();
    }

    private static boolean isZero(LinearExpr expr) {
        return expr.numElements() == 0 && expr.getOffset() == 0;
    }

    private LinearExpr countOf(List<MeetingAssignment> meetings) {
        LinearExprBuilder count = LinearExpr.newBuilder();
        for (MeetingAssignment meeting : meetings) {
            count.add(weighted(meeting, s -> 1, 1));
        }
        return count.build();
    }

    /** sign x weight(slot) of the meeting's slot, or 0 when unscheduled; a pinned meeting's is a constant. */
    private LinearExpr weighted(MeetingAssignment meeting, ToLongFunction<Slot> weight, int sign) {
        if (constant(meeting)) {
            return LinearExpr.constant(meeting.getSlot() == null ? 0 : sign * weight.applyAsLong(meeting.getSlot()));
        }
        LinearExprBuilder sum = LinearExpr.newBuilder();
        choices.get(meeting).forEach((slot, x) -> sum.addTerm(x, sign * weight.applyAsLong(slot)));
        return sum.build();
    }

    private long maxOver(MeetingAssignment meeting, ToLongFunction<Slot> weight) {
        if (constant(meeting)) {
            return meeting.getSlot() == null ? 0 : weight.applyAsLong(meeting.getSlot());
        }
        return meeting.getCandidateSlots().stream().mapToLong(weight).max().orElse(0);
    }

    /** A pinned meeting, or one the neighbourhood holds where it is. */
    private boolean constant(MeetingAssignment meeting) {
        return meeting.isPinned() || frozen.contains(meeting);
    }

    private BoolVar newBool() {
        variables++;
        return model.newBoolVar("");
    }

    /**
     * One rule of a level: its weight per unit, the expression counting its units, and the most it can count (a
     * bound good enough to tell whether a weight outweighs everything lighter).
     */
    record Term(String name, long weight, LinearExpr units, long unitsAtMost) {

        static final String SHORTFALL = "owed meetings missing";
        static final String UNSCHEDULED_PRIORITY = "priority unscheduled";
        static final String BREAKS = "breaks";
        static final String IDLE_SLOTS = "idle slots";
        static final String LATENESS = "mutual lateness";
        static final String MOVED = "published meetings moved";

        long atMost() {
            return weight * unitsAtMost;
        }

        static List<Term> heaviestFirst(List<Term> terms) {
            List<Term> sorted = new ArrayList<>(terms.stream().filter(t -> t.weight > 0).toList());
            sorted.sort(Comparator.comparingLong(Term::weight).reversed());
            return List.copyOf(sorted);
        }

        static LinearExpr weightedSum(List<Term> terms) {
            LinearExprBuilder sum = LinearExpr.newBuilder();
            terms.forEach(t -> sum.addTerm(t.units, t.weight));
            return sum.build();
        }

        /**
         * Splits a level into stages that can be minimised one after the other without changing the optimum:
         * a stage ends where its lightest weight outweighs all that the rules after it can add up to.
         */
        static List<List<Term>> stages(List<Term> terms) {
            List<List<Term>> stages = new ArrayList<>();
            List<Term> current = new ArrayList<>();
            for (int i = 0; i < terms.size(); i++) {
                current.add(terms.get(i));
                long rest = 0;
                for (Term lighter : terms.subList(i + 1, terms.size())) {
                    rest = Math.addExact(rest, lighter.atMost());
                }
                if (terms.get(i).weight > rest) {
                    stages.add(List.copyOf(current));
                    current.clear();
                }
            }
            if (!current.isEmpty()) {
                stages.add(List.copyOf(current));
            }
            return stages;
        }
    }

    /**
     * The event's weights per unit of each medium and soft rule, on their levels. Null from {@link #of} when a
     * weight leaves its level: then the two objectives would not be the rulebook's.
     */
    record Weights(long tooFewMeetings, long requestedUnscheduled, long idleBreak, long idleTime, long mutualLate,
            long publishedMoved) {

        static Weights of(Schedule schedule) {
            return new Weights(medium(schedule, TOO_FEW_MEETINGS), medium(schedule, REQUESTED_MEETING_UNSCHEDULED),
                    soft(schedule, IDLE_BREAK), soft(schedule, IDLE_TIME), soft(schedule, MUTUAL_WISH_LATE),
                    soft(schedule, PUBLISHED_MEETING_MOVED));
        }

        /** Why the weights do not keep the levels' meaning, or null when they do. */
        static String whyNot(Schedule schedule) {
            for (String name : ScheduleConstraintProvider.CONSTRAINT_NAMES) {
                HardMediumSoftLongScore defaults = ScheduleConstraintProvider.DEFAULT_WEIGHTS.get(name);
                HardMediumSoftLongScore weight = weight(schedule, name);
                boolean hard = defaults.hardScore() != 0;
                boolean medium = defaults.mediumScore() != 0;
                boolean onLevel = hard ? weight.hardScore() > 0 && weight.mediumScore() == 0 && weight.softScore() == 0
                        : medium ? weight.hardScore() == 0 && weight.mediumScore() >= 0 && weight.softScore() == 0
                        : weight.hardScore() == 0 && weight.mediumScore() == 0 && weight.softScore() >= 0;
                if (!onLevel) {
                    return "the weight of \"" + name + "\" (" + weight + ") leaves its level";
                }
            }
            return null;
        }

        private static HardMediumSoftLongScore weight(Schedule schedule, String name) {
            HardMediumSoftLongScore weight = schedule.getConstraintWeightOverrides() == null ? null
                    : schedule.getConstraintWeightOverrides().getConstraintWeight(name);
            return weight != null ? weight : ScheduleConstraintProvider.DEFAULT_WEIGHTS.get(name);
        }

        private static long medium(Schedule schedule, String name) {
            return weight(schedule, name).mediumScore();
        }

        private static long soft(Schedule schedule, String name) {
            return weight(schedule, name).softScore();
        }
    }
}
