package org.matchday.event;

import org.matchday.problem.ProblemCode;
import org.matchday.problem.ProblemText;
import org.matchday.problem.StaleVersionException;
import org.matchday.problem.ConflictException;
import org.matchday.problem.UnknownIdException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.matchday.domain.Event;
import org.matchday.domain.EventSession;
import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.Participant;
import org.matchday.domain.RequestStatus;
import org.matchday.domain.Timeslots;
import org.matchday.format.EventDocument;
import org.matchday.format.EventDocumentValidator;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.format.MeetingDoc;
import org.matchday.format.ParticipantDoc;
import org.matchday.format.RequestDoc;
import org.matchday.format.SessionDoc;
import org.matchday.format.TableDoc;
import org.matchday.format.TextFormats;
import org.matchday.format.UnscheduledDoc;
import org.matchday.problem.Violation;
import org.matchday.mapping.EventExporter;
import org.matchday.mapping.EventWriter;
import org.matchday.persistence.EventData;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Edits of an event's sessions, tables, participants and requests. Each edit is tried on the event's document
 * first and checked with the same rules as an import, so the stored event is always one that could be imported;
 * only then is it written, all in one transaction.
 */
@ApplicationScoped
public class EventContentService {

    private static final Kind<SessionDoc> SESSION = new Kind<>(ProblemCode.WORD_SESSION, "sessions", EventDocument::sessions,
            EventDocument::withSessions, SessionDoc::id, SessionDoc::version);
    private static final Kind<TableDoc> TABLE = new Kind<>(ProblemCode.WORD_TABLE, "tables", EventDocument::tables,
            EventDocument::withTables, TableDoc::id, TableDoc::version);
    private static final Kind<ParticipantDoc> PARTICIPANT = new Kind<>(ProblemCode.WORD_PARTICIPANT, "participants",
            EventDocument::participants, EventDocument::withParticipants, ParticipantDoc::id, ParticipantDoc::version);
    private static final Kind<RequestDoc> REQUEST = new Kind<>(ProblemCode.WORD_REQUEST, "requests", EventDocument::requests,
            EventDocument::withRequests, RequestDoc::id, RequestDoc::version);

    private final EventExporter exporter;
    private final EventDocumentValidator validator;

    public EventContentService(EventExporter exporter, EventDocumentValidator validator) {
        this.exporter = exporter;
        this.validator = validator;
    }

    // Reads

    /** The whole event as a document with versions, read at once: what a participant's page shows first. */
    @Transactional
    public EventDocument document(long eventId) {
        return read(eventId);
    }

    @Transactional
    public List<SessionDoc> sessions(long eventId) {
        return read(eventId).sessions();
    }

    @Transactional
    public SessionDoc session(long eventId, String code) {
        return SESSION.find(read(eventId), code);
    }

    @Transactional
    public List<TableDoc> tables(long eventId) {
        return read(eventId).tables();
    }

    @Transactional
    public TableDoc table(long eventId, String code) {
        return TABLE.find(read(eventId), code);
    }

    @Transactional
    public List<ParticipantDoc> participants(long eventId) {
        return read(eventId).participants();
    }

    @Transactional
    public ParticipantDoc participant(long eventId, String code) {
        return PARTICIPANT.find(read(eventId), code);
    }

    @Transactional
    public List<RequestDoc> requests(long eventId) {
        return read(eventId).requests();
    }

    @Transactional
    public RequestDoc request(long eventId, String code) {
        return REQUEST.find(read(eventId), code);
    }

    // Sessions

    @Transactional
    public SessionDoc createSession(long eventId, SessionDoc body) {
        Draft draft = draft(eventId, body);
        check(SESSION.added(draft.doc, body), SESSION.pathOfNew(draft.doc));
        EventSession session = new EventSession();
        session.event = draft.data.event();
        EventWriter.apply(session, body);
        session.persist();
        return saved(session, s -> EventExporter.session(s, true));
    }

    @Transactional
    public SessionDoc updateSession(long eventId, String code, SessionDoc body) {
        Draft draft = draft(eventId, body);
        SESSION.checkReplacement(draft.doc, code, body);
        Set<String> slotStarts = Timeslots.derive(code, TextFormats.date(body.date()), TextFormats.time(body.start()),
                        TextFormats.time(body.end()), body.meetingMinutes(), body.gapOrDefault(),
                        EventWriter.breaks(body))
                .stream().map(t -> TextFormats.format(t.startDateTime())).collect(Collectors.toSet());
        Predicate<MeetingDoc> lost = m -> m.session().equals(code) && !slotStarts.contains(m.start());
        String reason = "Its slot no longer exists since session \"" + code + "\" changed.";
        EventDocument changed = unscheduled(SESSION.replaced(draft.doc, code, body), lost, reason);
        check(changed, SESSION.path(draft.doc, code));
        EventSession session = draft.session(code);
        EventWriter.apply(session, body);
        unschedule(draft, m -> m.session == session && !slotStarts.contains(TextFormats.format(m.start)), reason);
        return saved(session, s -> EventExporter.session(s, true));
    }

    @Transactional
    public void deleteSession(long eventId, String code) {
        Draft draft = draft(eventId, null);
        EventSession session = draft.session(code);
        String reason = "Its session \"" + code + "\" was deleted.";
        checkDeletion(unscheduled(SESSION.removed(draft.doc, code), m -> m.session().equals(code), reason),
                SESSION, code);
        unschedule(draft, m -> m.session == session, reason);
        session.delete();
    }

    // Tables

    @Transactional
    public TableDoc createTable(long eventId, TableDoc body) {
        Draft draft = draft(eventId, body);
        check(TABLE.added(draft.doc, body), TABLE.pathOfNew(draft.doc));
        EventTable table = new EventTable();
        table.event = draft.data.event();
        EventWriter.apply(table, body);
        table.persist();
        return saved(table, t -> EventExporter.table(t, true));
    }

    @Transactional
    public TableDoc updateTable(long eventId, String code, TableDoc body) {
        Draft draft = draft(eventId, body);
        TABLE.checkReplacement(draft.doc, code, body);
        check(TABLE.replaced(draft.doc, code, body), TABLE.path(draft.doc, code));
        EventTable table = draft.table(code);
        EventWriter.apply(table, body);
        return saved(table, t -> EventExporter.table(t, true));
    }

    @Transactional
    public void deleteTable(long eventId, String code) {
        Draft draft = draft(eventId, null);
        EventTable table = draft.table(code);
        String reason = "Its table \"" + code + "\" was deleted.";
        checkDeletion(unscheduled(TABLE.removed(draft.doc, code), m -> m.table().equals(code), reason), TABLE, code);
        unschedule(draft, m -> m.table == table, reason);
        table.delete();
    }

    // Participants

    @Transactional
    public ParticipantDoc createParticipant(long eventId, ParticipantDoc body) {
        Draft draft = draft(eventId, body);
        check(PARTICIPANT.added(draft.doc, body), PARTICIPANT.pathOfNew(draft.doc));
        Participant participant = new Participant();
        participant.event = draft.data.event();
        EventWriter.apply(participant, body, draft.tablesByCode());
        participant.persist();
        return saved(participant, p -> EventExporter.participant(p, true));
    }

    @Transactional
    public ParticipantDoc updateParticipant(long eventId, String code, ParticipantDoc body) {
        Draft draft = draft(eventId, body);
        PARTICIPANT.checkReplacement(draft.doc, code, body);
        check(PARTICIPANT.replaced(draft.doc, code, body), PARTICIPANT.path(draft.doc, code));
        Participant participant = draft.participant(code);
        EventWriter.apply(participant, body, draft.tablesByCode());
        return saved(participant, p -> EventExporter.participant(p, true));
    }

    /** Deletes the participant with the requests it made or received and its meetings. */
    @Transactional
    public void deleteParticipant(long eventId, String code) {
        Draft draft = draft(eventId, null);
        Participant participant = draft.participant(code);
        // Removed through the persistence context, which already holds these rows from the draft.
        draft.data.meetings().stream().filter(m -> m.participantA == participant || m.participantB == participant)
                .forEach(Meeting::delete);
        draft.data.requests().stream().filter(r -> r.from == participant || r.to == participant)
                .forEach(MeetingRequest::delete);
        participant.delete();
    }

    // Requests

    @Transactional
    public RequestDoc createRequest(long eventId, RequestDoc body) {
        Draft draft = draft(eventId, body);
        check(REQUEST.added(draft.doc, body), REQUEST.pathOfNew(draft.doc));
        MeetingRequest request = new MeetingRequest();
        request.event = draft.data.event();
        EventWriter.apply(request, body, draft.participantsByCode());
        request.persist();
        reconcile(draft, request.from, request.to);
        return saved(request, r -> EventExporter.request(r, true));
    }

    @Transactional
    public RequestDoc updateRequest(long eventId, String code, RequestDoc body) {
        Draft draft = draft(eventId, body);
        REQUEST.checkReplacement(draft.doc, code, body);
        check(REQUEST.replaced(draft.doc, code, body), REQUEST.path(draft.doc, code));
        MeetingRequest request = draft.request(code);
        Participant oldFrom = request.from;
        Participant oldTo = request.to;
        EventWriter.apply(request, body, draft.participantsByCode());
        reconcile(draft, oldFrom, oldTo);
        reconcile(draft, request.from, request.to);
        return saved(request, r -> EventExporter.request(r, true));
    }

    @Transactional
    public void deleteRequest(long eventId, String code) {
        Draft draft = draft(eventId, null);
        MeetingRequest request = draft.request(code);
        request.delete();
        reconcile(draft, request.from, request.to);
    }

    // Shared steps

    private EventDocument read(long eventId) {
        return exporter.toDocument(EventData.load(eventId), true);
    }

    /** Locks the event, checks the body's own fields and loads the event as it is now. */
    private Draft draft(long eventId, Object body) {
        if (body != null) {
            List<Violation> violations = validator.validateFields(body, "$");
            if (!violations.isEmpty()) {
                throw invalid(violations);
            }
        }
        EventData.lockEvent(eventId);
        EventData data = EventData.load(eventId);
        return new Draft(data, exporter.toDocument(data, true));
    }

    /** Refuses an edit that would leave the event breaking a rule, naming problems from the body's view. */
    private void check(EventDocument changed, String elementPath) {
        List<Violation> violations = validator.validate(changed);
        if (!violations.isEmpty()) {
            throw invalid(violations.stream().map(v -> v.relativeTo(elementPath)).toList());
        }
    }

    private void checkDeletion(EventDocument changed, Kind<?> kind, String code) {
        List<Violation> violations = validator.validate(changed);
        if (!violations.isEmpty()) {
            throw new ConflictException(ProblemCode.EVENT_THING_IN_USE.with("what", kind.named(code)), violations);
        }
    }

    private static InvalidDocumentException invalid(List<Violation> violations) {
        return InvalidDocumentException.of(ProblemCode.PROBLEMS_BODY, violations);
    }

    /** The document with the matching scheduled meetings moved to the unscheduled list. */
    private static EventDocument unscheduled(EventDocument doc, Predicate<MeetingDoc> lost, String reason) {
        List<MeetingDoc> kept = new ArrayList<>();
        List<UnscheduledDoc> unscheduled = new ArrayList<>(doc.unscheduled());
        for (MeetingDoc m : doc.meetings()) {
            if (lost.test(m)) {
                unscheduled.add(new UnscheduledDoc(m.participants(), m.requests(), reason));
            } else {
                kept.add(m);
            }
        }
        return doc.withMeetings(kept, unscheduled);
    }

    private static void unschedule(Draft draft, Predicate<Meeting> lost, String reason) {
        for (Meeting meeting : draft.data.meetings()) {
            if (meeting.isScheduled() && lost.test(meeting)) {
                meeting.unschedule(reason);
            }
        }
    }

    private static void reconcile(Draft draft, Participant x, Participant y) {
        reconcile(draft.data.event(), x, y);
    }

    /**
     * Keeps one meeting row for a pair exactly while an accepted request asks for it (or it is pinned). The pair's
     * rows are locked, lower id first, as a participant's wish locks them: the wish does not lock the event.
     */
    public static void reconcile(Event event, Participant x, Participant y) {
        EntityManager em = Event.getEntityManager();
        em.flush();
        em.refresh(x.id < y.id ? x : y, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(x.id < y.id ? y : x, LockModeType.PESSIMISTIC_WRITE);
        boolean wanted = MeetingRequest.count("from MeetingRequest r where ((r.from = ?1 and r.to = ?2)"
                + " or (r.from = ?2 and r.to = ?1)) and r.status = ?3", x, y, RequestStatus.ACCEPTED) > 0;
        Participant a = x.id < y.id ? x : y;
        Participant b = x.id < y.id ? y : x;
        Meeting meeting = Meeting.find("participantA = ?1 and participantB = ?2", a, b).firstResult();
        if (wanted && meeting == null) {
            EventWriter.newMeeting(event, a, b).persist();
        } else if (!wanted && meeting != null && !meeting.pinned) {
            meeting.delete();
        }
    }

    private static <E, D> D saved(E entity, Function<E, D> toDoc) {
        Event.getEntityManager().flush();
        return toDoc.apply(entity);
    }

    /** The event as stored (entities) and as a document (for checking an edit before writing it). */
    private record Draft(EventData data, EventDocument doc) {

        EventSession session(String code) {
            return find(data.sessions(), s -> s.code, code, ProblemCode.WORD_SESSION);
        }

        EventTable table(String code) {
            return find(data.tables(), t -> t.code, code, ProblemCode.WORD_TABLE);
        }

        Participant participant(String code) {
            return find(data.participants(), p -> p.code, code, ProblemCode.WORD_PARTICIPANT);
        }

        MeetingRequest request(String code) {
            return find(data.requests(), r -> r.code, code, ProblemCode.WORD_REQUEST);
        }

        Map<String, EventTable> tablesByCode() {
            return data.tables().stream().collect(Collectors.toMap(t -> t.code, t -> t));
        }

        Map<String, Participant> participantsByCode() {
            return data.participants().stream().collect(Collectors.toMap(p -> p.code, p -> p));
        }

        private <E> E find(List<E> list, Function<E, String> code, String wanted, ProblemCode label) {
            return list.stream().filter(e -> code.apply(e).equals(wanted)).findFirst().orElseThrow(
                    () -> new UnknownIdException(ProblemCode.EVENT_NO_THING.with("event", data.event().id, "what",
                            ProblemCode.WORD_THING.with("kind", label.with(), "code", wanted))));
        }
    }

    /** How one kind of element sits in the event document. */
    private record Kind<D>(ProblemCode label, String field, Function<EventDocument, List<D>> list,
            BiFunction<EventDocument, List<D>, EventDocument> with, Function<D, String> id,
            Function<D, Long> version) {

        /** The element as a sentence names it: table "T1". */
        ProblemText named(String code) {
            return ProblemCode.WORD_THING.with("kind", label.with(), "code", code);
        }

        D find(EventDocument doc, String code) {
            return list.apply(doc).stream().filter(d -> id.apply(d).equals(code)).findFirst().orElseThrow(
                    () -> new UnknownIdException(ProblemCode.EVENT_NO_THING_HERE.with("what", named(code))));
        }

        int index(EventDocument doc, String code) {
            List<D> items = list.apply(doc);
            for (int i = 0; i < items.size(); i++) {
                if (id.apply(items.get(i)).equals(code)) {
                    return i;
                }
            }
            throw new UnknownIdException(ProblemCode.EVENT_NO_THING_HERE.with("what", named(code)));
        }

        String path(EventDocument doc, String code) {
            return "$." + field + "[" + index(doc, code) + "]";
        }

        /** Where an element appended to {@code doc} will stand. */
        String pathOfNew(EventDocument doc) {
            return "$." + field + "[" + list.apply(doc).size() + "]";
        }

        /** The document with {@code body} appended; 409 when its id is taken. */
        EventDocument added(EventDocument doc, D body) {
            if (list.apply(doc).stream().anyMatch(d -> id.apply(d).equals(id.apply(body)))) {
                throw new ConflictException(ProblemCode.EVENT_THING_TAKEN.with("what", named(id.apply(body))));
            }
            List<D> items = new ArrayList<>(list.apply(doc));
            items.add(body);
            return with.apply(doc, items);
        }

        /** Refuses a replacement that renames the element or was made on an old version. */
        void checkReplacement(EventDocument doc, String code, D body) {
            D current = find(doc, code);
            if (!code.equals(id.apply(body))) {
                throw new InvalidDocumentException(ProblemCode.EVENT_ID_FIXED.with(), List.of(Violation.of("$.id",
                        ProblemCode.EVENT_ID_FIXED_FIELD, "code", code)));
            }
            if (version.apply(body) == null) {
                throw new InvalidDocumentException(ProblemCode.EVENT_VERSION_REQUIRED.with(),
                        List.of(Violation.of("$.version", ProblemCode.EVENT_VERSION_REQUIRED_FIELD)));
            }
            StaleVersionException.check(version.apply(body), Objects.requireNonNull(version.apply(current)),
                    named(code));
        }

        EventDocument replaced(EventDocument doc, String code, D body) {
            List<D> items = new ArrayList<>(list.apply(doc));
            items.set(index(doc, code), body);
            return with.apply(doc, items);
        }

        EventDocument removed(EventDocument doc, String code) {
            List<D> items = new ArrayList<>(list.apply(doc));
            items.remove(index(doc, code));
            return with.apply(doc, items);
        }
    }
}
