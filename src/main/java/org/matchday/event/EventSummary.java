package org.matchday.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.domain.EventPhase;

/** An event with the size of its contents, as listed and returned by the events API. */
@Schema(name = "EventSummary")
public record EventSummary(
        @Schema(example = "1") long id,
        @Schema(example = "Taiwan-EU Cluster Matchmaking") String name,
        @Schema(example = "Asia/Taipei") String timezone,
        String venue,
        @Schema(description = "Where the event stands: what participants may do now.") EventPhase phase,
        @Schema(description = "Fairness minimum: meetings every participant with a request that can take place is"
                + " owed, as far as its requests allow; 0 when the rule is off.", example = "1") int minimumMeetings,
        @Schema(description = "Optimistic-locking version; send it back to update.") long version,
        long sessions,
        long tables,
        long participants,
        long requests,
        @Schema(description = "Meetings with a slot and a table.") long scheduledMeetings,
        @Schema(description = "Requested meetings without a slot.") long unscheduledMeetings,
        @Schema(description = "Archived: out of the organiser's main list and read-only until restored.")
        boolean archived,
        @Schema(description = "Participants may check themselves in from their personal page on the day.")
        boolean selfCheckIn,
        @Schema(description = "The event this one was started from as the next edition of a series; absent for a"
                + " first edition.", example = "7") Long previousEdition) {

    /** Every meeting, with or without a slot: what deleting the event loses. */
    public long allMeetings() {
        return scheduledMeetings + unscheduledMeetings;
    }
}
