package org.matchday.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import answers: the new event's id and where to find it. */
@Schema(name = "ImportResult")
public record ImportResult(@Schema(example = "1") long id, @Schema(example = "/api/events/1") String location) {
}
