package org.matchday.suggest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a nudge did. */
@Schema(name = "NudgeResult")
public record NudgeResult(
        @Schema(description = "Participants with fewer wishes than the minimum and at least one suggestion.",
                example = "12") int participants,
        @Schema(description = "Mails handed to the outbox (participants without an address get none).",
                example = "11") int mails,
        @Schema(description = "Suggested wishes added.", example = "0") int wishes) {
}
