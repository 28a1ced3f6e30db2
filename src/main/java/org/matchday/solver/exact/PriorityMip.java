package org.matchday.solver.exact;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import org.matchday.solver.Attendee;
import org.matchday.solver.MeetingAssignment;
import org.matchday.solver.Schedule;
import org.matchday.solver.Slot;
import org.matchday.solver.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The medium level (owed meetings, then priority) as a mixed-integer program: one binary per meeting and candidate
 * slot, a participant once per slot, tables as a per-slot capacity except hosts' own tables, the meeting caps.
 * Its linear relaxation is strong, and a MIP solver's cuts and branching prove it where CP-SAT, on the same
 * model, keeps a loose bound for minutes (docs/solver.md, "Proven optimum"). A third writing of the rules,
 * checked against the rulebook by the tests.
 */
final class PriorityMip {

    /**
     * The MIP solver of OR-Tools' bundle used (docs/solver.md measures SCIP, HiGHS and CBC); the system property
     * {@code matchday.exact.mip} lets the benchmark compare them.
     */
    static final String BACKEND = System.getProperty("matchday.exact.mip", "SCIP");

    /**
     * @param optimal the solution is proven optimal
     * @param slots per free meeting its slot in the best solution found (null for none), or null when none was
     * @param penaltyAtLeast the medium level's penalty no timetable can go below (the solver's bound, rounded up)
     */
    record Result(boolean optimal, Map<MeetingAssignment, Slot> slots, long penaltyAtLeast) {
    }

    private PriorityMip() {
    }

    static Result solve(Schedule schedule, ExactModel.Weights weights, Schedule hint, long millis, String backend) {
        MPSolver solver = MPSolver.createSolver(backend);
        if (solver == null) {
            return new Result(false, null, 0);
        }
        try {
            return build(solver, schedule, weights, hint, millis, false);
        } finally {
            solver.delete();
        }
    }

    /**
     * The model's medium penalty of {@code schedule} with every meeting fixed where it is, or null when the model
     * finds it infeasible: what the tests compare with the rulebook's medium score.
     */
    static Long penaltyOf(Schedule schedule, ExactModel.Weights weights, String backend) {
        MPSolver solver = MPSolver.createSolver(backend);
        try {
            Result result = build(solver, schedule, weights, schedule, 60_000, true);
            return result.slots() == null ? null : result.penaltyAtLeast();
        } finally {
            solver.delete();
        }
    }

    private static Result build(MPSolver solver, Schedule schedule, ExactModel.Weights weights, Schedule hint,
            long millis, boolean fixed) {
        Map<MeetingAssignment, Map<Slot, MPVariable>> choices = new IdentityHashMap<>();
        double infinity = MPSolver.infinity();
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            if (!meeting.isPinned()) {
                Map<Slot, MPVariable> slots = new LinkedHashMap<>();
                MPConstraint once = solver.makeConstraint(-infinity, 1);
                for (Slot slot : meeting.getCandidateSlots()) {
                    MPVariable x = solver.makeBoolVar("");
                    slots.put(slot, x);
                    once.setCoefficient(x, 1);
                }
                choices.put(meeting, slots);
            }
        }
        Map<Attendee, List<MeetingAssignment>> byAttendee = new LinkedHashMap<>();
        schedule.getAttendees().forEach(a -> byAttendee.put(a, new ArrayList<>()));
        Map<Table, List<MeetingAssignment>> byTable = new LinkedHashMap<>();
        List<MeetingAssignment> needingFreeTable = new ArrayList<>();
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            for (Attendee attendee : meeting.attendees()) {
                byAttendee.computeIfAbsent(attendee, a -> new ArrayList<>()).add(meeting);
            }
            if (meeting.table() != null) {
                byTable.computeIfAbsent(meeting.table(), t -> new ArrayList<>()).add(meeting);
            }
            if (meeting.needsFreeTable()) {
                needingFreeTable.add(meeting);
            }
        }
        byAttendee.values().forEach(meetings -> perSlotAtMost(solver, choices, meetings, 1));
        // Only a pinned meeting set at someone else's table can share a table without sharing a participant.
        byTable.values().stream()
                .filter(meetings -> meetings.stream().anyMatch(m -> m.isPinned() && m.getExplicitTable() != null))
                .forEach(meetings -> perSlotAtMost(solver, choices, meetings, 1));
        Map<Integer, Integer> freeTables = new HashMap<>();
        schedule.getSlots().forEach(s -> freeTables.put(s.index(), s.freeTables()));
        perSlotAtMost(solver, choices, needingFreeTable, freeTables);

        MPObjective objective = solver.objective();
        long constant = 0;
        for (Map.Entry<Attendee, List<MeetingAssignment>> entry : byAttendee.entrySet()) {
            Attendee attendee = entry.getKey();
            long pinned = entry.getValue().stream().filter(m -> m.isPinned() && m.getSlot() != null).count();
            if (attendee.maxMeetings() != null) {
                MPConstraint cap = solver.makeConstraint(-infinity, attendee.maxMeetings() - pinned);
                free(choices, entry.getValue()).forEach(x -> cap.setCoefficient(x, 1));
            }
            if (attendee.fairShare() > 0 && weights.tooFewMeetings() > 0) {
                // missing + meetings >= share; minimising makes missing = max(0, share - meetings).
                MPVariable missing = solver.makeNumVar(0, attendee.fairShare(), "");
                MPConstraint owed = solver.makeConstraint(attendee.fairShare() - pinned, infinity);
                owed.setCoefficient(missing, 1);
                free(choices, entry.getValue()).forEach(x -> owed.setCoefficient(x, 1));
                objective.setCoefficient(missing, weights.tooFewMeetings());
            }
        }
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            long weight = weights.requestedUnscheduled() * meeting.getPriority();
            if (meeting.isPinned()) {
                constant += meeting.getSlot() == null ? weight : 0;
            } else {
                constant += weight;
                choices.get(meeting).values().forEach(x -> objective.setCoefficient(x, -weight));
            }
        }
        objective.setOffset(constant);
        objective.setMinimization();
        if (fixed) {
            forEachChoice(choices, hint, (x, value) -> x.setBounds(value, value));
        } else if (hint != null) {
            addHint(solver, choices, hint);
        }
        solver.setTimeLimit(Math.max(1, millis));
        // The default gap (1e-4 relative) calls a solution optimal a whole owed meeting away from the bound, when a
        // meeting weighs a million: only a gap of zero proves anything here.
        MPSolverParameters parameters = new MPSolverParameters();
        parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0);
        MPSolver.ResultStatus status = solver.solve(parameters);
        boolean found = status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
        if (!found) {
            return new Result(false, null, 0);
        }
        Map<MeetingAssignment, Slot> slots = new IdentityHashMap<>();
        choices.forEach((meeting, options) -> {
            Slot chosen = null;
            for (Map.Entry<Slot, MPVariable> option : options.entrySet()) {
                if (option.getValue().solutionValue() > 0.5) {
                    chosen = option.getKey();
                }
            }
            slots.put(meeting, chosen);
        });
        long value = Math.round(objective.value());
        // The penalty is an integer: a bound of 12.0001 still allows nothing below 13. Optimal means the solution
        // reaches the bound, whatever the status says.
        long bound = fixed ? value : Math.min(value, (long) Math.ceil(objective.bestBound() - 1e-6));
        boolean optimal = status == MPSolver.ResultStatus.OPTIMAL && value == bound;
        return new Result(optimal, slots, fixed ? bound : Math.max(0, bound));
    }

    private static List<MPVariable> free(Map<MeetingAssignment, Map<Slot, MPVariable>> choices,
            List<MeetingAssignment> meetings) {
        List<MPVariable> all = new ArrayList<>();
        meetings.stream().filter(m -> !m.isPinned()).forEach(m -> all.addAll(choices.get(m).values()));
        return all;
    }

    private static void perSlotAtMost(MPSolver solver, Map<MeetingAssignment, Map<Slot, MPVariable>> choices,
            List<MeetingAssignment> meetings, int limit) {
        Map<Integer, Integer> limits = new HashMap<>();
        for (MeetingAssignment meeting : meetings) {
            if (meeting.isPinned() && meeting.getSlot() != null) {
                limits.putIfAbsent(meeting.getSlot().index(), limit);
            } else if (!meeting.isPinned()) {
                choices.get(meeting).keySet().forEach(s -> limits.putIfAbsent(s.index(), limit));
            }
        }
        perSlotAtMost(solver, choices, meetings, limits);
    }

    /** Per slot, the meetings of {@code meetings} placed there number at most the slot's limit, pinned first. */
    private static void perSlotAtMost(MPSolver solver, Map<MeetingAssignment, Map<Slot, MPVariable>> choices,
            List<MeetingAssignment> meetings, Map<Integer, Integer> limits) {
        Map<Integer, List<MPVariable>> perSlot = new HashMap<>();
        Map<Integer, Integer> pinned = new HashMap<>();
        for (MeetingAssignment meeting : meetings) {
            if (meeting.isPinned()) {
                if (meeting.getSlot() != null) {
                    pinned.merge(meeting.getSlot().index(), 1, Integer::sum);
                }
            } else {
                choices.get(meeting).forEach((slot, x) -> perSlot.computeIfAbsent(slot.index(),
                        i -> new ArrayList<>()).add(x));
            }
        }
        perSlot.forEach((slot, variables) -> {
            MPConstraint atMost = solver.makeConstraint(-MPSolver.infinity(),
                    limits.getOrDefault(slot, 0) - pinned.getOrDefault(slot, 0));
            variables.forEach(x -> atMost.setCoefficient(x, 1));
        });
    }

    private static void addHint(MPSolver solver, Map<MeetingAssignment, Map<Slot, MPVariable>> choices,
            Schedule hint) {
        List<MPVariable> variables = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        forEachChoice(choices, hint, (x, value) -> {
            variables.add(x);
            values.add(value);
        });
        solver.setHint(variables.toArray(MPVariable[]::new), values.stream().mapToDouble(Double::doubleValue)
                .toArray());
    }

    /** Each choice variable with its value in {@code source}: 1 for the slot the meeting takes there, else 0. */
    private static void forEachChoice(Map<MeetingAssignment, Map<Slot, MPVariable>> choices, Schedule source,
            BiConsumer<MPVariable, Double> action) {
        Map<Long, Slot> slotById = new HashMap<>();
        source.getMeetings().forEach(m -> slotById.put(m.getId(), m.getSlot()));
        choices.forEach((meeting, options) -> {
            Slot chosen = slotById.get(meeting.getId());
            options.forEach((slot, x) -> action.accept(x, chosen != null && chosen.index() == slot.index() ? 1.0
                    : 0.0));
        });
    }
}
