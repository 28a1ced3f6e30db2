package org.matchday.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Event;
import org.matchday.domain.PairKey;
import org.matchday.domain.Participant;
import org.matchday.domain.outcome.AgreementKind;
import org.matchday.domain.outcome.MeetingFeedback;
import org.matchday.domain.outcome.MeetingHeld;
import org.matchday.domain.outcome.OutcomeStatus;
import org.matchday.persistence.EventData;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Counts the outcome report from the published meetings, the answers and staff's records; invents nothing. */
@ApplicationScoped
public class OutcomeReportService {

    /** What is known of one meeting, from everything answered about it. */
    record Known(boolean held, boolean notHeld, boolean rated, boolean interest, boolean agreement,
            boolean inProgress, boolean unknown, Set<AgreementKind> kinds) {
    }

    @Transactional
    public OutcomeReport report(long eventId) {
        Event event = EventData.event(eventId);
        Set<PairKey> planned = PublishedPairs.of(eventId).keySet();
        Map<PairKey, List<MeetingFeedback>> answers = new HashMap<>();
        for (MeetingFeedback f : MeetingFeedback.ofEvent(eventId)) {
            answers.computeIfAbsent(f.pair(), p -> new ArrayList<>()).add(f);
        }
        Set<PairKey> staffHeld = new HashSet<>();
        MeetingHeld.ofEvent(eventId).forEach(h -> staffHeld.add(h.pair()));
        Map<String, Participant> people = new HashMap<>();
        Participant.<Participant>list("event.id", eventId).forEach(p -> people.put(p.code, p));

        Map<PairKey, Known> known = new java.util.LinkedHashMap<>();
        List<Integer> ratings = new ArrayList<>();
        List<OutcomeReport.Story> stories = new ArrayList<>();
        for (PairKey pair : planned) {
            List<MeetingFeedback> sides = answers.getOrDefault(pair, List.of());
            known.put(pair, known(sides, staffHeld.contains(pair)));
            for (MeetingFeedback side : sides) {
                if (side.rating != null) {
                    ratings.add(side.rating);
                }
                if (side.publishStory && side.story != null) {
                    Participant author = people.get(side.author);
                    stories.add(new OutcomeReport.Story(List.of(pair.first(), pair.second()), side.author,
                            author == null ? side.author : author.name, author == null ? null : author.organisation,
                            side.outcomeStatus, kinds(side), side.story));
                }
            }
        }
        Map<AgreementKind, Integer> byKind = new EnumMap<>(AgreementKind.class);
        for (AgreementKind kind : AgreementKind.values()) {
            byKind.put(kind, (int) known.values().stream().filter(k -> k.agreement() && k.kinds().contains(kind))
                    .count());
        }
        Collection<Known> all = known.values();
        Double average = ratings.isEmpty() ? null
                : Math.round(ratings.stream().mapToInt(Integer::intValue).average().orElseThrow() * 100) / 100.0;
        return new OutcomeReport(eventId, event.name, planned.size(), count(all, Known::held),
                count(all, Known::notHeld), count(all, Known::rated), average, count(all, Known::interest),
                count(all, Known::agreement), count(all, Known::inProgress), count(all, Known::unknown), byKind,
                breakdown(known, pair -> groupPair(people, pair)),
                breakdown(known, pair -> each(people, pair, p -> p.sectors)),
                breakdown(known, pair -> each(people, pair, p -> p.country == null ? List.of() : List.of(p.country))),
                stories);
    }

    static Known known(List<MeetingFeedback> sides, boolean byStaff) {
        boolean denied = sides.stream().anyMatch(s -> Boolean.FALSE.equals(s.held));
        boolean confirmed = byStaff || sides.stream().anyMatch(s -> Boolean.TRUE.equals(s.held));
        boolean agreement = sides.stream().anyMatch(s -> s.outcomeStatus == OutcomeStatus.AGREEMENT);
        Set<AgreementKind> kinds = new LinkedHashSet<>();
        sides.stream().filter(s -> s.outcomeStatus == OutcomeStatus.AGREEMENT)
                .forEach(s -> kinds.addAll(kinds(s)));
        boolean answered = byStaff || sides.stream().anyMatch(s -> s.held != null || s.rating != null
                || s.interest != null || s.outcomeStatus != null);
        return new Known(confirmed && !denied, denied, sides.stream().anyMatch(s -> s.rating != null),
                sides.stream().anyMatch(s -> s.interest != null && s.interest.wantsFollowUp()), agreement,
                !agreement && sides.stream().anyMatch(s -> s.outcomeStatus == OutcomeStatus.IN_PROGRESS),
                !answered, kinds);
    }

    private static List<AgreementKind> kinds(MeetingFeedback side) {
        return side.outcomeKinds == null ? List.of()
                : side.outcomeKinds.stream().map(AgreementKind::valueOf).toList();
    }

    private static int count(Collection<Known> all, java.util.function.Predicate<Known> which) {
        return (int) all.stream().filter(which).count();
    }

    /** "EU cluster & Taiwanese association": the two groups in alphabetical order, "-" for none. */
    private static List<String> groupPair(Map<String, Participant> people, PairKey pair) {
        List<String> groups = new ArrayList<>();
        for (String code : List.of(pair.first(), pair.second())) {
            Participant p = people.get(code);
            groups.add(p == null || p.group == null || p.group.isBlank() ? "-" : p.group);
        }
        groups.sort(null);
        return List.of(groups.get(0) + " & " + groups.get(1));
    }

    /** Each distinct value either participant has. */
    private static List<String> each(Map<String, Participant> people, PairKey pair,
            Function<Participant, List<String>> values) {
        Set<String> keys = new java.util.TreeSet<>();
        for (String code : List.of(pair.first(), pair.second())) {
            Participant p = people.get(code);
            if (p != null && values.apply(p) != null) {
                values.apply(p).stream().filter(v -> v != null && !v.isBlank()).forEach(keys::add);
            }
        }
        return List.copyOf(keys);
    }

    private static List<OutcomeReport.Figures> breakdown(Map<PairKey, Known> known,
            Function<PairKey, List<String>> keys) {
        Map<String, int[]> sums = new TreeMap<>();
        known.forEach((pair, k) -> {
            for (String key : keys.apply(pair)) {
                int[] s = sums.computeIfAbsent(key, x -> new int[6]);
                s[0]++;
                s[1] += k.held() ? 1 : 0;
                s[2] += k.rated() ? 1 : 0;
                s[3] += k.interest() ? 1 : 0;
                s[4] += k.agreement() ? 1 : 0;
                s[5] += k.unknown() ? 1 : 0;
            }
        });
        List<OutcomeReport.Figures> rows = new ArrayList<>();
        sums.forEach((key, s) -> rows.add(new OutcomeReport.Figures(key, s[0], s[1], s[2], s[3], s[4], s[5])));
        return rows;
    }
}
