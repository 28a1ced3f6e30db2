package org.matchday.series;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;

/** A meeting a returning participant had at an earlier edition of the series, and what came of it. */
@Schema(name = "EarlierMeeting")
public record EarlierMeeting(
        @Schema(description = "The earlier edition's event id.", example = "7") long edition,
        @Schema(example = "2018 Taiwan-EU Cluster Matchmaking") String editionName,
        @Schema(description = "When the meeting began, in the earlier edition's local time.",
                example = "2018-06-05T10:00:00") LocalDateTime start,
        @Schema(description = "The partner's code in the earlier edition.", example = "eu-03") String partner,
        @Schema(example = "Anna Keller") String partnerName,
        String partnerOrganisation,
        @Schema(description = "From the follow-up answers of either side: AGREEMENT when either reported one, else"
                + " IN_PROGRESS, else NONE; \"unknown\" when nobody answered.",
                enumeration = {"AGREEMENT", "IN_PROGRESS", "NONE", "unknown"}) String outcome,
        @Schema(description = "The partner's code in this edition when the partner returns too, so that the"
                + " participant may ask to meet again through the wish API; absent otherwise.", example = "eu-03")
        String partnerHere) {
}
