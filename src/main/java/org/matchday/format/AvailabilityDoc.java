package org.matchday.format;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.format.Formatted.As;

/** A window of one session in which a participant can meet; a slot must lie entirely inside it. */
@Schema(name = "Availability")
public record AvailabilityDoc(
        @Schema(example = "pm", required = true) @NotNull @Formatted(As.CODE) String session,
        @Schema(example = "13:30", required = true) @NotNull @Formatted(As.TIME) String from,
        @Schema(example = "16:00", required = true) @NotNull @Formatted(As.TIME) String to) {
}
