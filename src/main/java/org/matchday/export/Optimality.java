package org.matchday.export;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How close a timetable is to the best the rules allow: proven optimal, or short of it by at most so much, or not
 * known. The figures compare with the best timetable under the event's rulebook (owed meetings first, then
 * priority, then breaks), not with each figure's own maximum.
 */
@Schema(name = "Optimality")
public record Optimality(
        @Schema(description = "PROVEN_OPTIMAL: no timetable the rules allow is better. BOUNDED: it can be better by at"
                + " most the figures below. UNKNOWN: nothing is known.",
                enumeration = {"PROVEN_OPTIMAL", "BOUNDED", "UNKNOWN"}, example = "BOUNDED")
        String status,
        @Schema(description = "Where the proof or bound comes from: exact (the exact solver, CP-SAT, after the"
                + " local search) or capacity (the capacity check's bound, known before solving); null when"
                + " UNKNOWN.", enumeration = {"exact", "capacity"}, example = "exact")
        String source,
        @Schema(description = "Owed meetings (the fairness minimum's) that the best timetable could give beyond this"
                + " one's, at most; null when not known.", example = "0")
        Integer meetingsShortAtMost,
        @Schema(description = "Priority points that the best timetable could schedule beyond this one's, at most;"
                + " null when not known.", example = "3")
        Long priorityShortAtMost,
        @Schema(description = "Idle breaks this timetable has beyond the best one's, at most; null when not known.",
                example = "1")
        Integer breaksOverAtMost,
        @Schema(description = "The same in one sentence.", example = "Proven optimal by the exact solver: no"
                + " timetable the rules allow is better.")
        String text) {

    public static final String PROVEN_OPTIMAL = "PROVEN_OPTIMAL";
    public static final String BOUNDED = "BOUNDED";
    public static final String UNKNOWN = "UNKNOWN";
    public static final String EXACT = "exact";
    public static final String CAPACITY = "capacity";
}
