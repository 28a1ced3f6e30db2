package org.matchday.export;

import org.matchday.export.ScheduleView.MeetingInfo;
import org.matchday.export.ScheduleView.PersonInfo;
import org.matchday.export.ScheduleView.SessionInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * One participant's day(s): the sessions they meet in or are available for, each slot with its meeting or
 * marked free, and the pauses.
 */
public record ParticipantAgenda(PersonInfo person, List<AgendaSection> sections, int meetingCount) {

    public static ParticipantAgenda of(ScheduleView view, PersonInfo person) {
        List<MeetingInfo> meetings = view.meetingsOf(person);
        List<AgendaSection> sections = new ArrayList<>();
        for (SessionInfo session : view.sessions()) {
            List<MeetingInfo> here = meetings.stream().filter(m -> m.session().equals(session.code())).toList();
            boolean available = person.availability() == null
                    || session.slots().stream().anyMatch(person::isAvailableFor);
            if (here.isEmpty() && !available) {
                continue;
            }
            sections.add(AgendaSection.of(session, here, person::isAvailableFor, true));
        }
        return new ParticipantAgenda(person, sections, meetings.size());
    }
}
