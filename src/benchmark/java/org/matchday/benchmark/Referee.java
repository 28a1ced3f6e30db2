package org.matchday.benchmark;

import org.matchday.persistence.EventData;
import org.matchday.service.CapacityService;
import org.matchday.solver.Schedule;

/**
 * The benchmark's judge of how good a timetable can be, apart from the solver it judges. Until an exact solver is
 * available it knows only the capacity bound on priority and no bound on breaks beyond zero.
 */
final class Referee {

    static final String DESCRIPTION = "the capacity bound of `CapacityService` (max-weight fractional b-matching of"
            + " the wish graph, ignoring tables) bounds the priority, and no timetable has fewer than 0 breaks; a"
            + " solver that reaches a bound has proven it optimal.";

    private Referee() {
    }

    /** What is known of the best timetable of {@code data}; {@code solved} is the solver's, as a hint. */
    static SolverBenchmark.Verdict judge(EventData data, Schedule solved) {
        long bound = new CapacityService().report(data).upperBound();
        return new SolverBenchmark.Verdict(bound, false, 0, false, "capacity bound");
    }
}
