package org.matchday.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.PairKey;
import org.matchday.domain.Participant;
import org.matchday.domain.PublishedMeeting;
import org.matchday.domain.outcome.AgreementKind;
import org.matchday.domain.outcome.MeetingFeedback;
import org.matchday.domain.outcome.MeetingHeld;
import org.matchday.persistence.EventData;
import org.matchday.problem.ForbiddenActionException;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.problem.InvalidParameterException;
import org.matchday.problem.ProblemCode;
import org.matchday.problem.UnknownIdException;
import org.matchday.problem.Violation;
import org.matchday.security.Caller;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Each side's answers about its published meetings: feedback right after the event, the outcome months later, and
 * staff's record that a meeting took place. A side writes only its own answer; organisers read both.
 */
@ApplicationScoped
public class OutcomeService {

    private final Clock clock;

    public OutcomeService(Clock clock) {
        this.clock = clock;
    }

    /** What the caller may read of one meeting: a participant its own answer, an organiser both sides'. */
    @Transactional
    public MeetingAnswers read(long eventId, String a, String b, Caller caller) {
        PublishedMeeting meeting = meeting(eventId, a, b);
        return view(eventId, meeting, caller.isParticipant() ? caller.participantCode() : null);
    }

    @Transactional
    public MeetingAnswers feedback(long eventId, String a, String b, FeedbackInput input, Caller caller) {
        String author = author(a, b, caller);
        PublishedMeeting meeting = meeting(eventId, a, b);
        if (Boolean.FALSE.equals(input.held()) && input.rating() != null) {
            throw new InvalidDocumentException(ProblemCode.OUTCOME_NOT_HELD_RATED.with(),
                    List.of(Violation.of("$.rating", ProblemCode.OUTCOME_NOT_HELD_RATED_FIELD)));
        }
        MeetingFeedback answer = answerOf(eventId, meeting.pairKey(), author);
        answer.held = input.held();
        answer.rating = input.rating();
        answer.interest = input.interest();
        answer.note = blankToNull(input.note());
        answer.answeredAt = now();
        MeetingFeedback.getEntityManager().flush();
        return view(eventId, meeting, author);
    }

    @Transactional
    public MeetingAnswers outcome(long eventId, String a, String b, OutcomeInput input, Caller caller) {
        String author = author(a, b, caller);
        PublishedMeeting meeting = meeting(eventId, a, b);
        MeetingFeedback answer = answerOf(eventId, meeting.pairKey(), author);
        answer.outcomeStatus = input.status();
        List<String> kinds = new ArrayList<>();
        if (input.kinds() != null) {
            new LinkedHashSet<>(input.kinds()).forEach(kind -> kinds.add(kind.name()));
        }
        answer.outcomeKinds = kinds;
        answer.story = blankToNull(input.story());
        answer.publishStory = Boolean.TRUE.equals(input.publishStory()) && answer.story != null;
        answer.outcomeAt = now();
        MeetingFeedback.getEntityManager().flush();
        return view(eventId, meeting, author);
    }

    /** Staff's record from the table sheets; false takes it back. */
    @Transactional
    public MeetingAnswers held(long eventId, String a, String b, boolean held, Caller caller) {
        EventData.lockEvent(eventId);
        PublishedMeeting meeting = meeting(eventId, a, b);
        PairKey pair = meeting.pairKey();
        MeetingHeld record = MeetingHeld.of(eventId, pair);
        if (held && record == null) {
            record = new MeetingHeld();
            record.eventId = eventId;
            record.pairFirst = pair.first();
            record.pairSecond = pair.second();
            record.recordedBy = caller.name();
            record.recordedAt = now();
            record.persist();
        } else if (!held && record != null) {
            record.delete();
        }
        MeetingHeld.getEntityManager().flush();
        return view(eventId, meeting, null);
    }

    /** The published meeting of the pair; 404 naming the pair when it had none. */
    static PublishedMeeting meeting(long eventId, String a, String b) {
        EventData.event(eventId);
        if (a.equals(b)) {
            throw new InvalidParameterException(ProblemCode.OUTCOME_SAME_PARTICIPANT.with("code", a),
                    Violation.of("b", ProblemCode.OUTCOME_SAME_PARTICIPANT, "code", a));
        }
        for (String code : List.of(a, b)) {
            if (Participant.count("event.id = ?1 and code = ?2", eventId, code) == 0) {
                throw new UnknownIdException(ProblemCode.PARTICIPANT_UNKNOWN.with("event", eventId, "code", code));
            }
        }
        PublishedMeeting meeting = PublishedPairs.of(eventId).get(PairKey.of(a, b));
        if (meeting == null) {
            PairKey pair = PairKey.of(a, b);
            throw new UnknownIdException(ProblemCode.OUTCOME_NO_MEETING.with("a", pair.first(), "b", pair.second(),
                    "event", eventId));
        }
        return meeting;
    }

    /**
     * The side answering: the participant calling, which must be one of the pair (checked before the meeting, so
     * that an outsider learns nothing of it); accounts answer for nobody.
     */
    private static String author(String a, String b, Caller caller) {
        if (!caller.isParticipant() || !caller.participantCode().equals(a) && !caller.participantCode().equals(b)) {
            PairKey pair = PairKey.of(a, b);
            throw new ForbiddenActionException(ProblemCode.OUTCOME_OWN_ANSWER.with("a", pair.first(), "b",
                    pair.second()));
        }
        return caller.participantCode();
    }

    private static MeetingFeedback answerOf(long eventId, PairKey pair, String author) {
        MeetingFeedback answer = MeetingFeedback.find("eventId = ?1 and pairFirst = ?2 and pairSecond = ?3"
                + " and author = ?4", eventId, pair.first(), pair.second(), author).firstResult();
        if (answer == null) {
            answer = new MeetingFeedback();
            answer.eventId = eventId;
            answer.pairFirst = pair.first();
            answer.pairSecond = pair.second();
            answer.author = author;
            answer.persist();
        }
        return answer;
    }

    /** Only {@code onlyOf}'s answer when it is given, else both sides'. */
    private static MeetingAnswers view(long eventId, PublishedMeeting meeting, String onlyOf) {
        PairKey pair = meeting.pairKey();
        List<MeetingAnswers.Answer> answers = MeetingFeedback.ofPair(eventId, pair).stream()
                .filter(f -> onlyOf == null || f.author.equals(onlyOf))
                .map(OutcomeService::answer)
                .toList();
        return new MeetingAnswers(List.of(pair.first(), pair.second()), meeting.start, meeting.table,
                MeetingHeld.of(eventId, pair) != null, answers);
    }

    static MeetingAnswers.Answer answer(MeetingFeedback f) {
        boolean outcome = f.outcomeStatus != null;
        return new MeetingAnswers.Answer(f.author, f.held, f.rating, f.interest, f.note, f.answeredAt,
                f.outcomeStatus, outcome ? f.outcomeKinds.stream().map(AgreementKind::valueOf).toList() : null,
                f.story, outcome ? f.publishStory : null, f.outcomeAt);
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
