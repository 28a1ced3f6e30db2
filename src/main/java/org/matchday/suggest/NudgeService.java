package org.matchday.suggest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Event;
import org.matchday.domain.MatchmakingRules;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.Participant;
import org.matchday.domain.RequestStatus;
import org.matchday.domain.suggestion.SuggestionSettings;
import org.matchday.event.PhaseService;
import org.matchday.language.Language;
import org.matchday.mail.MailRequest.Suggestions.Suggested;
import org.matchday.mail.Notifications;
import org.matchday.persistence.EventData;
import org.matchday.problem.ConflictException;
import org.matchday.problem.ProblemCode;
import org.matchday.problem.ProblemText;
import org.matchday.problem.Violation;
import org.matchday.suggest.SuggestionIndex.Match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organiser's nudge for participants who sent fewer wishes than a minimum while wishes are open: mail each its
 * top suggestions in its own language, or add them as priority-1 wishes marked as suggested, which the receivers
 * accept or decline like any other. Each action only where the organiser switched it on for the event.
 */
@ApplicationScoped
public class NudgeService {

    private final SuggestionService suggestions;
    private final Notifications notifications;

    public NudgeService(SuggestionService suggestions, Notifications notifications) {
        this.suggestions = suggestions;
        this.notifications = notifications;
    }

    @Transactional
    public NudgeResult nudge(long eventId, NudgeInput input) {
        Event event = EventData.lockEvent(eventId);
        SuggestionSettings settings = SuggestionSettings.of(eventId);
        boolean mail = input.action() == NudgeInput.Action.MAIL;
        ProblemText action = mail ? ProblemCode.SUGGEST_NUDGE_MAIL.with() : ProblemCode.SUGGEST_NUDGE_WISHES.with();
        if (mail ? !settings.mailNudge : !settings.wishNudge) {
            throw new ConflictException(ProblemCode.SUGGEST_NUDGE_OFF.with("action", action, "event", eventId),
                    List.of(Violation.of(mail ? "mailNudge" : "wishNudge", ProblemCode.SUGGEST_NUDGE_OFF_FIELD)));
        }
        MatchmakingRules rules = event.rulesOrDefault();
        PhaseService.require(event.phase.allowsWishes(rules.lateWishes()), event, action,
                ProblemCode.WHEN_WISHES_OPEN.with());

        Map<Long, Integer> sent = new HashMap<>();
        for (Object[] row : MeetingRequest.getEntityManager().createQuery("select r.from.id, count(r) from"
                + " MeetingRequest r where r.event.id = ?1 and r.status in (?2, ?3) group by r.from.id",
                Object[].class).setParameter(1, eventId).setParameter(2, RequestStatus.PENDING)
                .setParameter(3, RequestStatus.ACCEPTED).getResultList()) {
            sent.put((Long) row[0], ((Number) row[1]).intValue());
        }
        List<Participant> participants = Participant.list("event.id = ?1 and attendance is null order by code",
                eventId);
        Map<String, Participant> byCode = new HashMap<>();
        participants.forEach(p -> byCode.put(p.code, p));
        Set<String> codes = new HashSet<>(MeetingRequest.getEntityManager().createQuery(
                "select r.code from MeetingRequest r where r.event.id = ?1", String.class)
                .setParameter(1, eventId).getResultList());
        int nudged = 0;
        int mails = 0;
        int wishes = 0;
        int next = 1;
        for (Participant participant : participants) {
            int own = sent.getOrDefault(participant.id, 0);
            if (own >= input.minWishes()) {
                continue;
            }
            int room = rules.maxWishesPerParticipant() == null ? Integer.MAX_VALUE
                    : rules.maxWishesPerParticipant() - own;
            int wanted = mail ? input.perParticipantOrDefault() : Math.min(room, input.perParticipantOrDefault());
            if (wanted <= 0) {
                continue;
            }
            List<Match> top = suggestions.top(event, participant, wanted);
            if (top.isEmpty()) {
                continue;
            }
            nudged++;
            if (mail) {
                Language language = Language.forParticipant(participant.languages);
                SuggestionMessages messages = language.messages(SuggestionMessages.class);
                List<Suggested> partners = top.stream().map(m -> new Suggested(m.partner().name(),
                        m.partner().organisation(), SuggestionService.reasons(m, messages, language))).toList();
                if (notifications.suggestions(participant, partners)) {
                    mails++;
                }
                continue;
            }
            for (Match match : top) {
                String code;
                do {
                    code = "s" + next++;
                } while (!codes.add(code));
                MeetingRequest request = new MeetingRequest();
                request.event = event;
                request.code = code;
                request.from = participant;
                request.to = byCode.get(match.partner().code());
                request.priority = 1;
                request.status = RequestStatus.PENDING;
                request.suggested = true;
                request.persist();
                notifications.wishReceived(request);
                wishes++;
            }
        }
        return new NudgeResult(nudged, mails, wishes);
    }
}
