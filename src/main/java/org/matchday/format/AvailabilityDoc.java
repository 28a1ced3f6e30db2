package org.matchday.format;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A window of one session in which a participant can meet; a slot must lie entirely inside it. */
@Schema(name = "Availability")
public record AvailabilityDoc(
        @Schema(example = "pm", required = true) @NotNull @Code String session,
        @Schema(example = "13:30", required = true) @NotNull @LocalTimeText String from,
        @Schema(example = "16:00", required = true) @NotNull @LocalTimeText String to) {
}
