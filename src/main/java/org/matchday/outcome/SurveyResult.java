package org.matchday.outcome;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Who a survey mail went to this time, and why the others got none. */
@Schema(name = "SurveyResult")
public record SurveyResult(
        @Schema(description = "Participants mailed now, first asks and reminders together.", example = "12") int asked,
        @Schema(description = "Of those, reminders to participants asked before.", example = "0") int reminded,
        @Schema(description = "Participants who would be asked but have no email address.") List<String> withoutEmail,
        @Schema(description = "Participants who answered everything asked: not mailed again.") List<String> answered,
        @Schema(description = "Participants reminded too recently, or as often as the limit allows.")
        List<String> heldBack) {
}
