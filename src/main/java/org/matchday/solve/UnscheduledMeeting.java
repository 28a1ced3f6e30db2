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
        String reason,
        @Schema(description = "When a hard rule rules the meeting out whatever the schedule, its code, as in the"
                + " capacity check's impossibleMeetings (NO_COMMON_SESSION, NO_COMMON_SLOT, NO_MEETINGS_ALLOWED,"
                + " NO_TABLES, NO_FREE_TABLE); null when the reason lies in the current schedule.",
                example = "NO_FREE_TABLE") String reasonCode,
        @Schema(description = "What the hard rule names, as in the capacity check: the hosts' fixed tables, the"
                + " participant who takes no meetings, or the allowed sessions; empty otherwise.")
        List<String> details) {

    /**
     * The details as a page says them: the name of the participant who takes no meetings instead of its id (it is one
     * of the two), the other lists as they are.
     */
    public String detailsText() {
        if (details == null) {
            return "";
        }
        return String.join(", ", details.stream()
                .map(code -> "NO_MEETINGS_ALLOWED".equals(reasonCode) && participants.contains(code)
                        ? names.get(participants.indexOf(code)) : code)
                .toList());
    }
}
