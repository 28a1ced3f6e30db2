package org.matchday.series;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Event;
import org.matchday.domain.PairKey;
import org.matchday.domain.Participant;
import org.matchday.domain.PublishedMeeting;
import org.matchday.domain.outcome.MeetingFeedback;
import org.matchday.domain.outcome.OutcomeStatus;
import org.matchday.outcome.OutcomeReport;
import org.matchday.outcome.OutcomeReportService;
import org.matchday.persistence.EventData;
import org.matchday.problem.ProblemCode;
import org.matchday.problem.UnknownIdException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A returning participant's earlier meetings, and the series report across editions. */
@ApplicationScoped
public class SeriesService {

    private final OutcomeReportService outcomes;

    public SeriesService(OutcomeReportService outcomes) {
        this.outcomes = outcomes;
    }

    /** The participant's meetings at every earlier edition it came to, the latest edition first. */
    @Transactional
    public List<EarlierMeeting> history(long eventId, String participantCode) {
        Event event = EventData.event(eventId);
        Map<String, Participant> here = Editions.participants(eventId);
        Participant me = here.get(participantCode);
        if (me == null) {
            throw new UnknownIdException(ProblemCode.PARTICIPANT_UNKNOWN_IN.with("code", participantCode,
                    "event", eventId));
        }
        String self = Editions.person(me);
        Map<String, String> codesHere = new HashMap<>();
        here.values().forEach(p -> codesHere.putIfAbsent(Editions.person(p), p.code));
        List<Event> earlier = Editions.upTo(event);
        earlier.remove(earlier.size() - 1);
        List<EarlierMeeting> history = new ArrayList<>();
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Event edition = earlier.get(i);
            Map<String, Participant> people = Editions.participants(edition.id);
            Set<String> mine = new HashSet<>();
            people.values().stream().filter(p -> Editions.person(p).equals(self)).forEach(p -> mine.add(p.code));
            if (mine.isEmpty()) {
                continue;
            }
            for (PublishedMeeting m : Editions.published(edition.id)) {
                String partnerCode = mine.contains(m.participantA) ? m.participantB
                        : mine.contains(m.participantB) ? m.participantA : null;
                if (partnerCode == null) {
                    continue;
                }
                Participant partner = people.get(partnerCode);
                history.add(new EarlierMeeting(edition.id, edition.name, m.start, partnerCode,
                        partner == null ? partnerCode : partner.name, partner == null ? null : partner.organisation,
                        outcome(MeetingFeedback.ofPair(edition.id, m.pairKey())),
                        partner == null ? null : codesHere.get(Editions.person(partner))));
            }
        }
        return history;
    }

    /** The series up to this event: each edition's figures and the pairs who met again. */
    @Transactional
    public SeriesReport report(long eventId) {
        List<Event> editions = Editions.upTo(EventData.event(eventId));
        Map<PairKey, Integer> editionsMet = new HashMap<>();
        Map<String, Integer> editionsCome = new HashMap<>();
        List<SeriesReport.Edition> figures = new ArrayList<>();
        for (Event edition : editions) {
            Map<String, Participant> people = Editions.participants(edition.id);
            Set<String> persons = new HashSet<>();
            people.values().forEach(p -> persons.add(Editions.person(p)));
            persons.forEach(p -> editionsCome.merge(p, 1, Integer::sum));
            List<PublishedMeeting> meetings = Editions.published(edition.id);
            Set<PairKey> pairs = new HashSet<>();
            int again = 0;
            for (PublishedMeeting m : meetings) {
                PairKey pair = Editions.persons(m, people);
                if (pair != null && pairs.add(pair) && editionsMet.containsKey(pair)) {
                    again++;
                }
            }
            pairs.forEach(p -> editionsMet.merge(p, 1, Integer::sum));
            if (meetings.isEmpty()) {
                figures.add(new SeriesReport.Edition(edition.id, edition.name, false, people.size(), 0, 0, 0, 0));
            } else {
                OutcomeReport report = outcomes.report(edition.id);
                figures.add(new SeriesReport.Edition(edition.id, edition.name, true, people.size(), report.planned(),
                        report.held(), report.agreements(), again));
            }
        }
        return new SeriesReport(eventId, figures, (int) editionsMet.values().stream().filter(n -> n > 1).count(),
                (int) editionsCome.values().stream().filter(n -> n > 1).count());
    }

    /** What either side answered months later; "unknown" when neither did. */
    static String outcome(List<MeetingFeedback> sides) {
        for (OutcomeStatus status : List.of(OutcomeStatus.AGREEMENT, OutcomeStatus.IN_PROGRESS, OutcomeStatus.NONE)) {
            if (sides.stream().anyMatch(s -> s.outcomeStatus == status)) {
                return status.name();
            }
        }
        return "unknown";
    }
}
