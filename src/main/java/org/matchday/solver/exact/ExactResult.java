package org.matchday.solver.exact;

import org.matchday.solver.Schedule;

import java.time.Duration;

/**
 * What an exact run found and proved. The bounds speak of the best timetable the rules allow: it misses at least
 * {@code shortfallAtLeast} owed meetings, schedules at most {@code priorityAtMost} priority, and has at least
 * {@code breaksAtLeast} breaks; each is null when the run could not tell.
 *
 * @param best the best schedule known, scored by the rulebook (the start when nothing better was found)
 * @param proven whether {@code best} is proven optimal under the rules, both levels
 * @param status how far the run got
 * @param shortfallAtLeast owed meetings (fairness minimum) that the best timetable the rules allow still misses
 * @param priorityAtMost scheduled priority of the best timetable the rules allow, at most
 * @param breaksAtLeast breaks of the best timetable the rules allow, at least
 * @param reason why the exact phase did not apply, or why it stopped; null otherwise
 * @param took time spent, model building included
 * @param mediumProvenAfter when the medium level (owed meetings, priority) was proven optimal, or null
 * @param variables booleans and integers of the model, 0 when none was built
 */
public record ExactResult(Schedule best, boolean proven, Status status, Integer shortfallAtLeast,
        Long priorityAtMost, Integer breaksAtLeast, String reason, Duration took, Duration mediumProvenAfter,
        int variables) {

    public enum Status {
        /** Both levels proven optimal. */
        PROVEN_OPTIMAL,
        /** A bound is known for the medium level (and the soft level if it was reached), not a proof. */
        BOUNDED,
        /** The run found no bound (time ran out or it was stopped at once). */
        UNKNOWN,
        /** The event is too large, its weights leave their levels, its pinned meetings break a rule, or there is
         *  no native library for this platform. */
        NOT_APPLICABLE
    }

    static ExactResult notApplicable(Schedule best, String reason, Duration took) {
        return new ExactResult(best, false, Status.NOT_APPLICABLE, null, null, null, reason, took, null, 0);
    }
}
