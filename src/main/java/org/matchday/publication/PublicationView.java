package org.matchday.publication;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A publication of an event's schedule. */
@Schema(name = "PublicationView")
public record PublicationView(
        @Schema(description = "1 for the first publication, then counting up.", example = "1") int number,
        Instant publishedAt,
        @Schema(description = "Meetings in the published schedule.") int meetings,
        @Schema(description = "Meetings whose slot or table changed since the previous publication.") int moved) {
}
