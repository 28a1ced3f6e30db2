package org.matchday.rest.dto;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** The weights an organiser sets for an event's scheduling rules; rules left out go back to their default. */
@Schema(name = "ConstraintWeightsInput")
public record ConstraintWeightsInput(
        @Schema(description = "Weight per constraint name, as score text.",
                example = "{\"Idle break\": \"0hard/0medium/500000000soft\","
                        + " \"Mutual wish late\": \"0hard/0medium/0soft\"}")
        @NotNull Map<String, String> weights) {
}
