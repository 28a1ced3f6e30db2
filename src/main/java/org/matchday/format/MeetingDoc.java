package org.matchday.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.format.Formatted.As;

import java.util.List;

/** A scheduled one-to-one meeting. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"participants", "requests", "session", "start", "end", "table", "pinned"})
@Schema(name = "Meeting")
public record MeetingDoc(
        @Schema(description = "The two participants' ids.", required = true)
        @NotNull @Size(min = 2, max = 2, message = "{field.pair}")
        @Size(max = 100, groups = ListLimits.class)
        List<@NotNull @Formatted(As.CODE) String> participants,
        @Schema(description = "The requests this meeting answers.")
        @Size(max = 1_000, groups = ListLimits.class) List<@NotNull @Formatted(As.CODE) String> requests,
        @Schema(example = "pm", required = true) @NotNull @Formatted(As.CODE) String session,
        @Schema(description = "Local date-time of a slot start.", example = "2018-06-05T13:30", required = true)
        @NotNull @Formatted(As.DATE_TIME) String start,
        @Schema(description = "Local date-time of the slot end; derived when absent.", example = "2018-06-05T13:50")
        @Formatted(As.DATE_TIME) String end,
        @Schema(example = "T01", required = true) @NotNull @Formatted(As.CODE) String table,
        @Schema(description = "A pinned meeting stays where it is when the solver runs.")
        Boolean pinned) {

    public boolean isPinned() {
        return Boolean.TRUE.equals(pinned);
    }
}
