package org.matchday.participant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Participants moved to one group at once. */
@Schema(name = "GroupChange")
public record GroupChangeInput(
        @Schema(description = "The ids of the participants to move.", required = true,
                example = "[\"eu-01\", \"tw-02\"]")
        @NotNull @Size(min = 1, max = 20000) List<@NotBlank String> participants,
        @Schema(description = "The new group; absent or null takes the participants out of every group. When the"
                + " event's rules name groups, one of those (case and accents ignored).", example = "EU cluster")
        @Size(max = 100) String group) {
}
