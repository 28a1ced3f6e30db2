package org.matchday.solve;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What cannot possibly fit, and the most requested value any schedule can reach, known before solving. */
@Schema(name = "CapacityReport")
public record CapacityReport(
        @Schema(description = "Requested meetings (pairs with an accepted request, and organisers' meetings).")
        int meetings,
        @Schema(description = "Sum of the priorities of all requested meetings.") long requestedPriority,
        @Schema(description = "Upper bound on the priority sum any schedule can reach: a maximum-weight fractional"
                + " b-matching where each participant can take as many meetings as it has available slots (and"
                + " no more than its maxMeetings).")
        long upperBound,
        @Schema(description = "upperBound as a percentage of requestedPriority.") double upperBoundPercent,
        int slots,
        int tables,
        @Schema(description = "Meetings that can never take place, with the reason.")
        List<ImpossibleMeeting> impossibleMeetings,
        @Schema(description = "Participants with more wished meetings than they can attend.")
        List<OverbookedParticipant> overbookedParticipants,
        @Schema(description = "Slots where more meetings could want to take place than there are tables.")
        List<CrowdedSlot> crowdedSlots,
        @Schema(description = "Who cannot reach the event's fairness minimum and why, and what the rule costs.")
        Fairness fairness,
        @Schema(description = "Time taken to compute this report.") long computeMillis) {

    @Schema(name = "ImpossibleMeeting")
    public record ImpossibleMeeting(List<String> participants, int priority,
            @Schema(example = "Neither Lena Hoffmann nor Chen Yi-Chun has a table of their own, and all 17 tables"
                    + " (T01, T02, ...) are hosts' fixed tables.") String reason,
            @Schema(description = "Which hard rule rules the meeting out: NO_COMMON_SESSION, NO_COMMON_SLOT,"
                    + " NO_MEETINGS_ALLOWED (a participant's maxMeetings is 0), NO_TABLES (the event has none) or"
                    + " NO_FREE_TABLE (neither has a fixed table and every table is a host's).",
                    example = "NO_FREE_TABLE") String reasonCode,
            @Schema(description = "With NO_FREE_TABLE, the hosts' fixed tables; with NO_MEETINGS_ALLOWED, the"
                    + " participant who takes no meetings; otherwise empty.") List<String> details) {
    }

    @Schema(name = "OverbookedParticipant")
    public record OverbookedParticipant(String participant, String name, int wishedMeetings, int availableSlots,
            Integer maxMeetings, @Schema(description = "Meetings it can take at most.") int capacity) {
    }

    @Schema(name = "FairnessCheck", description = "The fairness minimum k owes every participant with a request"
            + " that can take place min(k, what its requests allow) meetings, its fair share; these are the"
            + " participants who cannot reach k, and the priority the rule costs at the bound.")
    public record Fairness(
            @Schema(description = "The event's fairness minimum k; 0 when the rule is off.", example = "1")
            int minimumMeetings,
            @Schema(description = "Participants owed at least one meeting.", example = "34") int participantsOwed,
            @Schema(description = "Meetings owed in all: the sum of the fair shares.", example = "34")
            int meetingsOwed,
            @Schema(description = "Participants whose own requests allow fewer than k meetings, with why.")
            List<BelowMinimum> belowMinimum,
            @Schema(description = "Groups of participants who can meet only partners who cannot take them all.")
            List<OverbookedPartners> overbookedPartners,
            @Schema(description = "Owed meetings that no schedule can give: at least this many (the fractional"
                    + " optimum, rounded up).", example = "0")
            long shortfallAtLeast,
            @Schema(description = "Upper bound on the priority sum of a schedule that leaves out no more owed"
                    + " meetings than it must, computed like upperBound.", example = "262")
            long upperBoundWithFairness,
            @Schema(description = "upperBound minus upperBoundWithFairness: the priority the rule costs at the"
                    + " bound, an estimate made before solving (the solver benchmark measures the real cost).",
                    example = "0")
            long priorityForFairness) {
    }

    @Schema(name = "BelowMinimum", description = "A participant whose requests allow fewer meetings than k.")
    public record BelowMinimum(String participant, String name, int requestedMeetings,
            @Schema(description = "Requested meetings with a slot both participants can attend.") int possibleMeetings,
            @Schema(description = "Meetings it is owed: min(k, what its requests allow).") int fairShare,
            @Schema(example = "It takes at most 2 meetings (its maxMeetings).") String reason) {
    }

    @Schema(name = "OverbookedPartners", description = "Participants whose possible meetings are all with the same"
            + " few partners, who cannot take as many meetings with them as they are owed: whatever the schedule,"
            + " at least `shortfall` of those meetings are missing.")
    public record OverbookedPartners(List<String> participants, List<String> partners,
            @Schema(description = "Sum of the participants' fair shares.") int owed,
            @Schema(description = "Most meetings the partners can take with them.") int partnersCanTake,
            int shortfall,
            @Schema(example = "eu-07 and eu-12 can meet only tw-03, who can take 1 meeting with them; they are owed"
                    + " 2, so at least 1 owed meeting is missing.") String reason) {
    }

    @Schema(name = "CrowdedSlot")
    public record CrowdedSlot(String session, String start,
            @Schema(description = "Meetings expected in the slot if each spreads evenly over the slots it can"
                    + " use.") double expectedMeetings,
            int tables) {
    }
}
