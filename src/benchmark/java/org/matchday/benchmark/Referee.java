package org.matchday.benchmark;

import org.matchday.persistence.EventData;
import org.matchday.solve.CapacityService;
import org.matchday.solver.Schedule;
import org.matchday.solver.SolutionFigures;
import org.matchday.solver.exact.ExactResult;
import org.matchday.solver.exact.ExactSolver;
import org.matchday.solver.exact.SessionLpBound;

import java.time.Duration;

/**
 * The benchmark's judge of how good a timetable can be, apart from the local search it judges: the exact model
 * (CP-SAT, {@link ExactSolver}) started from the solver's schedule, and the capacity bound of {@link CapacityService}
 * where the exact model does not apply or proves nothing better.
 */
final class Referee {

    static final String DESCRIPTION = "the exact model (`ExactSolver`, CP-SAT, an independent formulation of the"
            + " same rules and objective) started from the solver's schedule with a limit of %d s, which proves the"
            + " optimal priority and then the fewest breaks at that priority, or gives a bound on each when it runs"
            + " out of time; where it does not apply (events beyond its size limit), the tighter of the capacity"
            + " bound of `CapacityService` (max-weight fractional b-matching of the wish graph, ignoring tables) and"
            + " the session LP bound (`SessionLpBound`, the time-indexed relaxation summed per session) bounds the"
            + " priority and 0 the breaks. A schedule that reaches a bound has proven it optimal.";

    private Referee() {
    }

    /** The capacity bound, or the session LP bound where that one is tighter (it is -1 when not solved). */
    static long tighterBound(long capacity, long sessionLp) {
        return sessionLp < 0 ? capacity : Math.min(capacity, sessionLp);
    }

    /** What is known of the best timetable of {@code data}; {@code solved} is the solver's, the starting point. */
    static SolverBenchmark.Verdict judge(EventData data, Schedule solved, Duration limit) {
        long capacity = tighterBound(new CapacityService().report(data).upperBound(), SessionLpBound.of(solved));
        String why = ExactSolver.whyNotApplicable(solved);
        if (why != null) {
            return new SolverBenchmark.Verdict(capacity, false, 0, false, null,
                    "capacity and session LP bounds (exact model: " + why + ")");
        }
        ExactResult result = ExactSolver.solve(solved, limit, improved -> { });
        SolutionFigures best = SolutionFigures.of(result.best());
        long took = result.took().toMillis();
        if (result.proven()) {
            return new SolverBenchmark.Verdict(best.scheduledPriority(), true, best.breaks(), true,
                    (long) best.breaks(), "CP-SAT, proven in " + took + " ms");
        }
        long priorityBound = result.priorityAtMost() == null ? capacity : Math.min(capacity, result.priorityAtMost());
        boolean priorityProven = best.scheduledPriority() >= priorityBound;
        // A bound on breaks speaks of timetables at the optimal priority; without that, none is known.
        long breaks = priorityProven && result.breaksAtLeast() != null ? result.breaksAtLeast() : 0;
        Long bestBreaks = priorityProven ? (long) best.breaks() : null;
        return new SolverBenchmark.Verdict(priorityProven ? best.scheduledPriority() : priorityBound, priorityProven,
                breaks, false, bestBreaks, "CP-SAT, " + result.status() + " after " + took + " ms");
    }
}
