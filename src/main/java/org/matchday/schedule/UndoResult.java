package org.matchday.schedule;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An action undone, and the meetings as it left them. */
@Schema(name = "UndoResult")
public record UndoResult(
        @Schema(description = "The action, now undone.") UndoView undone,
        @Schema(description = "The meetings the undo restored, as they are now. A no-show's meetings whose slot"
                + " was taken since come back without a slot, with the reason.") List<MeetingView> meetings) {
}
