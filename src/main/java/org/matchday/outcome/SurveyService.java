package org.matchday.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Event;
import org.matchday.domain.PairKey;
import org.matchday.domain.Participant;
import org.matchday.domain.outcome.MeetingFeedback;
import org.matchday.domain.outcome.Survey;
import org.matchday.domain.outcome.SurveyAsk;
import org.matchday.language.Language;
import org.matchday.mail.Notifications;
import org.matchday.participant.LinkService;
import org.matchday.persistence.EventData;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The two survey mails: feedback right after the event (to every participant with a published meeting) and the
 * follow-up months later (to both sides of every meeting where either side expects a follow-up). Each mail carries a
 * new personal link, since only the hash of a link is kept. Asking again reminds only those who have not answered
 * everything asked, at most {@value #MAX_REMINDERS} times per survey and at least {@link #REMINDER_GAP} apart.
 */
@ApplicationScoped
public class SurveyService {

    static final int MAX_REMINDERS = 2;
    static final Duration REMINDER_GAP = Duration.ofDays(7);

    private final Clock clock;
    private final Notifications notifications;
    private final LinkService links;

    public SurveyService(Clock clock, Notifications notifications, LinkService links) {
        this.clock = clock;
        this.notifications = notifications;
        this.links = links;
    }

    @Transactional
    public SurveyResult ask(long eventId, Survey survey) {
        Event event = EventData.lockEvent(eventId);
        Set<PairKey> planned = PublishedPairs.of(eventId).keySet();
        Map<PairKey, List<MeetingFeedback>> answers = new HashMap<>();
        MeetingFeedback.ofEvent(eventId).forEach(f -> answers.computeIfAbsent(f.pair(), p -> new ArrayList<>())
                .add(f));
        // Who is asked about which meetings.
        Map<String, Set<PairKey>> asked = new TreeMap<>();
        for (PairKey pair : planned) {
            List<MeetingFeedback> sides = answers.getOrDefault(pair, List.of());
            boolean concerned = survey == Survey.FEEDBACK || sides.stream()
                    .anyMatch(f -> f.interest != null && f.interest.wantsFollowUp());
            if (concerned) {
                asked.computeIfAbsent(pair.first(), c -> new LinkedHashSet<>()).add(pair);
                asked.computeIfAbsent(pair.second(), c -> new LinkedHashSet<>()).add(pair);
            }
        }
        Map<String, Participant> people = new HashMap<>();
        Participant.<Participant>list("event.id", eventId).forEach(p -> people.put(p.code, p));
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        int mailed = 0;
        int reminded = 0;
        List<String> withoutEmail = new ArrayList<>();
        List<String> done = new ArrayList<>();
        List<String> heldBack = new ArrayList<>();
        for (Map.Entry<String, Set<PairKey>> entry : asked.entrySet()) {
            String code = entry.getKey();
            Participant participant = people.get(code);
            if (participant == null) {
                continue;
            }
            if (answeredAll(code, entry.getValue(), answers, survey)) {
                done.add(code);
                continue;
            }
            if (participant.email == null || participant.email.isBlank()) {
                withoutEmail.add(code);
                continue;
            }
            SurveyAsk ask = SurveyAsk.of(eventId, code, survey);
            boolean reminder = ask != null;
            if (reminder && (ask.times > MAX_REMINDERS
                    || Duration.between(ask.lastAt, now).compareTo(REMINDER_GAP) < 0)) {
                heldBack.add(code);
                continue;
            }
            mail(event, participant, survey, reminder, entry.getValue(), people);
            if (ask == null) {
                ask = new SurveyAsk();
                ask.eventId = eventId;
                ask.participant = code;
                ask.survey = survey;
            }
            ask.times++;
            ask.lastAt = now;
            ask.persist();
            mailed++;
            reminded += reminder ? 1 : 0;
        }
        SurveyAsk.getEntityManager().flush();
        return new SurveyResult(mailed, reminded, withoutEmail, done, heldBack);
    }

    private static boolean answeredAll(String code, Set<PairKey> pairs, Map<PairKey, List<MeetingFeedback>> answers,
            Survey survey) {
        for (PairKey pair : pairs) {
            boolean answered = answers.getOrDefault(pair, List.of()).stream()
                    .anyMatch(f -> f.author.equals(code)
                            && (survey == Survey.FEEDBACK ? f.held != null : f.outcomeStatus != null));
            if (!answered) {
                return false;
            }
        }
        return true;
    }

    private void mail(Event event, Participant participant, Survey survey, boolean reminder, Set<PairKey> pairs,
            Map<String, Participant> people) {
        OutcomeMessages m = Language.forParticipant(participant.languages).messages(OutcomeMessages.class);
        List<String> partners = new ArrayList<>();
        for (PairKey pair : pairs) {
            Participant other = people.get(pair.first().equals(participant.code) ? pair.second() : pair.first());
            if (other != null) {
                partners.add(other.organisation == null || other.organisation.isBlank() ? other.name
                        : other.name + " (" + other.organisation + ")");
            }
        }
        List<String> paragraphs = new ArrayList<>();
        if (reminder) {
            paragraphs.add(m.reminder());
        }
        boolean feedback = survey == Survey.FEEDBACK;
        paragraphs.add(feedback ? m.feedback_intro(event.name) : m.followup_intro(event.name));
        paragraphs.add(m.meetings_list(String.join(", ", partners)));
        paragraphs.add(m.open_link() + "\n" + links.issue(event.id, participant.code).url());
        notifications.written(participant, feedback ? "feedback request" : "follow-up survey",
                feedback ? m.feedback_subject(event.name) : m.followup_subject(event.name), paragraphs);
    }
}
