package org.matchday.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.EventSession;
import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.Participant;
import org.matchday.export.ScheduleView.EventInfo;
import org.matchday.export.ScheduleView.MeetingInfo;
import org.matchday.export.ScheduleView.PersonInfo;
import org.matchday.export.ScheduleView.RequestInfo;
import org.matchday.export.ScheduleView.SessionInfo;
import org.matchday.export.ScheduleView.TableInfo;
import org.matchday.export.ScheduleView.UnscheduledInfo;
import org.matchday.export.ScheduleView;
import org.matchday.service.UnknownIdException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the schedule participants see (the publication in force, else the draft) into a {@link ScheduleView}. */
@ApplicationScoped
public class ScheduleViewLoader {

    /** 404 (UnknownIdException) when the event does not exist. */
    @Transactional
    public ScheduleView load(long eventId) {
        ScheduleSnapshot snapshot = ScheduleSnapshot.load(eventId);
        EventInfo event = new EventInfo(snapshot.event().id, snapshot.event().name, snapshot.event().venue,
                snapshot.event().zone());
        List<SessionInfo> sessions = new ArrayList<>();
        for (EventSession s : snapshot.sessions()) {
            sessions.add(new SessionInfo(s.code, s.name, s.date, s.start, s.end, s.timeslots(),
                    s.breaks == null ? List.of() : List.copyOf(s.breaks)));
        }
        Map<Long, TableInfo> tables = new HashMap<>();
        List<TableInfo> tableList = new ArrayList<>();
        for (EventTable t : snapshot.tables()) {
            TableInfo info = new TableInfo(t.code, t.name);
            tables.put(t.id, info);
            tableList.add(info);
        }
        Map<Long, PersonInfo> people = new HashMap<>();
        List<PersonInfo> personList = new ArrayList<>();
        for (Participant p : snapshot.participants()) {
            PersonInfo info = new PersonInfo(p.code, p.name, p.organisation, p.group, p.country,
                    p.sectors == null ? List.of() : List.copyOf(p.sectors),
                    p.availability == null ? null : List.copyOf(p.availability),
                    p.languages == null ? null : List.copyOf(p.languages));
            people.put(p.id, info);
            personList.add(info);
        }
        List<MeetingInfo> meetings = new ArrayList<>();
        for (ScheduledMeeting m : snapshot.meetings()) {
            meetings.add(new MeetingInfo(people.get(m.participantA().id), people.get(m.participantB().id),
                    m.session().code, m.start(), m.end(), tables.get(m.table().id), m.sequence(), m.uid(eventId)));
        }
        List<UnscheduledInfo> unscheduled = new ArrayList<>();
        for (Meeting m : snapshot.unscheduled()) {
            unscheduled.add(new UnscheduledInfo(people.get(m.participantA.id), people.get(m.participantB.id),
                    m.reason));
        }
        List<RequestInfo> requests = new ArrayList<>();
        for (MeetingRequest r : snapshot.requests()) {
            requests.add(new RequestInfo(r.from.code, r.to.code, r.priority, r.status));
        }
        return new ScheduleView(event, sessions, tableList, personList, meetings, unscheduled, requests,
                snapshot.publicationNumber(), snapshot.publishedAt());
    }
}
