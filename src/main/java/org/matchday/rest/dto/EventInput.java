package org.matchday.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.format.TimeZoneId;

/** The editable settings of an event. */
@Schema(name = "EventInput")
public record EventInput(
        @Schema(example = "Taiwan-EU Cluster Matchmaking", required = true) @NotBlank @Size(max = 200) String name,
        @Schema(example = "Asia/Taipei", required = true) @NotNull @TimeZoneId String timezone,
        @Schema(example = "Taipei International Convention Center") @Size(max = 300) String venue,
        @Schema(description = "The version last read; required to update, ignored on create.") Long version) {
}
