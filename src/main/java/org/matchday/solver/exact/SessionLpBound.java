package org.matchday.solver.exact;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.matchday.solver.Attendee;
import org.matchday.solver.MeetingAssignment;
import org.matchday.solver.Schedule;
import org.matchday.solver.Slot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bound on the scheduled priority of events too large for the exact model: the linear relaxation of the
 * time-indexed model ({@link PriorityMip}) with its slots summed per session, so that it stays small (a variable
 * per meeting and session it may take place in) while keeping what the wish graph's capacity bound ignores: a
 * participant's meetings in a session fit in the slots its meetings there may use, and the meetings without a host
 * in a session fit at its free tables. Every timetable satisfies these sums, so no timetable schedules more
 * priority than the optimum of this program (solved by GLOP, rounded down).
 */
public final class SessionLpBound {

    private SessionLpBound() {
    }

    /** The bound, or -1 when OR-Tools is missing or the linear program was not solved to optimality. */
    public static long of(Schedule schedule) {
        if (!ExactSolver.nativeAvailable()) {
            return -1;
        }
        MPSolver solver = MPSolver.createSolver("GLOP");
        if (solver == null) {
            return -1;
        }
        try {
            return solve(solver, schedule);
        } finally {
            solver.delete();
        }
    }

    private static long solve(MPSolver solver, Schedule schedule) {
        double infinity = MPSolver.infinity();
        MPObjective objective = solver.objective();
        long pinnedPriority = 0;
        // Per participant and session its choices and the slots they may use; per session the hostless choices.
        Map<Attendee, Map<String, List<MPVariable>>> choices = new HashMap<>();
        Map<Attendee, Map<String, Set<Integer>>> usable = new HashMap<>();
        Map<Attendee, Map<String, Set<Integer>>> pinnedSlots = new HashMap<>();
        Map<Attendee, List<MPVariable>> all = new HashMap<>();
        Map<Attendee, Integer> pinnedCount = new HashMap<>();
        Map<String, List<MPVariable>> hostless = new LinkedHashMap<>();
        Map<String, Integer> hostlessPinned = new HashMap<>();
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            if (meeting.isPinned()) {
                if (meeting.getSlot() != null) {
                    pinnedPriority += meeting.getPriority();
                    String session = key(meeting.getSlot());
                    for (Attendee a : meeting.attendees()) {
                        pinnedSlots.computeIfAbsent(a, k -> new HashMap<>())
                                .computeIfAbsent(session, k -> new HashSet<>()).add(meeting.getSlot().index());
                        pinnedCount.merge(a, 1, Integer::sum);
                    }
                    if (meeting.needsFreeTable()) {
                        hostlessPinned.merge(session, 1, Integer::sum);
                    }
                }
                continue;
            }
            Map<String, List<Slot>> bySession = new LinkedHashMap<>();
            meeting.getCandidateSlots().forEach(s -> bySession.computeIfAbsent(key(s), k -> new ArrayList<>()).add(s));
            MPConstraint once = solver.makeConstraint(-infinity, 1);
            bySession.forEach((session, slots) -> {
                MPVariable x = solver.makeNumVar(0, 1, "");
                once.setCoefficient(x, 1);
                objective.setCoefficient(x, meeting.getPriority());
                for (Attendee a : meeting.attendees()) {
                    choices.computeIfAbsent(a, k -> new HashMap<>()).computeIfAbsent(session,
                            k -> new ArrayList<>()).add(x);
                    Set<Integer> indexes = usable.computeIfAbsent(a, k -> new HashMap<>())
                            .computeIfAbsent(session, k -> new HashSet<>());
                    slots.forEach(s -> indexes.add(s.index()));
                    all.computeIfAbsent(a, k -> new ArrayList<>()).add(x);
                }
                if (meeting.needsFreeTable()) {
                    hostless.computeIfAbsent(session, k -> new ArrayList<>()).add(x);
                }
            });
        }
        choices.forEach((attendee, sessions) -> sessions.forEach((session, variables) -> {
            Set<Integer> slots = new HashSet<>(usable.get(attendee).get(session));
            slots.removeAll(pinnedSlots.getOrDefault(attendee, Map.of()).getOrDefault(session, Set.of()));
            atMost(solver, variables, slots.size());
        }));
        for (Attendee attendee : schedule.getAttendees()) {
            if (attendee.maxMeetings() != null && all.containsKey(attendee)) {
                atMost(solver, all.get(attendee), attendee.maxMeetings() - pinnedCount.getOrDefault(attendee, 0));
            }
        }
        Map<String, Integer> freeTables = new HashMap<>();
        schedule.getSlots().forEach(s -> freeTables.merge(key(s), s.freeTables(), Integer::sum));
        hostless.forEach((session, variables) -> atMost(solver, variables,
                freeTables.getOrDefault(session, 0) - hostlessPinned.getOrDefault(session, 0)));
        objective.setMaximization();
        if (solver.solve() != MPSolver.ResultStatus.OPTIMAL) {
            return -1;
        }
        // Priorities are whole numbers: an optimum of 70,000.4 allows 70,000; the margin absorbs the solver's tolerance.
        return pinnedPriority + (long) Math.floor(objective.value() + 0.01);
    }

    private static void atMost(MPSolver solver, List<MPVariable> variables, int limit) {
        MPConstraint constraint = solver.makeConstraint(-MPSolver.infinity(), Math.max(0, limit));
        variables.forEach(x -> constraint.setCoefficient(x, 1));
    }

    private static String key(Slot slot) {
        return slot.day() + "/" + slot.session();
    }
}
