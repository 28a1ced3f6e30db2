package org.matchday.schedule;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.format.Formatted;
import org.matchday.format.Formatted.As;

/** Where an organiser puts a meeting by hand. */
@Schema(name = "MoveInput")
public record MoveInput(
        @Schema(description = "Local date-time of a slot start.", example = "2018-06-05T14:20", required = true)
        @NotNull @Formatted(As.DATE_TIME) String start,
        @Schema(example = "T03", required = true) @NotNull @Formatted(As.CODE) String table,
        @Schema(description = "Keep it there when the solver runs again (default true).") Boolean pinned,
        @Schema(description = "The meeting's version last read; when given, a stale one is refused.") Long version) {
}
