package org.matchday.event;

import org.matchday.problem.ProblemCode;
import org.matchday.persistence.EventData;
import org.matchday.problem.StaleVersionException;
import org.matchday.problem.UnknownIdException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.matchday.domain.Event;
import org.matchday.domain.EventSession;
import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.Participant;
import org.matchday.domain.Publication;
import org.matchday.domain.PublishedMeeting;
import org.matchday.domain.Timeslot;
import org.matchday.format.EventDocumentValidator;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.problem.Violation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Events as a whole: list, create, rename, delete, and their timeslots. */
@ApplicationScoped
public class EventService {

    private final EventDocumentValidator validator;
    private final MemberService members;

    public EventService(EventDocumentValidator validator, MemberService members) {
        this.validator = validator;
        this.members = members;
    }

    /** The events the account belongs to, oldest first; every event for the administrator. */
    @Transactional
    public List<EventSummary> list(long accountId, boolean administrator) {
        List<Event> visible = administrator ? Event.list("order by id")
                : Event.list("select e from Event e where e.id in (select m.event.id from EventMember m"
                        + " where m.account.id = ?1) order by e.id", accountId);
        List<EventSummary> summaries = new ArrayList<>();
        for (Event event : visible) {
            summaries.add(summarise(event));
        }
        return summaries;
    }

    @Transactional
    public EventSummary get(long eventId) {
        return summarise(EventData.event(eventId));
    }

    /** Creates an empty event owned by the account that asked for it. */
    @Transactional
    public EventSummary create(EventInput input, long ownerAccountId) {
        checkFields(input);
        Event event = new Event();
        event.name = input.name();
        event.timezone = input.timezone();
        event.venue = input.venue();
        event.minimumMeetings = input.minimumMeetingsOrDefault();
        event.selfCheckIn = Boolean.TRUE.equals(input.selfCheckIn());
        event.createdAt = Instant.now();
        event.persist();
        members.join(event.id, ownerAccountId);
        return summarise(event);
    }

    @Transactional
    public EventSummary update(long eventId, EventInput input) {
        checkFields(input);
        Event event = EventData.event(eventId);
        if (input.version() == null) {
            throw new InvalidDocumentException(ProblemCode.EVENT_VERSION_REQUIRED.with(),
                    List.of(Violation.of("$.version", ProblemCode.EVENT_VERSION_REQUIRED_FIELD)));
        }
        StaleVersionException.check(input.version(), event.version, "event " + eventId);
        event.name = input.name();
        event.timezone = input.timezone();
        event.venue = input.venue();
        event.minimumMeetings = input.minimumMeetingsOrDefault();
        if (input.selfCheckIn() != null) {
            event.selfCheckIn = input.selfCheckIn();
        }
        Event.getEntityManager().flush();
        return summarise(event);
    }

    /** Takes the event out of the main list and makes it read-only; archiving it again changes nothing. */
    @Transactional
    public EventSummary archive(long eventId) {
        Event event = EventData.lockEvent(eventId);
        if (event.archivedAt == null) {
            event.archivedAt = Instant.now();
            Event.getEntityManager().flush();
        }
        return summarise(event);
    }

    /** Brings an archived event back into the main list, open to changes again. */
    @Transactional
    public EventSummary restore(long eventId) {
        Event event = EventData.lockEvent(eventId);
        if (event.archivedAt != null) {
            event.archivedAt = null;
            Event.getEntityManager().flush();
        }
        return summarise(event);
    }

    @Transactional
    public void delete(long eventId) {
        Event event = EventData.event(eventId);
        PublishedMeeting.delete("publication.id in (select p.id from Publication p where p.event.id = ?1)", eventId);
        Publication.delete("event.id", eventId);
        Meeting.delete("event.id", eventId);
        MeetingRequest.delete("event.id", eventId);
        Participant.delete("event.id", eventId);
        EventTable.delete("event.id", eventId);
        EventSession.delete("event.id", eventId);
        event.delete();
    }

    /** Every timeslot of the event, session by session in time order. */
    @Transactional
    public List<Timeslot> slots(long eventId) {
        EventData.event(eventId);
        List<Timeslot> slots = new ArrayList<>();
        for (EventSession session : EventSession.<EventSession>list("event.id = ?1 order by date, start",
                eventId)) {
            slots.addAll(session.timeslots());
        }
        return slots;
    }

    private void checkFields(EventInput input) {
        List<Violation> violations = validator.validateFields(input, "$");
        InvalidDocumentException.throwIfAny(ProblemCode.PROBLEMS_EVENT, violations);
    }

    private static EventSummary summarise(Event event) {
        long id = event.id;
        return new EventSummary(id, event.name, event.timezone, event.venue, event.phase, event.minimumMeetings, event.version,
                EventSession.count("event.id", id), EventTable.count("event.id", id),
                Participant.count("event.id", id), MeetingRequest.count("event.id", id),
                Meeting.count("event.id = ?1 and start is not null", id),
                Meeting.count("event.id = ?1 and start is null", id), event.archived(), event.selfCheckIn,
                event.previousEditionId);
    }
}
