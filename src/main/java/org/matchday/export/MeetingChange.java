package org.matchday.export;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** How one pair's meeting differs from the publication in force. */
@Schema(name = "MeetingChange")
public record MeetingChange(
        @Schema(example = "[\"eu-01\", \"tw-01\"]") List<String> participants,
        @Schema(description = "MOVED, APPEARED or DISAPPEARED since the publication in force.") Kind kind,
        @Schema(description = "Where it was published; absent when it appeared.") Placement before,
        @Schema(description = "Where it is now; absent when it disappeared.") Placement after) {

    public enum Kind {
        MOVED,
        APPEARED,
        DISAPPEARED
    }

    /** A meeting's place in the timetable. */
    @Schema(name = "Placement")
    public record Placement(@Schema(example = "pm") String session, @Schema(example = "2018-06-05T14:20") String start,
            @Schema(example = "2018-06-05T14:40") String end, @Schema(example = "T04") String table) {
    }

    public boolean involves(String participant) {
        return participants.contains(participant);
    }

    public boolean concernsTable(String table) {
        return before != null && table.equals(before.table()) || after != null && table.equals(after.table());
    }
}
