package org.matchday.schedule;

import org.matchday.export.MeetingChange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What moved, appeared or disappeared since the publication in force, per meeting, participant and table. */
@Schema(name = "ChangesView")
public record ChangesView(
        @Schema(description = "The publication compared with; absent before the first.") Integer publication,
        List<MeetingChange> meetings,
        List<ParticipantChanges> participants,
        List<TableChanges> tables) {

    @Schema(name = "ParticipantChanges")
    public record ParticipantChanges(@Schema(example = "eu-01") String participant, List<MeetingChange> changes) {
    }

    @Schema(name = "TableChanges")
    public record TableChanges(@Schema(example = "T04") String table, List<MeetingChange> changes) {
    }
}
