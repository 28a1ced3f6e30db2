package org.matchday.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.domain.undo.UndoKind;
import org.matchday.export.MeetingChange.Placement;

import java.time.Instant;
import java.util.List;

/** A manual action that can be undone: who did what, when, in words, and why it can no longer be, if so. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "UndoAction")
public record UndoView(
        @Schema(description = "Names the action in POST /undo.", example = "51") long id,
        @Schema(description = "MOVE, TAKE_OUT, PIN, UNPIN, NO_SHOW or CANCELLATION (a participant's attendance).") UndoKind kind,
        @Schema(description = "The account that did it.", example = "organiser") String by,
        Instant at,
        @Schema(description = "What was done, in English.",
                example = "Moved the meeting of Marie Dubois and 陳怡君 from 2018-06-05T14:00 at T01"
                        + " to 2018-06-05T14:20 at T03.") String description,
        @Schema(description = "Codes of the pair whose meeting it was, or of the participant marked absent.",
                example = "[\"eu-01\", \"tw-01\"]") List<String> participants,
        @Schema(description = "Their names, in the same order.") List<String> names,
        @Schema(description = "Where the meeting was before; absent when it had no slot or for a no-show.")
        Placement before,
        @Schema(description = "Where the action put it; absent when it took it out or for a no-show.")
        Placement after,
        @Schema(description = "Whether the action left the meeting pinned; absent for a no-show.") Boolean pinned,
        @Schema(description = "How many meetings a no-show took out of the timetable.") Integer meetings,
        @Schema(description = "Why undoing it would be refused now, when it would; absent while it can be undone.")
        String blocked,
        @Schema(description = "The same reason as a code, for pages to say in their language.",
                enumeration = {"PUBLISHED_SINCE", "SOLVED_SINCE", "CHANGED_SINCE", "REMOVED_SINCE", "NOT_ABSENT"})
        String blockedCode,
        @Schema(description = "Who undid it, once undone.") String undoneBy,
        @Schema(description = "When it was undone.") Instant undoneAt) {
}
