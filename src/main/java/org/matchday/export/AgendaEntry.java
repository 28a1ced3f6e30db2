package org.matchday.export;

import org.matchday.export.ScheduleView.MeetingInfo;

import java.time.LocalDateTime;

/** One line of a timetable: a meeting, a free or unavailable stretch, or a pause of the session. */
public record AgendaEntry(Kind kind, LocalDateTime start, LocalDateTime end, MeetingInfo meeting) {

    public enum Kind {
        MEETING("meeting"),
        FREE("free"),
        UNAVAILABLE("unavailable"),
        PAUSE("pause");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The lower-case word CSV files use. */
        public String label() {
            return label;
        }
    }

    static AgendaEntry meeting(MeetingInfo meeting) {
        return new AgendaEntry(Kind.MEETING, meeting.start(), meeting.end(), meeting);
    }
}
