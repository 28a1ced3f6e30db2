package org.matchday.day;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The two participants who want to meet now. */
@Schema(name = "QuickBookingInput")
public record QuickBookingInput(
        @Schema(description = "The ids of the two participants.", example = "[\"eu-01\", \"tw-02\"]", required = true)
        @NotNull @Size(min = 2, max = 2) List<String> participants) {
}
