package org.matchday.participant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a participant sheet import did: participants added, changed and left as they were, wishes made. */
@Schema(name = "ParticipantImportResult")
public record ParticipantImportResult(
        @Schema(description = "Rows whose id was new to the event.", example = "12") int added,
        @Schema(description = "Rows that changed a participant already in the event.", example = "3") int updated,
        @Schema(description = "Rows that matched a participant exactly.", example = "19") int unchanged,
        @Schema(description = "Wishes made into new requests.", example = "40") int wishes,
        @Schema(description = "Wishes left out because the same participant had already asked the same one, in any"
                + " status.", example = "2") int existingWishes,
        @Schema(description = "Columns not imported, and other remarks; nothing here stopped the import.",
                example = "[\"column \\\"Phone\\\" is not a participant field and was not imported\"]")
        List<String> warnings) {
}
