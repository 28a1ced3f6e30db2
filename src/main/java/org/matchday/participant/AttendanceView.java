package org.matchday.participant;

import org.matchday.export.MeetingChange;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.domain.Attendance;

import java.util.List;

/** A cancellation or no-show, with the meetings it took out of the timetable and whom they were with. */
@Schema(name = "AttendanceView")
public record AttendanceView(
        @Schema(example = "eu-01") String participant,
        Attendance attendance,
        @Schema(description = "The meetings taken out, each with the partner affected.") List<MeetingChange> removed) {
}
