package org.matchday.solve;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.format.ListLimits;

import java.util.Map;

/** The weights an organiser sets for an event's scheduling rules; rules left out go back to their default. */
@Schema(name = "ConstraintWeightsInput")
public record ConstraintWeightsInput(
        @Schema(description = "Weight per constraint name, as score text.",
                example = "{\"Idle break\": \"0hard/0medium/500000000soft\","
                        + " \"Mutual wish late\": \"0hard/0medium/0soft\"}")
        @NotNull @Size(max = 100, groups = ListLimits.class) Map<String, String> weights) {
}
