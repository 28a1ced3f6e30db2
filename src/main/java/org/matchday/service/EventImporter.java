package org.matchday.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.matchday.domain.Event;
import org.matchday.domain.EventSession;
import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.Participant;
import org.matchday.domain.Timeslot;
import org.matchday.format.EventDocument;
import org.matchday.format.EventDocumentValidator;
import org.matchday.format.InvalidDocumentException;
import org.matchday.format.MeetingDoc;
import org.matchday.format.ParticipantDoc;
import org.matchday.format.RequestDoc;
import org.matchday.format.SessionDoc;
import org.matchday.format.TableDoc;
import org.matchday.format.TextFormats;
import org.matchday.format.UnscheduledDoc;
import org.matchday.format.Violation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Stores a whole event from its document, all or nothing. */
@ApplicationScoped
public class EventImporter {

    private final EventDocumentValidator validator;

    public EventImporter(EventDocumentValidator validator) {
        this.validator = validator;
    }

    /** Validates and stores {@code document}; answers the new event's id. Nothing is stored when it is invalid. */
    @Transactional
    public long importEvent(EventDocument document) {
        List<Violation> violations = validator.validate(document);
        if (!violations.isEmpty()) {
            throw new InvalidDocumentException("The event document has " + violations.size()
                    + (violations.size() == 1 ? " problem." : " problems."), violations);
        }
        EventDocument doc = document.normalised();
        EntityManager em = Panache.getEntityManager();

        Event event = new Event();
        event.name = doc.name();
        event.timezone = doc.timezone();
        event.venue = doc.venue();
        event.createdAt = Instant.now();
        em.persist(event);

        Map<String, EventSession> sessions = new HashMap<>();
        for (SessionDoc s : doc.sessions()) {
            EventSession session = new EventSession();
            session.event = event;
            EventWriter.apply(session, s);
            em.persist(session);
            sessions.put(s.id(), session);
        }
        Map<String, EventTable> tables = new HashMap<>();
        for (TableDoc t : doc.tables()) {
            EventTable table = new EventTable();
            table.event = event;
            EventWriter.apply(table, t);
            em.persist(table);
            tables.put(t.id(), table);
        }
        Map<String, Participant> participants = new HashMap<>();
        for (ParticipantDoc p : doc.participants()) {
            Participant participant = new Participant();
            participant.event = event;
            EventWriter.apply(participant, p, tables);
            em.persist(participant);
            participants.put(p.id(), participant);
        }
        Map<String, Participant[]> activePairs = new LinkedHashMap<>();
        for (RequestDoc r : doc.requests()) {
            MeetingRequest request = new MeetingRequest();
            request.event = event;
            EventWriter.apply(request, r, participants);
            em.persist(request);
            if (request.status.isSchedulable()) {
                activePairs.putIfAbsent(EventExporter.pairKey(request.from, request.to),
                        new Participant[] {request.from, request.to});
            }
        }
        Map<EventSession, List<Timeslot>> slots = new HashMap<>();
        Set<String> placedPairs = new HashSet<>();
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
            em.persist(meeting);
            placedPairs.add(EventExporter.pairKey(meeting.participantA, meeting.participantB));
        }
        // Listed unscheduled meetings keep their reasons; those no accepted request asks for any more are dropped.
        for (UnscheduledDoc u : doc.unscheduled()) {
            Meeting meeting = EventWriter.newMeeting(event, participants.get(u.participants().get(0)),
                    participants.get(u.participants().get(1)));
            String key = EventExporter.pairKey(meeting.participantA, meeting.participantB);
            if (activePairs.containsKey(key)) {
                meeting.reason = u.reason();
                em.persist(meeting);
                placedPairs.add(key);
            }
        }
        for (Map.Entry<String, Participant[]> pair : activePairs.entrySet()) {
            if (!placedPairs.contains(pair.getKey())) {
                em.persist(EventWriter.newMeeting(event, pair.getValue()[0], pair.getValue()[1]));
            }
        }
        return event.id;
    }
}
