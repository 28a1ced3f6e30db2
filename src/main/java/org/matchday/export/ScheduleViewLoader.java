package org.matchday.export;

import org.matchday.problem.ProblemCode;
import org.matchday.persistence.ScheduleSnapshot;
import org.matchday.persistence.ScheduledMeeting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Event;
import org.matchday.domain.EventSession;
import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.PairKey;
import org.matchday.domain.Participant;
import org.matchday.domain.Publication;
import org.matchday.domain.PublishedMeeting;
import org.matchday.export.ScheduleView.EventInfo;
import org.matchday.export.ScheduleView.MeetingInfo;
import org.matchday.export.ScheduleView.PersonInfo;
import org.matchday.export.ScheduleView.RequestInfo;
import org.matchday.export.ScheduleView.SessionInfo;
import org.matchday.export.ScheduleView.TableInfo;
import org.matchday.export.ScheduleView.UnscheduledInfo;
import org.matchday.problem.UnknownIdException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
            PersonInfo info = person(p);
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
            requests.add(new RequestInfo(r.from.code, r.to.code, r.priority, r.status, r.suggested));
        }
        return new ScheduleView(event, sessions, tableList, personList, meetings, unscheduled, requests,
                snapshot.publicationNumber(), snapshot.publishedAt());
    }

    /**
     * The same view cut down to one participant's agenda: its meetings, the people it meets and the tables it sits
     * at, with every session (for free slots and pauses); no unscheduled meetings or requests. Reads a few dozen
     * rows where {@link #load} reads the whole event. 404 when the event or the participant does not exist.
     */
    @Transactional
    public ScheduleView loadAgenda(long eventId, String participantCode) {
        Event event = Event.findById(eventId);
        if (event == null) {
            throw UnknownIdException.event(eventId);
        }
        Participant me = Participant.find("event.id = ?1 and code = ?2", eventId, participantCode).firstResult();
        if (me == null) {
            throw new UnknownIdException(ProblemCode.PARTICIPANT_UNKNOWN_IN.with("code", participantCode,
                    "event", eventId));
        }
        List<SessionInfo> sessions = new ArrayList<>();
        for (EventSession s : EventSession.<EventSession>list("event.id = ?1 order by id", eventId)) {
            sessions.add(new SessionInfo(s.code, s.name, s.date, s.start, s.end, s.timeslots(),
                    s.breaks == null ? List.of() : List.copyOf(s.breaks)));
        }
        Publication publication = Publication.latest(eventId);
        List<MeetingInfo> meetings = publication == null ? draftMeetings(eventId, me)
                : publishedMeetings(eventId, me, publication, sessions);
        List<MeetingInfo> cancelled = publication == null ? List.of() : cancelledMeetings(eventId, me, publication);
        Map<String, PersonInfo> people = new HashMap<>();
        Map<String, TableInfo> tables = new HashMap<>();
        people.put(me.code, person(me));
        for (MeetingInfo m : meetings) {
            people.putIfAbsent(m.a().code(), m.a());
            people.putIfAbsent(m.b().code(), m.b());
            tables.putIfAbsent(m.table().code(), m.table());
        }
        return new ScheduleView(new EventInfo(event.id, event.name, event.venue, event.zone()), sessions,
                List.copyOf(tables.values()), List.copyOf(people.values()), meetings, List.of(), List.of(),
                publication == null ? null : publication.number, publication == null ? null : publication.publishedAt,
                cancelled);
    }

    /**
     * The participant's meetings that an earlier publication gave and {@code publication} no longer has, each where
     * it was last published and with its SEQUENCE one higher: a calendar that imported it then sees it cancelled.
     */
    private static List<MeetingInfo> cancelledMeetings(long eventId, Participant me, Publication publication) {
        Map<PairKey, PublishedMeeting> last = new HashMap<>();
        Set<PairKey> current = new HashSet<>();
        for (String side : List.of("participantA", "participantB")) {
            for (PublishedMeeting pm : PublishedMeeting.<PublishedMeeting>list("select pm from PublishedMeeting pm"
                    + " join fetch pm.publication p where p.event.id = ?1 and pm." + side + " = ?2", eventId,
                    me.code)) {
                if (pm.publication.id.equals(publication.id)) {
                    current.add(pm.pairKey());
                } else {
                    last.merge(pm.pairKey(), pm, (x, y) -> x.publication.number >= y.publication.number ? x : y);
                }
            }
        }
        last.keySet().removeAll(current);
        List<MeetingInfo> cancelled = new ArrayList<>();
        for (PublishedMeeting pm : last.values()) {
            Participant a = Participant.find("event.id = ?1 and code = ?2", eventId, pm.participantA).firstResult();
            Participant b = Participant.find("event.id = ?1 and code = ?2", eventId, pm.participantB).firstResult();
            EventTable table = EventTable.find("event.id = ?1 and code = ?2", eventId, pm.table).firstResult();
            if (a != null && b != null && table != null) {
                String uid = new ScheduledMeeting(a, b, null, pm.start, pm.end, table, pm.sequence).uid(eventId);
                cancelled.add(new MeetingInfo(person(a), person(b), pm.session, pm.start, pm.end,
                        new TableInfo(table.code, table.name), pm.sequence + 1, uid));
            }
        }
        return cancelled;
    }

    /** Without a publication: the participant's scheduled meeting rows, from either side of the pair. */
    private static List<MeetingInfo> draftMeetings(long eventId, Participant me) {
        List<MeetingInfo> meetings = new ArrayList<>();
        // Two queries, so that each side uses its own index.
        for (String side : List.of("participantA", "participantB")) {
            List<Meeting> rows = Meeting.list("select m from Meeting m join fetch m.participantA"
                    + " join fetch m.participantB join fetch m.session join fetch m.table"
                    + " where m." + side + " = ?1 and m.start is not null", me);
            for (Meeting m : rows) {
                ScheduledMeeting scheduled = new ScheduledMeeting(m.participantA, m.participantB, m.session, m.start,
                        m.end, m.table, 0);
                meetings.add(new MeetingInfo(person(m.participantA), person(m.participantB), m.session.code,
                        m.start, m.end, new TableInfo(m.table.code, m.table.name), 0, scheduled.uid(eventId)));
            }
        }
        return meetings;
    }

    /**
     * With a publication: its rows naming the participant, kept (as {@link ScheduleSnapshot} keeps them) only while
     * both participants, the session and the table still exist.
     */
    private static List<MeetingInfo> publishedMeetings(long eventId, Participant me, Publication publication,
            List<SessionInfo> sessions) {
        List<PublishedMeeting> rows = new ArrayList<>();
        for (String side : List.of("participantA", "participantB")) {
            rows.addAll(PublishedMeeting.list("publication = ?1 and " + side + " = ?2", publication, me.code));
        }
        Set<String> codes = new LinkedHashSet<>();
        Set<String> tableCodes = new LinkedHashSet<>();
        rows.forEach(pm -> {
            codes.add(pm.participantA);
            codes.add(pm.participantB);
            tableCodes.add(pm.table);
        });
        Map<String, Participant> participants = codes.isEmpty() ? Map.of() : byCode(Participant.<Participant>list(
                "event.id = ?1 and code in ?2", eventId, codes), p -> p.code);
        Map<String, EventTable> tables = tableCodes.isEmpty() ? Map.of() : byCode(EventTable.<EventTable>list(
                "event.id = ?1 and code in ?2", eventId, tableCodes), t -> t.code);
        Set<String> sessionCodes = sessions.stream().map(SessionInfo::code).collect(Collectors.toSet());
        List<MeetingInfo> meetings = new ArrayList<>();
        for (PublishedMeeting pm : rows) {
            Participant a = participants.get(pm.participantA);
            Participant b = participants.get(pm.participantB);
            EventTable table = tables.get(pm.table);
            if (a != null && b != null && table != null && sessionCodes.contains(pm.session)) {
                String uid = new ScheduledMeeting(a, b, null, pm.start, pm.end, table, pm.sequence).uid(eventId);
                meetings.add(new MeetingInfo(person(a), person(b), pm.session, pm.start, pm.end,
                        new TableInfo(table.code, table.name), pm.sequence, uid));
            }
        }
        return meetings;
    }

    private static PersonInfo person(Participant p) {
        return new PersonInfo(p.code, p.name, p.organisation, p.group, p.country,
                p.sectors == null ? List.of() : List.copyOf(p.sectors),
                p.availability == null ? null : List.copyOf(p.availability),
                p.languages == null ? null : List.copyOf(p.languages));
    }

    private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
        return items.stream().collect(Collectors.toMap(code, t -> t));
    }
}
