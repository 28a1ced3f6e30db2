package org.matchday.solve;

import org.matchday.export.Optimality;
import org.matchday.solver.exact.ExactResult;
import org.matchday.solver.exact.ExactSolver;

/**
 * Says how close a timetable is to the best the rules allow: from the exact phase's proof or bounds when the last
 * job's exact phase speaks of this very timetable, else from the capacity check, whichever is tighter per figure.
 */
final class OptimalityCheck {

    private OptimalityCheck() {
    }

    /** What the capacity check knows before solving: owed meetings no schedule gives, the priority no fair one beats. */
    record CapacityBound(long shortfallAtLeast, long priorityAtMost) {

        static CapacityBound of(CapacityReport report) {
            return new CapacityBound(report.fairness().shortfallAtLeast(), report.fairness().upperBoundWithFairness());
        }
    }

    static final Optimality NOT_KNOWN = new Optimality(Optimality.UNKNOWN, null, null, null, null,
            "How close this timetable is to the best possible is not known.");

    /** While a job runs: the bounds are judged once it ends. */
    static final Optimality WHILE_SOLVING = new Optimality(Optimality.UNKNOWN, null, null, null, null,
            "Solving: how close the timetable is to the best possible is known when the job ends.");

    /**
     * @param now the timetable's own figures
     * @param exact the last exact phase, when it was about this timetable; null otherwise
     * @param capacity the capacity check's bound; null when not known
     */
    static Optimality of(ExactSolver.Figures now, ExactResult exact, CapacityBound capacity) {
        if (exact != null && exact.proven()) {
            return new Optimality(Optimality.PROVEN_OPTIMAL, Optimality.EXACT, 0, 0L, 0,
                    "Proven optimal by the exact solver: no timetable the rules allow is better.");
        }
        Integer exactMeetings = exact == null || exact.shortfallAtLeast() == null ? null
                : Math.max(0, now.shortfall() - exact.shortfallAtLeast());
        Long exactPriority = exact == null || exact.priorityAtMost() == null ? null
                : Math.max(0, exact.priorityAtMost() - now.priority());
        Integer breaks = exact == null || exact.breaksAtLeast() == null ? null
                : Math.max(0, now.breaks() - exact.breaksAtLeast());
        Integer capacityMeetings = capacity == null ? null
                : (int) Math.max(0, now.shortfall() - capacity.shortfallAtLeast());
        Long capacityPriority = capacity == null ? null : Math.max(0, capacity.priorityAtMost() - now.priority());
        Integer meetings = tighter(exactMeetings, capacityMeetings);
        Long priority = tighter(exactPriority, capacityPriority);
        if (meetings == null && priority == null && breaks == null) {
            return NOT_KNOWN;
        }
        boolean fromExact = breaks != null || (meetings != null && meetings.equals(exactMeetings))
                || (priority != null && priority.equals(exactPriority));
        String source = fromExact ? Optimality.EXACT : Optimality.CAPACITY;
        return new Optimality(Optimality.BOUNDED, source, meetings, priority, breaks, text(meetings, priority,
                breaks, fromExact));
    }

    private static String text(Integer meetings, Long priority, Integer breaks, boolean fromExact) {
        StringBuilder gap = new StringBuilder();
        if (meetings != null) {
            gap.append(meetings).append(meetings == 1 ? " owed meeting" : " owed meetings");
        }
        if (priority != null) {
            gap.append(gap.isEmpty() ? "" : breaks != null ? ", " : " and ").append(priority)
                    .append(priority == 1 ? " priority point" : " priority points");
        }
        if (breaks != null) {
            gap.append(gap.isEmpty() ? "" : " and ").append(breaks).append(breaks == 1 ? " break" : " breaks");
        }
        return "At most " + gap + " short of the best timetable possible (bound from "
                + (fromExact ? "the exact solver" : "the capacity check") + ").";
    }

    private static <T extends Comparable<T>> T tighter(T a, T b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }
}
