package org.matchday.rest.dto;

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
        @Schema(description = "Time taken to compute this report.") long computeMillis) {

    @Schema(name = "ImpossibleMeeting")
    public record ImpossibleMeeting(List<String> participants, int priority, String reason) {
    }

    @Schema(name = "OverbookedParticipant")
    public record OverbookedParticipant(String participant, String name, int wishedMeetings, int availableSlots,
            Integer maxMeetings, @Schema(description = "Meetings it can take at most.") int capacity) {
    }

    @Schema(name = "CrowdedSlot")
    public record CrowdedSlot(String session, String start,
            @Schema(description = "Meetings expected in the slot if each spreads evenly over the slots it can"
                    + " use.") double expectedMeetings,
            int tables) {
    }
}
