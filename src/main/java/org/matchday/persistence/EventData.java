package org.matchday.persistence;

import jakarta.persistence.LockModeType;

import org.matchday.domain.Event;
import org.matchday.domain.EventSession;
import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.Participant;
import org.matchday.domain.Timeslot;
import org.matchday.problem.UnknownIdException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything stored about one event, loaded with one query per kind (associations fetched in the same
 * query) so that exports, validation and solving never load rows one by one.
 */
public record EventData(Event event, List<EventSession> sessions, List<EventTable> tables,
        List<Participant> participants, List<MeetingRequest> requests, List<Meeting> meetings) {

    /** Every slot of every session, in time order. */
    public List<Timeslot> timeslots() {
        List<Timeslot> slots = new ArrayList<>();
        sessions.forEach(session -> slots.addAll(session.timeslots()));
        slots.sort(Comparator.comparing(Timeslot::startDateTime));
        return slots;
    }

    /** Loads the event in the current transaction; 404 when it does not exist. */
    public static EventData load(long eventId) {
        EventData data = loadWithoutRequests(eventId);
        List<MeetingRequest> requests = MeetingRequest.list("select r from MeetingRequest r join fetch r.from"
                + " join fetch r.to where r.event.id = ?1 order by r.id", eventId);
        return new EventData(data.event, data.sessions, data.tables, data.participants, requests, data.meetings);
    }

    /** As {@link #load}, less the meeting requests: for views of the timetable, which do not show them. */
    public static EventData loadWithoutRequests(long eventId) {
        Event event = event(eventId);
        List<EventSession> sessions = EventSession.list("event.id = ?1 order by id", eventId);
        List<EventTable> tables = EventTable.list("event.id = ?1 order by id", eventId);
        List<Participant> participants = Participant
                .list("select p from Participant p left join fetch p.table where p.event.id = ?1 order by p.id",
                        eventId);
        // Both participants of a meeting are in the session already, so they are not fetched again.
        List<Meeting> meetings = Meeting.list("select m from Meeting m left join fetch m.session"
                + " left join fetch m.table where m.event.id = ?1 order by m.id", eventId);
        return new EventData(event, sessions, tables, participants, List.of(), meetings);
    }

    /** The event, or 404 when there is none. */
    public static Event event(long eventId) {
        Event event = Event.findById(eventId);
        if (event == null) {
            throw UnknownIdException.event(eventId);
        }
        return event;
    }

    /** The event locked for update: serialises edits of one event, so that checks on its contents hold at commit. */
    public static Event lockEvent(long eventId) {
        Event event = Event.findById(eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw UnknownIdException.event(eventId);
        }
        return event;
    }
}
