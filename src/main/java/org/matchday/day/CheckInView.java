package org.matchday.day;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A participant's check-in as the desk sees it after checking it in. */
@Schema(name = "CheckInView")
public record CheckInView(
        @Schema(example = "eu-01") String participant,
        @Schema(description = "When the participant was checked in.", example = "2018-06-05T05:21:00Z")
        Instant checkedInAt) {
}
