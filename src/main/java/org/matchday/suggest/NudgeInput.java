package org.matchday.suggest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The organiser's nudge: who counts as having few wishes, what to do for them, and with how many suggestions. */
@Schema(name = "NudgeInput")
public record NudgeInput(
        @Schema(description = "Participants who sent fewer standing wishes (pending or accepted) than this are"
                + " nudged.", example = "3", required = true) @NotNull @Min(1) @Max(1000) Integer minWishes,
        @Schema(description = "MAIL sends each its top suggestions; ADD_WISHES adds them as priority-1 wishes"
                + " marked as suggested, which the receivers still accept or decline.", required = true)
        @NotNull Action action,
        @Schema(description = "Suggestions per participant, 1 to 10; default 3.", example = "3") @Min(1) @Max(10)
        Integer perParticipant) {

    public enum Action {
        MAIL,
        ADD_WISHES
    }

    int perParticipantOrDefault() {
        return perParticipant == null ? 3 : perParticipant;
    }
}
