package org.matchday.participant;

import org.matchday.problem.ProblemCode;
import org.matchday.persistence.EventData;
import org.matchday.event.EventService;
import org.matchday.event.PhaseService;
import org.matchday.problem.ConflictException;
import org.matchday.problem.UnknownIdException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Attendance;
import org.matchday.domain.Event;
import org.matchday.domain.EventPhase;
import org.matchday.domain.Meeting;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.PairKey;
import org.matchday.domain.Participant;
import org.matchday.domain.RequestStatus;
import org.matchday.domain.undo.UndoAction;
import org.matchday.domain.undo.UndoDetail;
import org.matchday.domain.undo.UndoDetail.MeetingState;
import org.matchday.domain.undo.UndoDetail.RequestState;
import org.matchday.domain.undo.UndoKind;
import org.matchday.security.Caller;
import org.matchday.format.TextFormats;
import org.matchday.problem.Violation;
import org.matchday.export.MeetingChange;
import org.matchday.export.MeetingChange.Kind;
import org.matchday.export.MeetingChange.Placement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Who will not come, or did not: a participant cancels itself or one meeting, staff mark a no-show on the day. The
 * wishes concerned are cancelled (kept, so the record shows they were asked) and their meetings leave the timetable;
 * a re-solve can then fill the gaps while keeping every published meeting that can stay. A no-show or a cancelled
 * attendance is logged as an action that can be undone, with the wishes and meetings it took.
 */
@ApplicationScoped
public class AttendanceService {

    private static final EnumSet<RequestStatus> STANDING = EnumSet.of(RequestStatus.PENDING, RequestStatus.ACCEPTED);

    private final SecurityIdentity identity;

    public AttendanceService(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Transactional
    public AttendanceView cancelParticipant(long eventId, String code) {
        Event event = EventData.lockEvent(eventId);
        PhaseService.require(event.phase != EventPhase.CLOSED && event.phase != EventPhase.DRAFT, event,
                ProblemCode.ACTION_CANCEL.with(), ProblemCode.WHEN_REGISTRATION_TO_END.with());
        return markAbsent(eventId, code, Attendance.CANCELLED);
    }

    @Transactional
    public AttendanceView noShow(long eventId, String code) {
        Event event = EventData.lockEvent(eventId);
        PhaseService.require(event.phase == EventPhase.SCHEDULED || event.phase == EventPhase.PUBLISHED, event,
                ProblemCode.ACTION_NO_SHOW.with(), ProblemCode.WHEN_TIMETABLE.with());
        return markAbsent(eventId, code, Attendance.NO_SHOW);
    }

    /** One participant of the pair, or an organiser, calls their meeting off; other meetings stay. */
    @Transactional
    public AttendanceView cancelMeeting(long eventId, String a, String b) {
        Event event = EventData.lockEvent(eventId);
        PhaseService.require(event.phase != EventPhase.CLOSED && event.phase != EventPhase.DRAFT, event,
                ProblemCode.ACTION_CANCEL_MEETING.with(), ProblemCode.WHEN_REGISTRATION_TO_END.with());
        Participant x = participant(eventId, a);
        Participant y = participant(eventId, b);
        int cancelled = MeetingRequest.getEntityManager().createQuery("update versioned MeetingRequest r set r.status = ?1"
                        + " where r.status in ?2 and ((r.from = ?3 and r.to = ?4) or (r.from = ?4 and r.to = ?3))")
                .setParameter(1, RequestStatus.CANCELLED).setParameter(2, STANDING).setParameter(3, x)
                .setParameter(4, y).executeUpdate();
        List<MeetingChange> removed = removeMeetings(eventId, x, y);
        if (cancelled == 0 && removed.isEmpty()) {
            throw new UnknownIdException(a + " and " + b + " have no meeting or wish to cancel.");
        }
        return new AttendanceView(a, null, removed);
    }

    private AttendanceView markAbsent(long eventId, String code, Attendance attendance) {
        Participant participant = participant(eventId, code);
        if (participant.attendance != null) {
            throw new ConflictException(ProblemCode.ATTENDANCE_ALREADY.with("code", code, "attendance",
                    participant.attendance), List.of(Violation.of("attendance", ProblemCode.VALUE_IS, "value",
                    participant.attendance)));
        }
        // Remembered before the wishes and meetings go, so that undoing it can give them back.
        logAbsence(eventId, participant, attendance == Attendance.NO_SHOW ? UndoKind.NO_SHOW : UndoKind.CANCELLATION);
        participant.attendance = attendance;
        MeetingRequest.getEntityManager().createQuery("update versioned MeetingRequest r set r.status = ?1"
                        + " where r.status in ?2 and (r.from = ?3 or r.to = ?3)")
                .setParameter(1, RequestStatus.CANCELLED).setParameter(2, STANDING).setParameter(3, participant)
                .executeUpdate();
        return new AttendanceView(code, attendance, removeMeetings(eventId, participant, null));
    }

    /** Remembers the wishes and meetings an absence is about to take, so that undoing it can give them back. */
    private void logAbsence(long eventId, Participant participant, UndoKind kind) {
        List<RequestState> requests = MeetingRequest.<MeetingRequest>list("select r from MeetingRequest r"
                        + " where r.event.id = ?1 and r.status in ?2 and (r.from = ?3 or r.to = ?3) order by r.id",
                        eventId, STANDING, participant).stream()
                .map(r -> new RequestState(r.id, r.status)).toList();
        List<MeetingState> meetings = Meeting.<Meeting>list("event.id = ?1 and (participantA = ?2"
                + " or participantB = ?2) order by id", eventId, participant).stream().map(MeetingState::of).toList();
        UndoAction.record(participant.event, kind, Caller.of(identity).name(),
                UndoDetail.ofNoShow(participant.id, requests, meetings));
    }

    /** Deletes the meetings of {@code x} (with {@code y} only, when given), answering the scheduled ones. */
    private static List<MeetingChange> removeMeetings(long eventId, Participant x, Participant y) {
        List<Meeting> meetings = Meeting.list("select m from Meeting m join fetch m.participantA"
                + " join fetch m.participantB left join fetch m.session left join fetch m.table"
                + " where m.event.id = ?1 and (m.participantA = ?2 or m.participantB = ?2)", eventId, x);
        List<MeetingChange> removed = new ArrayList<>();
        for (Meeting meeting : meetings) {
            if (y != null && meeting.participantA != y && meeting.participantB != y) {
                continue;
            }
            if (meeting.isScheduled()) {
                PairKey pair = PairKey.of(meeting.participantA, meeting.participantB);
                removed.add(new MeetingChange(List.of(pair.first(), pair.second()), Kind.DISAPPEARED,
                        new Placement(meeting.session.code, TextFormats.format(meeting.start),
                                TextFormats.format(meeting.end), meeting.table.code), null));
            }
            meeting.delete();
        }
        return removed;
    }

    private static Participant participant(long eventId, String code) {
        Participant participant = Participant.find("event.id = ?1 and code = ?2", eventId, code).firstResult();
        if (participant == null) {
            EventData.event(eventId);
            throw new UnknownIdException(ProblemCode.PARTICIPANT_UNKNOWN.with("event", eventId, "code", code));
        }
        return participant;
    }
}
