package org.matchday.outcome;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Staff's record from the table sheets: whether a meeting took place. */
@Schema(name = "HeldInput")
public record HeldInput(
        @Schema(description = "true records that it took place; false takes the record back.", example = "true",
                required = true) @NotNull Boolean held) {
}
