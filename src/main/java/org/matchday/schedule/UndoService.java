package org.matchday.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Attendance;
import org.matchday.domain.Event;
import org.matchday.domain.EventSession;
import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.PairKey;
import org.matchday.domain.Participant;
import org.matchday.domain.Publication;
import org.matchday.domain.RequestStatus;
import org.matchday.domain.undo.UndoAction;
import org.matchday.domain.undo.UndoDetail;
import org.matchday.domain.undo.UndoDetail.MeetingState;
import org.matchday.domain.undo.UndoDetail.RequestState;
import org.matchday.domain.undo.UndoKind;
import org.matchday.export.MeetingChange.Placement;
import org.matchday.format.TextFormats;
import org.matchday.persistence.EventData;
import org.matchday.problem.ConflictException;
import org.matchday.problem.ForbiddenActionException;
import org.matchday.problem.ProblemCode;
import org.matchday.problem.ProblemText;
import org.matchday.problem.UnknownIdException;
import org.matchday.problem.Violation;
import org.matchday.security.Caller;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Undoing the last manual actions of an event: moves, take-outs, pins and no-shows. An action is undone once, and only
 * while it still applies: the meeting is as the action left it, nothing was published or solved since, and the place
 * it goes back to breaks no hard rule. Organisers undo any action; staff only the no-shows they marked themselves, the
 * one action staff may take.
 */
@ApplicationScoped
public class UndoService {

    /** How many actions the list shows. */
    static final int LISTED = 10;

    private final MeetingControlService meetings;

    public UndoService(MeetingControlService meetings) {
        this.meetings = meetings;
    }

    @Transactional
    public UndoList list(long eventId, Caller caller) {
        EventData.event(eventId);
        Names names = Names.of(eventId);
        Context context = Context.of(eventId);
        List<UndoView> views = new ArrayList<>();
        for (UndoAction action : UndoAction.open(eventId, LISTED * 5)) {
            if (views.size() == LISTED) {
                break;
            }
            if (mayUndo(caller, action)) {
                views.add(view(action, names, blocked(action, context)));
            }
        }
        return new UndoList(views.isEmpty() ? null : views.get(0).id(), views);
    }

    @Transactional
    public UndoResult undo(long eventId, Optional<UndoInput> input, Caller caller) {
        meetings.lockForChange(eventId);
        Long asked = input.map(UndoInput::action).orElse(null);
        UndoAction action;
        if (asked == null) {
            action = UndoAction.open(eventId, LISTED * 5).stream().filter(a -> mayUndo(caller, a)).findFirst()
                    .orElseThrow(() -> new ConflictException(ProblemCode.UNDO_NOTHING.with(),
                            List.of(Violation.of("action", ProblemCode.UNDO_NOTHING_FIELD))));
        } else {
            action = UndoAction.findById(asked);
            if (action == null || action.event.id != eventId) {
                throw new UnknownIdException(ProblemCode.UNDO_UNKNOWN.with("event", eventId, "action", asked));
            }
        }
        if (!mayUndo(caller, action)) {
            throw new ForbiddenActionException(ProblemCode.UNDO_STAFF_OWN.with());
        }
        if (action.undoneAt != null) {
            throw refused(action, ProblemCode.UNDO_WHY_DONE.with("by", action.undoneBy, "at", action.undoneAt));
        }
        Blocked blocked = blocked(action, Context.of(eventId));
        if (blocked != null) {
            throw refused(action, blocked.words());
        }
        List<MeetingView> restored = action.kind.absence() ? undoAbsence(eventId, action)
                : List.of(undoMeetingChange(eventId, action));
        action.undoneBy = caller.name();
        action.undoneAt = Instant.now();
        Meeting.getEntityManager().flush();
        return new UndoResult(view(action, Names.of(eventId), null), restored);
    }

    private static boolean mayUndo(Caller caller, UndoAction action) {
        return caller.organiser() || caller.staff() && action.kind == UndoKind.NO_SHOW
                && caller.name() != null && caller.name().equals(action.doneBy);
    }

    private static ConflictException refused(UndoAction action, ProblemText why) {
        return new ConflictException(ProblemCode.UNDO_REFUSED.with("action", action.id, "why", why),
                List.of(Violation.of("action", why)));
    }

    /** What the event looks like now, as far as telling whether actions still apply needs. */
    private record Context(long eventId, int publication, Map<PairKey, Meeting> meetings,
            Map<Long, Participant> participants) {

        static Context of(long eventId) {
            Publication publication = Publication.latest(eventId);
            Map<PairKey, Meeting> meetings = new HashMap<>();
            Meeting.<Meeting>list("select m from Meeting m left join fetch m.session left join fetch m.table"
                    + " where m.event.id = ?1", eventId).forEach(m -> meetings.put(pair(m), m));
            Map<Long, Participant> participants = Participant.<Participant>list("event.id", eventId).stream()
                    .collect(Collectors.toMap(p -> p.id, Function.identity()));
            return new Context(eventId, publication == null ? 0 : publication.number, meetings, participants);
        }
    }

    private static PairKey pair(Meeting m) {
        return new PairKey(Long.toString(m.participantA.id), Long.toString(m.participantB.id));
    }

    private static PairKey pair(MeetingState s) {
        return new PairKey(Long.toString(s.a()), Long.toString(s.b()));
    }

    /** Why an action no longer applies: a code for pages to say in their language, and English words. */
    record Blocked(String code, ProblemText words) {
    }

    /** Why the action no longer applies; null when it still does (the hard rules are judged on undoing). */
    private static Blocked blocked(UndoAction action, Context context) {
        if (context.publication != action.publicationNumber) {
            return new Blocked("PUBLISHED_SINCE", ProblemCode.UNDO_WHY_PUBLISHED.with("publication",
                    context.publication));
        }
        Number solvedSince = (Number) UndoAction.getEntityManager().createNativeQuery("select count(*) from"
                        + " solve_lease l join undo_action a on a.event_id = l.event_id where a.id = ?1"
                        + " and l.acquired_at > a.done_at")
                .setParameter(1, action.id).getSingleResult();
        if (solvedSince.longValue() > 0) {
            return new Blocked("SOLVED_SINCE", ProblemCode.UNDO_WHY_SOLVED.with());
        }
        UndoDetail detail = action.detail;
        if (action.kind.absence()) {
            Participant participant = context.participants.get(detail.participant());
            if (participant == null) {
                return new Blocked("REMOVED_SINCE", ProblemCode.UNDO_WHY_PARTICIPANT_REMOVED.with());
            }
            Attendance absent = action.kind == UndoKind.NO_SHOW ? Attendance.NO_SHOW : Attendance.CANCELLED;
            return participant.attendance == absent ? null
                    : new Blocked("NOT_ABSENT", ProblemCode.UNDO_WHY_NOT_ABSENT.with("participant",
                    participant.code));
        }
        Meeting now = context.meetings.get(pair(detail.after()));
        if (now == null) {
            return new Blocked("REMOVED_SINCE", ProblemCode.UNDO_WHY_MEETING_REMOVED.with());
        }
        return detail.after().sameAs(now) ? null : new Blocked("CHANGED_SINCE",
                ProblemCode.UNDO_WHY_CHANGED.with());
    }

    /** Puts the meeting back where it was, pinned as it was; refused when its old place breaks a hard rule now. */
    private MeetingView undoMeetingChange(long eventId, UndoAction action) {
        EventData data = EventData.load(eventId);
        MeetingState was = action.detail.before();
        Meeting m = data.meetings().stream().filter(x -> x.participantA.id == was.a() && x.participantB.id == was.b())
                .findFirst().orElseThrow(() -> refused(action, ProblemCode.UNDO_WHY_MEETING_REMOVED.with()));
        List<Violation> broken = meetings.change(data, () -> place(m, was, data));
        if (!broken.isEmpty()) {
            throw new ConflictException(ProblemCode.UNDO_PLACE_TAKEN.with("action", action.id, "count",
                    broken.size()), broken);
        }
        return MeetingControlService.saved(m);
    }

    private static void place(Meeting m, MeetingState state, EventData data) {
        if (!state.scheduled()) {
            m.unschedule(state.reason());
            m.pinned = state.pinned();
            return;
        }
        m.session = data.sessions().stream().filter(s -> s.id.equals(state.session())).findFirst().orElse(null);
        m.table = data.tables().stream().filter(t -> t.id.equals(state.table())).findFirst().orElse(null);
        if (m.session == null || m.table == null) {
            throw new ConflictException(ProblemCode.UNDO_PLACE_GONE.with(),
                    List.of(Violation.of("action", ProblemCode.UNDO_PLACE_GONE_FIELD)));
        }
        m.start = state.start();
        m.end = state.end();
        m.pinned = state.pinned();
        m.reason = state.reason();
    }

    /**
     * Marks the participant present again, gives back the wishes the no-show or cancellation cancelled (those still
     * cancelled), and brings back its meetings: each where it was if that place is still free, else without a slot
     * for the next solve.
     */
    private List<MeetingView> undoAbsence(long eventId, UndoAction action) {
        UndoDetail detail = action.detail;
        Participant participant = Participant.findById(detail.participant());
        participant.attendance = null;
        for (RequestState state : detail.requests()) {
            MeetingRequest request = MeetingRequest.findById(state.id());
            if (request != null && request.status == RequestStatus.CANCELLED) {
                request.status = state.status();
            }
        }
        MeetingRequest.getEntityManager().flush();
        EventData loaded = EventData.load(eventId);
        EventData data = new EventData(loaded.event(), loaded.sessions(), loaded.tables(), loaded.participants(),
                loaded.requests(), new ArrayList<>(loaded.meetings()));
        Map<Long, Participant> byId = data.participants().stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        Event event = data.event();
        List<MeetingView> restored = new ArrayList<>();
        for (MeetingState state : detail.meetings()) {
            Participant a = byId.get(state.a());
            Participant b = byId.get(state.b());
            boolean exists = data.meetings().stream()
                    .anyMatch(m -> m.participantA.id == state.a() && m.participantB.id == state.b());
            // A partner removed or absent since has no meeting to come back to.
            if (a == null || b == null || exists || a.attendance != null || b.attendance != null) {
                continue;
            }
            Meeting m = new Meeting();
            m.event = event;
            m.participantA = a;
            m.participantB = b;
            m.unschedule(null);
            m.persist();
            data.meetings().add(m);
            if (state.scheduled()) {
                List<Violation> broken = meetings.change(data, () -> place(m, state, data));
                if (!broken.isEmpty()) {
                    m.unschedule("Its place was taken while " + participant.code + " was marked as a no-show.");
                }
            }
            restored.add(MeetingControlService.saved(m));
        }
        return restored;
    }

    /** Participants' codes and names by id, for telling actions in words. */
    private record Names(Map<Long, Participant> byId, Map<Long, String> sessions, Map<Long, String> tables) {

        static Names of(long eventId) {
            return new Names(Participant.<Participant>list("event.id", eventId).stream()
                    .collect(Collectors.toMap(p -> p.id, Function.identity())),
                    EventSession.<EventSession>list("event.id", eventId).stream()
                            .collect(Collectors.toMap(s -> s.id, s -> s.code)),
                    EventTable.<EventTable>list("event.id", eventId).stream()
                            .collect(Collectors.toMap(t -> t.id, t -> t.code)));
        }

        String code(long id) {
            Participant p = byId.get(id);
            return p == null ? "#" + id : p.code;
        }

        String name(long id) {
            Participant p = byId.get(id);
            return p == null ? "#" + id : p.name;
        }

        Placement placement(MeetingState s) {
            return s == null || !s.scheduled() ? null : new Placement(sessions.get(s.session()),
                    TextFormats.format(s.start()), TextFormats.format(s.end()), tables.get(s.table()));
        }
    }

    private static UndoView view(UndoAction action, Names names, Blocked blocked) {
        String words = blocked == null ? null : blocked.words().english();
        String code = blocked == null ? null : blocked.code();
        UndoDetail d = action.detail;
        if (action.kind.absence()) {
            long id = d.participant();
            int count = (int) d.meetings().stream().filter(MeetingState::scheduled).count();
            String absence = action.kind == UndoKind.NO_SHOW ? "Marked " + names.name(id) + " as a no-show"
                    : "Cancelled the attendance of " + names.name(id);
            return new UndoView(action.id, action.kind, action.doneBy, action.doneAt, absence + ", taking " + count
                    + " meeting(s) out of the timetable.", List.of(names.code(id)),
                    List.of(names.name(id)), null, null, null, count, words, code, action.undoneBy, action.undoneAt);
        }
        MeetingState before = d.before();
        MeetingState after = d.after();
        String pair = "the meeting of " + names.name(after.a()) + " and " + names.name(after.b());
        Placement from = names.placement(before);
        Placement to = names.placement(after);
        String what = switch (action.kind) {
            case MOVE -> "Moved " + pair + (from == null ? " from the unscheduled list" : " from " + words(from))
                    + " to " + words(to) + (after.pinned() ? ", pinned." : ".");
            case TAKE_OUT -> "Took " + pair + " out of the timetable" + (from == null ? "." : " (it was at "
                    + words(from) + ").");
            case PIN -> "Pinned " + pair + (to == null ? "." : " at " + words(to) + ".");
            case UNPIN -> "Unpinned " + pair + (to == null ? "." : " at " + words(to) + ".");
            case NO_SHOW, CANCELLATION -> throw new IllegalStateException();
        };
        return new UndoView(action.id, action.kind, action.doneBy, action.doneAt,
                Character.toUpperCase(what.charAt(0)) + what.substring(1),
                List.of(names.code(after.a()), names.code(after.b())),
                List.of(names.name(after.a()), names.name(after.b())), from, to, after.pinned(), null, words, code, action.undoneBy,
                action.undoneAt);
    }

    private static String words(Placement p) {
        return p.start() + " at " + p.table();
    }
}
