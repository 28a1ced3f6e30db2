package org.matchday.schedule;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The last actions of an event that are not undone yet, newest first. */
@Schema(name = "UndoList")
public record UndoList(
        @Schema(description = "The newest action the caller may undo, which POST /undo undoes when it names none;"
                + " absent when there is none.", example = "51") Long latest,
        List<UndoView> actions) {
}
