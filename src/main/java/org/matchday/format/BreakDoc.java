package org.matchday.format;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pause inside a session, such as a coffee break. */
@Schema(name = "Break")
public record BreakDoc(
        @Schema(example = "15:10", required = true) @NotNull @LocalTimeText String start,
        @Schema(example = "15:30", required = true) @NotNull @LocalTimeText String end) {
}
