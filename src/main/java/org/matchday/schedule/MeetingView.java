package org.matchday.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.domain.Meeting;
import org.matchday.format.TextFormats;

import java.util.List;

/** A meeting as organisers manage it: where it is (if anywhere), whether it is pinned, and why not placed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MeetingView")
public record MeetingView(List<String> participants, String session, String start, String end, String table,
        boolean pinned, String reason, long version) {

    public static MeetingView of(Meeting m) {
        return new MeetingView(List.of(m.participantA.code, m.participantB.code),
                m.session == null ? null : m.session.code, m.start == null ? null : TextFormats.format(m.start),
                m.end == null ? null : TextFormats.format(m.end), m.table == null ? null : m.table.code, m.pinned,
                m.reason, m.version);
    }
}
