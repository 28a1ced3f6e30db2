package org.matchday.suggest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Event;
import org.matchday.domain.MatchmakingRules;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.Participant;
import org.matchday.language.Language;
import org.matchday.persistence.EventData;
import org.matchday.problem.InvalidParameterException;
import org.matchday.problem.ProblemCode;
import org.matchday.problem.UnknownIdException;
import org.matchday.problem.Violation;
import org.matchday.suggest.SuggestionIndex.Match;
import org.matchday.suggest.SuggestionIndex.Profile;
import org.matchday.suggest.SuggestionIndex.Reason;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Partners suggested to a participant, best first, with the reasons in words. Never oneself, one's own organisation,
 * a participant who cancelled, anyone already asked either way (a declined wish included), or a pair the event's
 * group rules forbid: what is suggested can be wished for.
 */
@ApplicationScoped
public class SuggestionService {

    public static final int MAX_LIMIT = 50;

    private final SuggestionIndexes indexes;

    public SuggestionService(SuggestionIndexes indexes) {
        this.indexes = indexes;
    }

    /** Refuses a limit outside 1..{@value #MAX_LIMIT}, naming the parameter. */
    static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameterException(ProblemCode.PARAM_LIMIT.with("max", MAX_LIMIT),
                    Violation.of("limit", ProblemCode.PARAM_BETWEEN_FIELD, "max", MAX_LIMIT));
        }
    }

    /** The participant's suggestions with reasons in the language {@code language} picks for it. */
    @Transactional
    public List<SuggestionView> suggest(long eventId, String participantCode, int limit,
            Function<Participant, Language> languageFor) {
        checkLimit(limit);
        Event event = EventData.event(eventId);
        Participant me = Participant.find("event.id = ?1 and code = ?2", eventId, participantCode).firstResult();
        if (me == null) {
            throw new UnknownIdException(ProblemCode.PARTICIPANT_UNKNOWN_IN.with("code", participantCode,
                    "event", eventId));
        }
        Language language = languageFor.apply(me);
        SuggestionMessages messages = language.messages(SuggestionMessages.class);
        return top(event, me, limit).stream().map(match -> view(match, messages, language)).toList();
    }

    /** The participant's best partners as ranked, without words; inside a transaction. */
    List<Match> top(Event event, Participant me, int limit) {
        SuggestionIndex index = indexes.of(event.id);
        return index.suggest(me.id, allowedFor(event, me), limit);
    }

    /** Who may be suggested to {@code me}. */
    private static Predicate<Profile> allowedFor(Event event, Participant me) {
        Set<Long> asked = new HashSet<>();
        for (Object[] pair : MeetingRequest.getEntityManager().createQuery("select r.from.id, r.to.id from"
                + " MeetingRequest r where r.from.id = ?1 or r.to.id = ?1", Object[].class)
                .setParameter(1, me.id).getResultList()) {
            asked.add((Long) pair[0]);
            asked.add((Long) pair[1]);
        }
        MatchmakingRules rules = event.rulesOrDefault();
        String organisation = organisation(me.organisation);
        return other -> !asked.contains(other.id()) && !other.absent()
                && (organisation == null || !organisation.equals(organisation(other.organisation())))
                && rules.allowsWish(me.group, other.group());
    }

    private static String organisation(String name) {
        return name == null || name.isBlank() ? null : name.strip().toLowerCase(Locale.ROOT);
    }

    static SuggestionView view(Match match, SuggestionMessages messages, Language language) {
        Profile partner = match.partner();
        return new SuggestionView(partner.code(), partner.name(), partner.organisation(),
                Math.round(match.score() * 1000) / 1000.0, reasons(match, messages, language));
    }

    static List<String> reasons(Match match, SuggestionMessages messages, Language language) {
        List<String> reasons = new ArrayList<>();
        for (Reason reason : match.reasons()) {
            reasons.add(switch (reason.kind()) {
                case THEY_OFFER -> messages.reason_they_offer(reason.mine(), reason.theirs());
                case YOU_OFFER -> messages.reason_you_offer(reason.theirs(), reason.mine());
                case BOTH_IN -> messages.reason_both_in(reason.sector() == null ? reason.mine()
                        : label(reason, language));
            });
        }
        return reasons;
    }

    private static String label(Reason reason, Language language) {
        String label = reason.sector().label(language == Language.TRADITIONAL_CHINESE);
        // "both in wind energy", but "both in ICT" and "both in 5G".
        boolean word = label.length() > 1 && Character.isUpperCase(label.charAt(0))
                && Character.isLowerCase(label.charAt(1));
        return language == Language.ENGLISH && word ? label.substring(0, 1).toLowerCase(Locale.ROOT)
                + label.substring(1) : label;
    }
}
