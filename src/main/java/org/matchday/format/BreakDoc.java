package org.matchday.format;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.format.Formatted.As;

/** A pause inside a session, such as a coffee break. */
@Schema(name = "Break")
public record BreakDoc(
        @Schema(example = "15:10", required = true) @NotNull @Formatted(As.TIME) String start,
        @Schema(example = "15:30", required = true) @NotNull @Formatted(As.TIME) String end) {
}
