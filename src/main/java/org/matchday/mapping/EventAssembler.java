package org.matchday.mapping;

import org.matchday.domain.Event;
import org.matchday.domain.EventSession;
import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.PairKey;
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
import org.matchday.persistence.EventData;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds the entities of a whole event from a valid document, handing each to {@code register} as soon as it
 * exists: the importer persists them, a benchmark gives them ids in memory. Entities that refer to others are
 * registered after them, so ids are known when pairs are formed.
 */
public final class EventAssembler {

    private EventAssembler() {
    }

    /** Assembles a document that passed {@code EventDocumentValidator}; answers the event with all its rows. */
    public static EventData assemble(EventDocument document, Consumer<Object> register) {
        EventDocument doc = document.normalised();
        List<Meeting> meetings = new ArrayList<>();
        Event event = new Event();
        event.name = doc.name();
        event.timezone = doc.timezone();
        event.venue = doc.venue();
        event.phase = doc.phaseOrDefault();
        event.rules = doc.rules() == null ? null : doc.rules().toRules();
        event.minimumMeetings = doc.minimumMeetingsOrDefault();
        event.createdAt = Instant.now();
        register.accept(event);

        Map<String, EventSession> sessions = new LinkedHashMap<>();
        for (SessionDoc s : doc.sessions()) {
            EventSession session = new EventSession();
            session.event = event;
            EventWriter.apply(session, s);
            register.accept(session);
            sessions.put(s.id(), session);
        }
        Map<String, EventTable> tables = new LinkedHashMap<>();
        for (TableDoc t : doc.tables()) {
            EventTable table = new EventTable();
            table.event = event;
            EventWriter.apply(table, t);
            register.accept(table);
            tables.put(t.id(), table);
        }
        Map<String, Participant> participants = new LinkedHashMap<>();
        for (ParticipantDoc p : doc.participants()) {
            Participant participant = new Participant();
            participant.event = event;
            EventWriter.apply(participant, p, tables);
            register.accept(participant);
            participants.put(p.id(), participant);
        }
        List<MeetingRequest> requests = new ArrayList<>();
        Map<PairKey, Participant[]> activePairs = new LinkedHashMap<>();
        for (RequestDoc r : doc.requests()) {
            MeetingRequest request = new MeetingRequest();
            request.event = event;
            EventWriter.apply(request, r, participants);
            register.accept(request);
            requests.add(request);
            if (request.status.isSchedulable()) {
                activePairs.putIfAbsent(request.pairKey(), new Participant[] {request.from, request.to});
            }
        }
        Map<EventSession, List<Timeslot>> slots = new HashMap<>();
        Set<PairKey> placedPairs = new HashSet<>();
        for (MeetingDoc m : doc.meetings()) {
            Meeting meeting = EventWriter.newMeeting(event, participants.get(m.participants().get(0)),
                    participants.get(m.participants().get(1)));
            EventSession session = sessions.get(m.session());
            LocalDateTime start = TextFormats.dateTime(m.start());
            Timeslot slot = slots.computeIfAbsent(session, EventSession::timeslots).stream().filter(t -> t.startDateTime().equals(start)).findFirst()
                    .orElseThrow();
            meeting.session = session;
            meeting.start = slot.startDateTime();
            meeting.end = slot.endDateTime();
            meeting.table = tables.get(m.table());
            meeting.pinned = m.isPinned();
            register.accept(meeting);
            meetings.add(meeting);
            placedPairs.add(meeting.pairKey());
        }
        // Listed unscheduled meetings keep their reasons; those no accepted request asks for any more are dropped.
        for (UnscheduledDoc u : doc.unscheduled()) {
            Meeting meeting = EventWriter.newMeeting(event, participants.get(u.participants().get(0)),
                    participants.get(u.participants().get(1)));
            PairKey key = meeting.pairKey();
            if (activePairs.containsKey(key)) {
                meeting.reason = u.reason();
                register.accept(meeting);
                meetings.add(meeting);
                placedPairs.add(key);
            }
        }
        for (Map.Entry<PairKey, Participant[]> pair : activePairs.entrySet()) {
            if (!placedPairs.contains(pair.getKey())) {
                Meeting meeting = EventWriter.newMeeting(event, pair.getValue()[0], pair.getValue()[1]);
                register.accept(meeting);
                meetings.add(meeting);
            }
        }
        return new EventData(event, List.copyOf(sessions.values()), List.copyOf(tables.values()),
                List.copyOf(participants.values()), requests, meetings);
    }
}
