package org.matchday.service;

import org.matchday.domain.Event;
import org.matchday.domain.EventSession;
import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.Participant;
import org.matchday.domain.Timeslot;
import org.matchday.format.EventDocument;
import org.matchday.format.MeetingDoc;
import org.matchday.format.ParticipantDoc;
import org.matchday.format.RequestDoc;
import org.matchday.format.SessionDoc;
import org.matchday.format.TableDoc;
import org.matchday.format.TextFormats;
import org.matchday.format.UnscheduledDoc;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Events held in memory as entities, without a database: solver tests and benchmarks go from a document to
 * {@link EventData}, solve, write back and export with the production code, and never need Quarkus.
 */
public final class DetachedEvents {

    private DetachedEvents() {
    }

    /** The entities an import of a valid document would store, with ids given in document order. */
    public static EventData of(EventDocument document) {
        EventDocument doc = document.normalised();
        long[] ids = {1};
        Event event = new Event();
        event.id = ids[0]++;
        event.name = doc.name();
        event.timezone = doc.timezone();
        event.venue = doc.venue();
        event.createdAt = Instant.EPOCH;

        Map<String, EventSession> sessions = new LinkedHashMap<>();
        for (SessionDoc s : doc.sessions()) {
            EventSession session = new EventSession();
            session.id = ids[0]++;
            session.event = event;
            EventWriter.apply(session, s);
            sessions.put(s.id(), session);
        }
        Map<String, EventTable> tables = new LinkedHashMap<>();
        for (TableDoc t : doc.tables()) {
            EventTable table = new EventTable();
            table.id = ids[0]++;
            table.event = event;
            EventWriter.apply(table, t);
            tables.put(t.id(), table);
        }
        Map<String, Participant> participants = new LinkedHashMap<>();
        for (ParticipantDoc p : doc.participants()) {
            Participant participant = new Participant();
            participant.id = ids[0]++;
            participant.event = event;
            EventWriter.apply(participant, p, tables);
            participants.put(p.id(), participant);
        }
        List<MeetingRequest> requests = new ArrayList<>();
        Map<String, Participant[]> activePairs = new LinkedHashMap<>();
        for (RequestDoc r : doc.requests()) {
            MeetingRequest request = new MeetingRequest();
            request.id = ids[0]++;
            request.event = event;
            EventWriter.apply(request, r, participants);
            requests.add(request);
            if (request.status.isSchedulable()) {
                activePairs.putIfAbsent(EventExporter.pairKey(request.from, request.to),
                        new Participant[] {request.from, request.to});
            }
        }
        Map<String, Meeting> meetings = new LinkedHashMap<>();
        for (MeetingDoc m : doc.meetings()) {
            Meeting meeting = EventWriter.newMeeting(event, participants.get(m.participants().get(0)),
                    participants.get(m.participants().get(1)));
            meeting.id = ids[0]++;
            EventSession session = sessions.get(m.session());
            LocalDateTime start = TextFormats.dateTime(m.start());
            Timeslot slot = session.timeslots().stream().filter(t -> t.startDateTime().equals(start)).findFirst()
                    .orElseThrow();
            meeting.session = session;
            meeting.start = slot.startDateTime();
            meeting.end = slot.endDateTime();
            meeting.table = tables.get(m.table());
            meeting.pinned = m.isPinned();
            meetings.put(EventExporter.pairKey(meeting.participantA, meeting.participantB), meeting);
        }
        for (UnscheduledDoc u : doc.unscheduled()) {
            Meeting meeting = EventWriter.newMeeting(event, participants.get(u.participants().get(0)),
                    participants.get(u.participants().get(1)));
            String key = EventExporter.pairKey(meeting.participantA, meeting.participantB);
            if (activePairs.containsKey(key)) {
                meeting.id = ids[0]++;
                meeting.reason = u.reason();
                meetings.put(key, meeting);
            }
        }
        for (Map.Entry<String, Participant[]> pair : activePairs.entrySet()) {
            if (!meetings.containsKey(pair.getKey())) {
                Meeting meeting = EventWriter.newMeeting(event, pair.getValue()[0], pair.getValue()[1]);
                meeting.id = ids[0]++;
                meetings.put(pair.getKey(), meeting);
            }
        }
        return new EventData(event, List.copyOf(sessions.values()), List.copyOf(tables.values()),
                List.copyOf(participants.values()), requests, new ArrayList<>(meetings.values()));
    }

    /** The event as the export endpoint would write it, with its current schedule. */
    public static EventDocument export(EventData data) {
        return new EventExporter().toDocument(data, false);
    }
}
