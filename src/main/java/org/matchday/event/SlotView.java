package org.matchday.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.domain.Timeslot;
import org.matchday.format.TextFormats;

/** A timeslot as the API shows it: local date-times in the event's time zone. */
@Schema(name = "SlotView")
public record SlotView(
        @Schema(example = "pm") String session,
        @Schema(description = "Position of the slot in its session, from 0.", example = "0") int index,
        @Schema(example = "2018-06-05T13:30") String start,
        @Schema(example = "2018-06-05T13:50") String end) {

    public static SlotView of(Timeslot slot) {
        return new SlotView(slot.session(), slot.index(), TextFormats.format(slot.startDateTime()),
                TextFormats.format(slot.endDateTime()));
    }
}
