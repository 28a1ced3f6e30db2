package org.matchday.solve;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A requested meeting without a slot, with why. */
@Schema(name = "UnscheduledMeeting")
public record UnscheduledMeeting(
        @Schema(description = "The two participants' ids.") List<String> participants,
        @Schema(description = "Their names, with organisations.") List<String> names,
        @Schema(description = "Highest priority asked for the meeting.") int priority,
        boolean mutual,
        @Schema(example = "Acme (Acme Cluster) has meetings worth as much or more in all 9 slots the two can share.")
        String reason) {
}
