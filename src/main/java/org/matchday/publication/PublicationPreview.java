package org.matchday.publication;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What publishing now would do, said before an organiser confirms it. */
@Schema(name = "PublicationPreview")
public record PublicationPreview(
        @Schema(description = "The number the next publication would get.", example = "2") int number,
        @Schema(description = "Meetings moved, appeared or disappeared since the publication in force (every"
                + " scheduled meeting before the first).", example = "5") int changes,
        @Schema(description = "Participants publishing would mail: those the changes involve who have an"
                + " address.", example = "8") int mailed) {
}
