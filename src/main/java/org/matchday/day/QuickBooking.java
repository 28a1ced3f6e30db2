package org.matchday.day;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where and when a meeting booked on the spot takes place, local to the event's time zone. */
@Schema(name = "QuickBooking")
public record QuickBooking(
        @Schema(example = "2018-06-05T14:20") String start,
        @Schema(example = "2018-06-05T14:40") String end,
        @Schema(example = "T07") String table) {
}
