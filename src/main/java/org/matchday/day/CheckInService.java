package org.matchday.day;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Event;
import org.matchday.domain.EventPhase;
import org.matchday.domain.Participant;
import org.matchday.event.PhaseService;
import org.matchday.persistence.EventData;
import org.matchday.problem.ConflictException;
import org.matchday.problem.ForbiddenActionException;
import org.matchday.problem.ProblemCode;
import org.matchday.problem.UnknownIdException;
import org.matchday.problem.Violation;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Who has arrived: the desk checks participants in (and out again, for a mistake), and a participant checks itself in
 * from its personal page when the organiser allows it. Each change locks the event, as a no-show does.
 */
@ApplicationScoped
public class CheckInService {

    private final Clock clock;

    public CheckInService(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public CheckInView checkIn(long eventId, String code, boolean byParticipant) {
        Participant participant = editable(eventId, code, byParticipant);
        if (participant.attendance != null) {
            throw new ConflictException(ProblemCode.CHECK_IN_ABSENT.with("code", code, "attendance",
                    participant.attendance), List.of(Violation.of("attendance", ProblemCode.VALUE_IS, "value",
                    participant.attendance)));
        }
        if (participant.checkedInAt != null) {
            throw new ConflictException(ProblemCode.CHECK_IN_ALREADY.with("code", code, "at",
                    participant.checkedInAt));
        }
        // Whole seconds: what the database keeps, so the answer and a later list agree.
        participant.checkedInAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Participant.getEntityManager().flush();
        return new CheckInView(participant.code, participant.checkedInAt);
    }

    /** Undoes a check-in made by mistake. */
    @Transactional
    public void undo(long eventId, String code, boolean byParticipant) {
        Participant participant = editable(eventId, code, byParticipant);
        if (participant.checkedInAt == null) {
            throw new ConflictException(ProblemCode.CHECK_IN_NOT_IN.with("code", code));
        }
        participant.checkedInAt = null;
        Participant.getEntityManager().flush();
    }

    /** Everybody who is in, the first to arrive first. */
    @Transactional
    public List<CheckInEntry> list(long eventId) {
        EventData.event(eventId);
        return Participant.<Participant>list("event.id = ?1 and checkedInAt is not null order by checkedInAt, code",
                        eventId).stream()
                .map(p -> new CheckInEntry(p.code, p.name, p.organisation, p.checkedInAt))
                .toList();
    }

    private static Participant editable(long eventId, String code, boolean byParticipant) {
        Event event = EventData.lockEvent(eventId);
        Participant participant = Participant.find("event.id = ?1 and code = ?2", eventId, code).firstResult();
        if (participant == null) {
            throw new UnknownIdException(ProblemCode.PARTICIPANT_UNKNOWN.with("event", eventId, "code", code));
        }
        if (byParticipant && !event.selfCheckIn) {
            throw new ForbiddenActionException(ProblemCode.CHECK_IN_SELF_OFF.with("event", eventId));
        }
        PhaseService.require(event.phase == EventPhase.SCHEDULED || event.phase == EventPhase.PUBLISHED, event,
                ProblemCode.ACTION_CHECK_IN.with(), ProblemCode.WHEN_TIMETABLE.with());
        return participant;
    }
}
