package org.matchday.participant;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.format.EventDocument;
import org.matchday.format.ListLimits;

import java.util.List;

/** The participants to issue personal links for; every participant of the event when the list is absent. */
@Schema(name = "LinksInput")
public record LinksInput(
        @Schema(description = "Participant ids; absent for all.", example = "[\"eu-01\", \"tw-aero\"]")
        @Size(max = EventDocument.MAX_PARTICIPANTS, groups = ListLimits.class) List<String> participants) {
}
