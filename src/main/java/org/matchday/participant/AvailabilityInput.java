package org.matchday.participant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.format.AvailabilityDoc;
import org.matchday.format.ListLimits;

import java.util.List;

/** The windows in which a participant can meet, each within one session; absent means every slot. */
@Schema(name = "AvailabilityInput")
public record AvailabilityInput(
        @Schema(example = "[{\"session\": \"pm\", \"from\": \"13:30\", \"to\": \"16:00\"}]")
        @Size(max = 200, groups = ListLimits.class) List<@NotNull @Valid AvailabilityDoc> availability,
        @Schema(description = "The version last read; when given, a stale one is refused (409).") Long version) {
}
