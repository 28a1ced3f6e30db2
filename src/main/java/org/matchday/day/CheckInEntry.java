package org.matchday.day;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One participant who is in, with who it is and when it arrived. */
@Schema(name = "CheckInEntry")
public record CheckInEntry(
        @Schema(example = "eu-01") String participant,
        @Schema(example = "Marie Dubois") String name,
        @Schema(example = "Aerospace Valley") String organisation,
        @Schema(example = "2018-06-05T05:21:00Z") Instant checkedInAt) {
}
