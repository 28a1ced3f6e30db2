package org.matchday.day;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The control room: where the event day stands now. Times are local to the event's time zone. */
@Schema(name = "DayView")
public record DayView(
        @Schema(example = "2018-06-05T14:05") String now,
        @Schema(description = "Participants checked in.", example = "21") int checkedIn,
        @Schema(description = "Participants expected: all but those who cancelled or did not come.", example = "34")
        int expected,
        Meetings meetings,
        @Schema(description = "The slot running now; null between slots.") SlotTables currentSlot,
        @Schema(description = "The next slot to start; null after the last.") SlotTables nextSlot,
        @Schema(description = "The desk's queue: meetings booked on the spot that have not ended, the earliest first.")
        List<Booked> quickBookings) {

    /** The meetings of the schedule participants hold, by where they stand against now. */
    @Schema(name = "DayMeetings")
    public record Meetings(
            @Schema(description = "Ended.", example = "30") int held,
            @Schema(description = "Going on now.", example = "12") int running,
            @Schema(description = "In the next slot to start.", example = "11") int next,
            @Schema(description = "Published meetings with a participant marked as a no-show.", example = "3")
            int lostToNoShows) {
    }

    /** One slot and the tables no meeting uses in it. */
    @Schema(name = "DaySlotTables")
    public record SlotTables(
            @Schema(example = "2018-06-05T14:00") String start,
            @Schema(example = "2018-06-05T14:20") String end,
            @Schema(example = "[\"T03\", \"T07\"]") List<String> freeTables) {
    }

    /** A meeting booked on the spot, with the names the desk calls out. */
    @Schema(name = "DayQuickBooking")
    public record Booked(
            @Schema(example = "2018-06-05T14:20") String start,
            @Schema(example = "2018-06-05T14:40") String end,
            @Schema(example = "T07") String table,
            @Schema(example = "[\"eu-01\", \"tw-02\"]") List<String> participants,
            @Schema(example = "[\"Marie Dubois\", \"Chen Wei\"]") List<String> names,
            @Schema(example = "2018-06-05T06:12:00Z") java.time.Instant bookedAt) {
    }
}
