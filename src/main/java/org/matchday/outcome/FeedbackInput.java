package org.matchday.outcome;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.domain.outcome.Interest;

/** One side's feedback on one meeting, right after the event. */
@Schema(name = "FeedbackInput")
public record FeedbackInput(
        @Schema(description = "Whether the meeting took place.", example = "true", required = true)
        @NotNull Boolean held,
        @Schema(description = "1 (poor) to 5 (excellent); absent when the meeting did not take place.", example = "4",
                minimum = "1", maximum = "5") @Min(1) @Max(5) Integer rating,
        @Schema(description = "What the side expects next; absent means not said.", example = "FOLLOW_UP")
        Interest interest,
        @Schema(description = "A private note, read only by the side itself and the organisers.",
                example = "Agreed to exchange test data.") @Size(max = 2000) String note) {
}
