package org.matchday.event;

import org.matchday.problem.ProblemCode;
import org.matchday.problem.ProblemText;
import org.matchday.persistence.EventData;
import org.matchday.problem.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Event;
import org.matchday.domain.EventPhase;
import org.matchday.domain.Meeting;
import org.matchday.format.RulesDoc;
import org.matchday.format.EventDocumentValidator;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.problem.Violation;

import java.util.Arrays;
import java.util.List;

/** The event's phase and matchmaking rules, which together say what participants may do when. */
@ApplicationScoped
public class PhaseService {

    private final jakarta.enterprise.event.Event<PhaseChange> changes;
    private final EventDocumentValidator validator;

    public PhaseService(jakarta.enterprise.event.Event<PhaseChange> changes, EventDocumentValidator validator) {
        this.changes = changes;
        this.validator = validator;
    }

    /**
     * Moves the event to {@code phase}, back included. Scheduling or publishing needs a timetable; publishing with
     * nothing published yet publishes the current timetable.
     */
    @Transactional
    public EventPhase move(long eventId, EventPhase phase) {
        if (phase == null) {
            throw new InvalidDocumentException(ProblemCode.PHASE_MISSING.with(), List.of(Violation.of("$.phase",
                    ProblemCode.PHASE_MISSING_FIELD, "phases", Arrays.toString(EventPhase.values()))));
        }
        Event event = EventData.lockEvent(eventId);
        if (phase == EventPhase.SCHEDULED || phase == EventPhase.PUBLISHED) {
            if (Meeting.count("event.id = ?1 and start is not null", eventId) == 0) {
                throw new ConflictException(ProblemCode.PHASE_NO_TIMETABLE.with("phase", phase, "event", eventId),
                        List.of(Violation.of("$.phase", ProblemCode.PHASE_NO_TIMETABLE_FIELD)));
            }
        }
        changes.fire(new PhaseChange(eventId, event.phase, phase));
        event.phase = phase;
        return event.phase;
    }

    @Transactional
    public RulesDoc rules(long eventId) {
        return RulesDoc.of(EventData.event(eventId).rulesOrDefault());
    }

    @Transactional
    public RulesDoc updateRules(long eventId, RulesDoc rules) {
        InvalidDocumentException.throwIfAny(ProblemCode.PROBLEMS_RULES, validator.validateFields(rules, "$"));
        Event event = EventData.lockEvent(eventId);
        event.rules = rules.toRules();
        return RulesDoc.of(event.rules);
    }

    /** Refuses a participant's action outside the phases it belongs to, naming the phase. */
    public static void require(boolean allowed, Event event, ProblemText action, ProblemText when) {
        if (!allowed) {
            throw new ConflictException(ProblemCode.PHASE_WRONG.with("action", action, "when", when, "phase",
                    event.phase), List.of(Violation.of("phase", ProblemCode.VALUE_IS, "value", event.phase)));
        }
    }
}
