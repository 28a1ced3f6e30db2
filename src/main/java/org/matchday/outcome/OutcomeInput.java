package org.matchday.outcome;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.domain.outcome.AgreementKind;
import org.matchday.domain.outcome.OutcomeStatus;
import org.matchday.format.ListLimits;

import java.util.List;

/** One side's answer to the follow-up survey about one meeting. */
@Schema(name = "OutcomeInput")
public record OutcomeInput(
        @Schema(description = "What came of the meeting.", example = "AGREEMENT", required = true)
        @NotNull OutcomeStatus status,
        @Schema(description = "The kinds of cooperation, each once.", example = "[\"TECHNOLOGY\"]")
        @Size(max = 5, groups = ListLimits.class) List<@NotNull AgreementKind> kinds,
        @Schema(description = "A short story of what came of it.", example = "We now co-develop a drone test bed.")
        @Size(max = 4000) String story,
        @Schema(description = "Whether the organisers may publish the story; false when absent.", example = "true")
        Boolean publishStory) {
}
