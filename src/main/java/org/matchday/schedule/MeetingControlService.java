package org.matchday.schedule;

import org.matchday.problem.ProblemCode;
import org.matchday.problem.ProblemText;
import org.matchday.problem.StaleVersionException;
import org.matchday.event.EventService;
import org.matchday.problem.ConflictException;
import org.matchday.problem.UnknownIdException;
import org.matchday.solve.ConstraintWeightService;
import org.matchday.solve.SolveService;
import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.EventSession;
import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.PairKey;
import org.matchday.domain.Timeslot;
import org.matchday.domain.undo.UndoAction;
import org.matchday.domain.undo.UndoDetail;
import org.matchday.domain.undo.UndoDetail.MeetingState;
import org.matchday.domain.undo.UndoKind;
import org.matchday.security.Caller;
import org.matchday.format.EventDocumentValidator;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.format.TextFormats;
import org.matchday.problem.Violation;
import org.matchday.mapping.ScheduleMapper;
import org.matchday.persistence.EventData;
import org.matchday.solver.Schedule;
import org.matchday.solver.ScheduleJustification;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An organiser's hand on the schedule: move, pin, unpin and unschedule meetings. A move that breaks a hard
 * rule is refused with the rule named; the rules are the solver's own, judged by its score analysis. Each change is
 * logged, in its own transaction, as an action that can be undone ({@link UndoService}).
 */
@ApplicationScoped
public class MeetingControlService {

    private final SolveService solving;
    private final EventDocumentValidator validator;
    private final SecurityIdentity identity;

    public MeetingControlService(SolveService solving, EventDocumentValidator validator, SecurityIdentity identity) {
        this.solving = solving;
        this.validator = validator;
        this.identity = identity;
    }

    @Transactional
    public List<MeetingView> list(long eventId) {
        List<Meeting> meetings = new ArrayList<>(EventData.load(eventId).meetings());
        meetings.sort(Comparator.comparing((Meeting m) -> m.start == null)
                .thenComparing(m -> m.start, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(m -> m.id));
        return meetings.stream().map(MeetingView::of).toList();
    }

    /** Puts the meeting at a slot and table; 409 naming each hard rule the move would break. */
    @Transactional
    public MeetingView move(long eventId, String a, String b, MoveInput input) {
        InvalidDocumentException.throwIfAny(ProblemCode.PROBLEMS_MOVE, validator.validateFields(input, "$"));
        Edit edit = edit(eventId, a, b);
        if (input.version() != null) {
            StaleVersionException.check(input.version(), edit.meeting.version, ProblemCode.WORD_MEETING_OF.with("a", a,
                    "b", b));
        }
        LocalDateTime start = TextFormats.dateTime(input.start());
        Timeslot slot = edit.data.timeslots().stream().filter(t -> t.startDateTime().equals(start)).findFirst()
                .orElseThrow(() -> new InvalidDocumentException(ProblemCode.MOVE_NO_SLOT.with(), List.of(Violation.of(
                        "$.start", ProblemCode.MOVE_NO_SLOT_FIELD, "start", input.start()))));
        EventSession session = edit.data.sessions().stream().filter(s -> s.code.equals(slot.session()))
                .findFirst().orElseThrow();
        EventTable table = edit.data.tables().stream().filter(t -> t.code.equals(input.table())).findFirst()
                .orElseThrow(() -> new InvalidDocumentException(ProblemCode.MOVE_NO_TABLE.with(), List.of(Violation.of(
                        "$.table", ProblemCode.MOVE_UNKNOWN_TABLE_FIELD, "table", input.table()))));
        Meeting m = edit.meeting;
        MeetingState was = MeetingState.of(m);
        List<Violation> broken = change(edit.data, () -> {
            m.session = session;
            m.start = slot.startDateTime();
            m.end = slot.endDateTime();
            m.table = table;
            m.pinned = input.pinned() == null || input.pinned();
            m.reason = null;
        });
        if (!broken.isEmpty()) {
            throw new ConflictException(ProblemCode.MOVE_BREAKS_RULES.with("count", broken.size()), broken);
        }
        log(edit, UndoKind.MOVE, was);
        return saved(m);
    }

    /** Makes a change to the event's meetings, answering the hard rules it newly breaks (the caller decides). */
    List<Violation> change(EventData data, Runnable change) {
        Map<String, HardMediumSoftLongScore> weights = ConstraintWeightService.of(data.event().id);
        ScoreAnalysis<HardMediumSoftLongScore> before = solving.analyze(ScheduleMapper.toStoredSchedule(data,
                weights));
        change.run();
        Schedule changed = ScheduleMapper.toStoredSchedule(data, weights);
        return newlyBroken(before, solving.analyze(changed));
    }

    /** Logs the change of a meeting as an action that can be undone; a change that changed nothing is not one. */
    private void log(Edit edit, UndoKind kind, MeetingState was) {
        MeetingState is = MeetingState.of(edit.meeting);
        if (!was.equals(is)) {
            UndoAction.record(edit.data.event(), kind, Caller.of(identity).name(), UndoDetail.ofMeeting(was, is));
        }
    }

    @Transactional
    public MeetingView pin(long eventId, String a, String b, boolean pinned) {
        Edit edit = edit(eventId, a, b);
        Meeting m = edit.meeting;
        if (pinned && !m.isScheduled()) {
            throw new ConflictException(ProblemCode.MOVE_PIN_UNSCHEDULED.with());
        }
        MeetingState was = MeetingState.of(m);
        m.pinned = pinned;
        log(edit, pinned ? UndoKind.PIN : UndoKind.UNPIN, was);
        return saved(m);
    }

    @Transactional
    public MeetingView unschedule(long eventId, String a, String b) {
        Edit edit = edit(eventId, a, b);
        Meeting m = edit.meeting;
        MeetingState was = MeetingState.of(m);
        m.unschedule("Taken out of the schedule by an organiser.");
        log(edit, UndoKind.TAKE_OUT, was);
        return saved(m);
    }

    private record Edit(EventData data, Meeting meeting) {
    }

    /** Locks the event for a change by hand; refused while it is being solved. */
    void lockForChange(long eventId) {
        EventData.lockEvent(eventId);
        if (solving.isSolving(eventId)) {
            throw new ConflictException(ProblemCode.MOVE_WHILE_SOLVING.with("event", eventId));
        }
    }

    private Edit edit(long eventId, String a, String b) {
        lockForChange(eventId);
        EventData data = EventData.load(eventId);
        PairKey pair = PairKey.of(a, b);
        Meeting meeting = data.meetings().stream()
                .filter(m -> m.pairKey().equals(pair))
                .findFirst()
                .orElseThrow(() -> new UnknownIdException(ProblemCode.MOVE_NO_MEETING.with("event", eventId, "a", a,
                        "b", b)));
        return new Edit(data, meeting);
    }

    static MeetingView saved(Meeting m) {
        Meeting.getEntityManager().flush();
        return MeetingView.of(m);
    }

    /** Hard rules whose penalty grew with the change, each with the solver's words for what is wrong. */
    private static List<Violation> newlyBroken(ScoreAnalysis<HardMediumSoftLongScore> before,
            ScoreAnalysis<HardMediumSoftLongScore> after) {
        Map<String, Long> hardBefore = new HashMap<>();
        before.constraintMap().values().forEach(c -> hardBefore.put(c.constraintName(), c.score().hardScore()));
        List<Violation> broken = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> c : after.constraintMap().values()) {
            if (c.score().hardScore() < hardBefore.getOrDefault(c.constraintName(), 0L)) {
                List<ProblemText> why = new ArrayList<>();
                if (c.matches() != null) {
                    for (MatchAnalysis<HardMediumSoftLongScore> match : c.matches()) {
                        ConstraintJustification j = match.justification();
                        if (j instanceof ScheduleJustification sj && match.score().hardScore() < 0) {
                            why.add(RefusalReasons.of(sj));
                        }
                    }
                }
                broken.add(Violation.of(c.constraintName(), ProblemCode.RULE_BROKEN, "reasons", why));
            }
        }
        return broken;
    }
}
