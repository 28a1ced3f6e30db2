package org.matchday.export;

import org.matchday.export.ScheduleView.MeetingInfo;
import org.matchday.export.ScheduleView.SessionInfo;
import org.matchday.export.ScheduleView.TableInfo;

import java.util.ArrayList;
import java.util.List;

/** What happens at one table, slot by slot, for the staff standing there. */
public record TableTimetable(TableInfo table, List<AgendaSection> sections, int meetingCount) {

    public static TableTimetable of(ScheduleView view, TableInfo table) {
        List<MeetingInfo> meetings = view.meetingsAt(table);
        List<AgendaSection> sections = new ArrayList<>();
        for (SessionInfo session : view.sessions()) {
            List<MeetingInfo> here = meetings.stream().filter(m -> m.session().equals(session.code())).toList();
            sections.add(AgendaSection.of(session, here, slot -> true, false));
        }
        return new TableTimetable(table, sections, meetings.size());
    }
}
