package org.matchday.solve;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** Where the solving of one event stands: the best schedule so far, in counts an organiser reads. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SolveStatus")
public record SolveStatus(
        @Schema(example = "12") long eventId,
        @Schema(description = "SOLVING while a job runs (or waits for a free solver), NOT_SOLVING otherwise.",
                enumeration = {"SOLVING", "NOT_SOLVING"}, example = "SOLVING") String status,
        @Schema(description = "Score of the best schedule: hard rules broken / priority left unscheduled / breaks"
                + " and preferences.", example = "0hard/-12medium/-3000000041soft") String score,
        @Schema(description = "True when no hard rule is broken.") boolean feasible,
        @Schema(example = "84") int scheduled,
        @Schema(example = "6") int unscheduled,
        @Schema(description = "Idle breaks: per participant and day, runs of free slots between two meetings.",
                example = "3") int breaks,
        @Schema(description = "Sum of the priorities of the scheduled meetings.", example = "241")
        long scheduledPriority,
        @Schema(description = "Sum of the priorities of all requested meetings.", example = "262")
        long requestedPriority,
        @Schema(description = "The event's fairness minimum k: every participant with a request that can take place"
                + " is owed min(k, what its requests allow) meetings.", example = "1") int minimumMeetings,
        @Schema(description = "Participants owed a meeting who have fewer than k, whether or not their requests allow"
                + " k.", example = "2") int belowMinimum,
        @Schema(description = "Participants with fewer meetings than their requests allow under the minimum: the"
                + " ones the fairness rule has not served yet.", example = "0") int belowFairShare,
        @Schema(description = "Participants owed a meeting who have none.", example = "0") int withoutMeetings,
        @Schema(description = "Priority the schedule gives up for the fairness rule: what exchanging meetings the"
                + " rule keeps for participants at their fair share for left-out meetings worth more would add. A"
                + " lower estimate; the solver benchmark measures the whole price by solving without the rule.",
                example = "0")
        long priorityGivenUpForFairness,
        @Schema(description = "Time the current or last job has run.", example = "4200") Long elapsedMillis,
        @Schema(description = "Time limit of the current or last job.", example = "30") Integer secondsLimit,
        @Schema(description = "When the current or last job started.") Instant startedAt,
        @Schema(description = "When the best schedule was last saved by the current or last job.") Instant savedAt,
        @Schema(description = "Why the last job failed, if it did.") String error,
        @Schema(description = "PROVEN_OPTIMAL when no timetable the rules allow is better than this one, BOUNDED when"
                + " the three ...AtMost fields say how much better one can be at most, UNKNOWN otherwise (also while"
                + " a job runs). See docs/solver.md, Proven optimum.",
                enumeration = {"PROVEN_OPTIMAL", "BOUNDED", "UNKNOWN"}, example = "BOUNDED")
        String optimality,
        @Schema(description = "Where the proof or bound comes from: exact (the exact phase of the last job) or"
                + " capacity (the capacity check).", enumeration = {"exact", "capacity"}, example = "exact")
        String optimalitySource,
        @Schema(description = "Owed meetings (under the fairness minimum) the best timetable could give beyond this"
                + " one's, at most.", example = "0") Integer meetingsShortAtMost,
        @Schema(description = "Priority points the best timetable could schedule beyond this one's, at most.",
                example = "3") Long priorityShortAtMost,
        @Schema(description = "Idle breaks this timetable has beyond the best one's, at most.", example = "1")
        Integer breaksOverAtMost,
        @Schema(description = "The optimality in one sentence.", example = "At most 3 priority points and 1 break"
                + " short of the best timetable possible (bound from the exact solver).")
        String optimalityText) {

    public static final String SOLVING = "SOLVING";
    public static final String NOT_SOLVING = "NOT_SOLVING";

    @JsonIgnore
    public boolean isSolving() {
        return SOLVING.equals(status);
    }
}
