package org.matchday.solver.exact;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import org.matchday.solver.Attendee;
import org.matchday.solver.MeetingAssignment;
import org.matchday.solver.Schedule;
import org.matchday.solver.ScheduleCloner;
import org.matchday.solver.Slot;
import org.matchday.solver.Table;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.matchday.solver.ScheduleConstraintProvider.IDLE_BREAK;
import static org.matchday.solver.ScheduleConstraintProvider.IDLE_TIME;
import static org.matchday.solver.ScheduleConstraintProvider.MUTUAL_WISH_LATE;
import static org.matchday.solver.ScheduleConstraintProvider.PUBLISHED_MEETING_MOVED;
import static org.matchday.solver.ScheduleConstraintProvider.REQUESTED_MEETING_UNSCHEDULED;
import static org.matchday.solver.ScheduleConstraintProvider.TOO_FEW_MEETINGS;

/**
 * Random planning problems small enough to enumerate, with every feature the rulebook knows: days and sessions,
 * availability, session restrictions, fixed tables, few free tables, meeting caps, fair shares, mutual wishes,
 * published and pinned meetings, and sometimes the event's own weights.
 */
final class TinySchedules {

    static final SolutionManager<Schedule, HardMediumSoftLongScore> RULEBOOK = SolutionManager.create(
            SolverFactory.create(SolverConfig.createFromXmlResource("solverConfig.xml")));

    private TinySchedules() {
    }

    /**
     * @param participants how many attendees
     * @param slotsPerDay slots of each day
     * @param days 1 or 2
     */
    static Schedule generate(long seed, int participants, int slotsPerDay, int days, int maxMeetings) {
        Random random = new Random(seed);
        List<Slot> slots = new ArrayList<>();
        LocalDateTime day0 = LocalDateTime.of(2026, 6, 1, 9, 0);
        for (int d = 0; d < days; d++) {
            for (int i = 0; i < slotsPerDay; i++) {
                LocalDateTime start = day0.plusDays(d).plusMinutes(30L * i);
                String session = (i < slotsPerDay / 2 ? "AM" : "PM") + d;
                slots.add(new Slot(slots.size(), d, i, session, start, start.plusMinutes(30), random.nextInt(4)));
            }
        }
        List<Table> tables = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            tables.add(new Table(100 + t, "F" + t, "Free " + t, null, null));
        }
        List<Attendee> attendees = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            BitSet available = null;
            if (random.nextInt(3) == 0) {
                available = new BitSet();
                for (Slot slot : slots) {
                    if (random.nextInt(5) > 0) {
                        available.set(slot.index());
                    }
                }
            }
            Table fixed = null;
            if (random.nextInt(5) == 0) {
                fixed = new Table(200 + p, "T" + p, "Table " + p, (long) p, "P" + p);
                tables.add(fixed);
            }
            Integer cap = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : null;
            attendees.add(new Attendee(p, "p" + p, "P" + p, available, cap, fixed, random.nextInt(3), false));
        }
        List<MeetingAssignment> meetings = new ArrayList<>();
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a < participants; a++) {
            for (int b = a + 1; b < participants; b++) {
                pairs.add(new int[] {a, b});
            }
        }
        java.util.Collections.shuffle(pairs, random);
        for (int[] pair : pairs.subList(0, Math.min(maxMeetings, pairs.size()))) {
            Attendee a = attendees.get(pair[0]);
            Attendee b = attendees.get(pair[1]);
            Set<String> sessions = random.nextInt(5) == 0 ? Set.of(slots.get(0).session()) : null;
            List<Slot> candidates = slots.stream()
                    .filter(s -> a.isAvailable(s) && b.isAvailable(s))
                    .filter(s -> sessions == null || sessions.contains(s.session()))
                    .toList();
            MeetingAssignment meeting = new MeetingAssignment(meetings.size() + 1, a, b, 1 + random.nextInt(5),
                    random.nextInt(3) == 0, sessions, candidates);
            if (random.nextInt(4) == 0) {
                meeting.setPublished(slots.get(random.nextInt(slots.size())), null);
            }
            meetings.add(meeting);
        }
        pinSome(random, slots, meetings);
        ConstraintWeightOverrides<HardMediumSoftLongScore> weights = ConstraintWeightOverrides.none();
        if (random.nextInt(3) == 0) {
            Map<String, HardMediumSoftLongScore> own = new HashMap<>();
            own.put(TOO_FEW_MEETINGS, HardMediumSoftLongScore.ofMedium(random.nextInt(20)));
            own.put(REQUESTED_MEETING_UNSCHEDULED, HardMediumSoftLongScore.ofMedium(random.nextInt(4)));
            own.put(IDLE_BREAK, HardMediumSoftLongScore.ofSoft(random.nextInt(50)));
            own.put(IDLE_TIME, HardMediumSoftLongScore.ofSoft(random.nextInt(10)));
            own.put(MUTUAL_WISH_LATE, HardMediumSoftLongScore.ofSoft(random.nextInt(3)));
            own.put(PUBLISHED_MEETING_MOVED, HardMediumSoftLongScore.ofSoft(random.nextInt(30)));
            weights = ConstraintWeightOverrides.of(own);
        }
        return new Schedule(1L, 1, slots, tables, attendees, meetings, weights);
    }

    /** Pins a few meetings where they break no rule among themselves: a pinned clash is refused, not solved. */
    private static void pinSome(Random random, List<Slot> slots, List<MeetingAssignment> meetings) {
        Map<String, Boolean> busy = new HashMap<>();
        int[] freeTablesUsed = new int[slots.size()];
        Map<Attendee, Integer> count = new HashMap<>();
        for (MeetingAssignment meeting : meetings) {
            if (random.nextInt(8) != 0 || meeting.getCandidateSlots().isEmpty()) {
                continue;
            }
            Slot slot = meeting.getCandidateSlots().get(random.nextInt(meeting.getCandidateSlots().size()));
            boolean clash = meeting.attendees().stream().anyMatch(a -> busy.containsKey(a.id() + "@" + slot.index())
                    || a.maxMeetings() != null && count.getOrDefault(a, 0) >= a.maxMeetings());
            boolean seated = !meeting.needsFreeTable() || freeTablesUsed[slot.index()] < slot.freeTables();
            if (clash || !seated) {
                continue;
            }
            meeting.attendees().forEach(a -> {
                busy.put(a.id() + "@" + slot.index(), true);
                count.merge(a, 1, Integer::sum);
            });
            freeTablesUsed[slot.index()] += meeting.needsFreeTable() ? 1 : 0;
            meeting.setSlot(slot);
            meeting.setPinned(true);
        }
    }

    /**
     * Puts the free meetings in random candidate slots or leaves them out. A meeting whose participant is busy in
     * the slot drawn is mostly left out, so that about half the schedules keep the hard rules and half do not.
     */
    static Schedule randomAssignment(Schedule problem, Random random) {
        Schedule schedule = new ScheduleCloner().cloneSolution(problem);
        Map<String, Boolean> busy = new HashMap<>();
        schedule.getMeetings().stream().filter(MeetingAssignment::isPinned)
                .forEach(m -> m.attendees().forEach(a -> busy.put(a.id() + "@" + m.getSlot().index(), true)));
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            if (!meeting.isPinned()) {
                List<Slot> candidates = meeting.getCandidateSlots();
                int pick = random.nextInt(candidates.size() + 1);
                Slot slot = pick == candidates.size() ? null : candidates.get(pick);
                boolean clash = slot != null && meeting.attendees().stream()
                        .anyMatch(a -> busy.containsKey(a.id() + "@" + slot.index()));
                if (slot != null && (!clash || random.nextInt(10) == 0)) {
                    meeting.setSlot(slot);
                    meeting.attendees().forEach(a -> busy.put(a.id() + "@" + slot.index(), true));
                } else {
                    meeting.setSlot(null);
                }
            }
        }
        return schedule;
    }

    /** The rulebook's score of a copy of the schedule. */
    static HardMediumSoftLongScore score(Schedule schedule) {
        return RULEBOOK.update(new ScheduleCloner().cloneSolution(schedule));
    }

    /** Every way to place the free meetings (each in one of its candidates or out), scored by the rulebook. */
    static HardMediumSoftLongScore bestByEnumeration(Schedule problem) {
        Schedule schedule = new ScheduleCloner().cloneSolution(problem);
        List<MeetingAssignment> free = schedule.getMeetings().stream().filter(m -> !m.isPinned()).toList();
        int[] choice = new int[free.size()];
        HardMediumSoftLongScore best = null;
        while (true) {
            for (int i = 0; i < free.size(); i++) {
                List<Slot> candidates = free.get(i).getCandidateSlots();
                free.get(i).setSlot(choice[i] == candidates.size() ? null : candidates.get(choice[i]));
            }
            HardMediumSoftLongScore score = RULEBOOK.update(schedule);
            if (best == null || score.compareTo(best) > 0) {
                best = score;
            }
            int i = 0;
            while (i < free.size() && ++choice[i] > free.get(i).getCandidateSlots().size()) {
                choice[i++] = 0;
            }
            if (i == free.size()) {
                return best;
            }
        }
    }

    /** How many schedules {@link #bestByEnumeration} would score. */
    static long assignments(Schedule problem) {
        long count = 1;
        for (MeetingAssignment meeting : problem.getMeetings()) {
            if (!meeting.isPinned()) {
                count *= meeting.getCandidateSlots().size() + 1;
            }
        }
        return count;
    }
}
