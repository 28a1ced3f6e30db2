package org.matchday.schedule;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which action to undo. */
@Schema(name = "UndoInput")
public record UndoInput(
        @Schema(description = "The id of the action as listed by GET /undo; without it, the newest one the caller"
                + " may undo. An action is undone once: a second undo of the same id is refused, so two organisers"
                + " never undo blindly.", example = "51") Long action) {
}
