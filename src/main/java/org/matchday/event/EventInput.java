package org.matchday.event;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.domain.Event;
import org.matchday.format.Formatted;
import org.matchday.format.Formatted.As;

/** The editable settings of an event. */
@Schema(name = "EventInput")
public record EventInput(
        @Schema(example = "Taiwan-EU Cluster Matchmaking", required = true) @NotBlank @Size(max = 200) String name,
        @Schema(example = "Asia/Taipei", required = true) @NotNull @Formatted(As.TIME_ZONE) String timezone,
        @Schema(example = "Taipei International Convention Center") @Size(max = 300) String venue,
        @Schema(description = "Fairness minimum: every participant with a request that can take place gets at least"
                + " this many meetings, as far as its requests allow, before the priority of other meetings counts."
                + " 0 switches the rule off. Absent: 1.", example = "1", defaultValue = "1", minimum = "0",
                maximum = "100")
        @Min(0) @Max(Event.MAX_MINIMUM_MEETINGS) Integer minimumMeetings,
        @Schema(description = "Participants may check themselves in from their personal page on the day. Absent:"
                + " unchanged (off for a new event).", example = "false") Boolean selfCheckIn,
        @Schema(description = "The version last read; required to update, ignored on create.") Long version) {

    /** The minimum to store: the one given, or the default when absent. */
    public int minimumMeetingsOrDefault() {
        return minimumMeetings == null ? Event.DEFAULT_MINIMUM_MEETINGS : minimumMeetings;
    }
}
