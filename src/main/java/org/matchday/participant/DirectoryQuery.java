package org.matchday.participant;

import org.matchday.domain.MatchmakingRules;
import org.matchday.format.ParticipantDoc;
import org.matchday.problem.InvalidParameterException;
import org.matchday.problem.ProblemCode;
import org.matchday.problem.Violation;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A search of the participant directory: words that must all appear in the name, organisation, description, offers,
 * seeks or sectors (case and accents ignored, Chinese matched as written), filters that combine, a stable sort and a page.
 */
public record DirectoryQuery(String q, String group, String country, String sector, String sort, Integer page,
        Integer size) {

    public static final int MAX_SIZE = 200;
    private static final Map<String, Function<ParticipantDoc, String>> SORT_KEYS = Map.of(
            "name", ParticipantDoc::name, "organisation", ParticipantDoc::organisation,
            "country", ParticipantDoc::country, "group", ParticipantDoc::group, "id", ParticipantDoc::id);

    /** One page of matches and how many there are in all. */
    public record Page(List<ParticipantDoc> items, int total) {
    }

    /** Refuses unknown sort keys and pages out of range, naming the parameter. */
    public DirectoryQuery {
        String key = sort == null ? "name" : sort.startsWith("-") ? sort.substring(1) : sort;
        if (!SORT_KEYS.containsKey(key)) {
            throw new InvalidParameterException(ProblemCode.PARAM_SORT.with("sort", sort), Violation.of("sort",
                    ProblemCode.PARAM_SORT_FIELD));
        }
        if (page != null && page < 0) {
            throw new InvalidParameterException(ProblemCode.PARAM_PAGE.with(), Violation.of("page",
                    ProblemCode.PARAM_PAGE_FIELD));
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            throw new InvalidParameterException(ProblemCode.PARAM_PAGE_SIZE.with(), Violation.of("size",
                    ProblemCode.PARAM_BETWEEN_FIELD, "max", MAX_SIZE));
        }
    }

    public Page apply(List<ParticipantDoc> participants) {
        return apply(Directory.of(participants));
    }

    public Page apply(Directory directory) {
        List<String> words = q == null || q.isBlank() ? List.of()
                : List.of(normalise(q).trim().split("\\s+"));
        String wantedSector = sector == null ? null : normalise(sector);
        List<Listing> matches = directory.listings().stream()
                .filter(p -> group == null || group.equalsIgnoreCase(nullToEmpty(p.doc().group())))
                .filter(p -> country == null || country.equalsIgnoreCase(nullToEmpty(p.doc().country())))
                .filter(p -> wantedSector == null || p.sectors().contains(wantedSector))
                .filter(p -> words.stream().allMatch(p.text()::contains))
                .sorted(comparator())
                .toList();
        int total = matches.size();
        int from = size == null ? 0 : (int) Math.min((long) (page == null ? 0 : page) * size, total);
        int to = size == null ? total : Math.min(from + size, total);
        return new Page(matches.subList(from, to).stream().map(Listing::doc).toList(), total);
    }

    private Comparator<Listing> comparator() {
        boolean descending = sort != null && sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort == null ? "name" : sort;
        Comparator<Listing> byKey = Comparator.comparing(listing -> listing.keys().get(key));
        // Ties in id order, whatever the direction, so that pages never overlap.
        return (descending ? byKey.reversed() : byKey).thenComparing(listing -> listing.doc().id());
    }

    /**
     * The participants with what searches compare already normalised: normalising every participant's text for
     * every search was most of a search's time. Built once per version of the event's participants.
     */
    public record Directory(List<Listing> listings) {

        public static Directory of(List<ParticipantDoc> participants) {
            return new Directory(participants.stream().map(Listing::of).toList());
        }
    }

    /** One participant, its searchable text, sectors and sort keys normalised. */
    record Listing(ParticipantDoc doc, String text, List<String> sectors, Map<String, String> keys) {

        static Listing of(ParticipantDoc p) {
            String text = normalise(String.join(" ", nullToEmpty(p.name()), nullToEmpty(p.organisation()),
                    nullToEmpty(p.description()), nullToEmpty(p.offers()), nullToEmpty(p.seeks()),
                    p.sectors() == null ? "" : String.join(" ", p.sectors())));
            List<String> sectors = p.sectors() == null ? List.of()
                    : p.sectors().stream().map(DirectoryQuery::normalise).toList();
            Map<String, String> keys = new HashMap<>();
            SORT_KEYS.forEach((name, key) -> keys.put(name, normalise(nullToEmpty(key.apply(p)))));
            return new Listing(p, text, sectors, Map.copyOf(keys));
        }
    }

    /** Lower case without accents: "Peltomäki" matches "peltomaki"; Chinese characters stay as they are. */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** The groups the rules name, by their spelling without case and accents, each as the rules write it. */
    static Map<String, String> ruleGroups(MatchmakingRules rules) {
        Map<String, String> groups = new LinkedHashMap<>();
        if (rules.allowedPairs() != null) {
            for (MatchmakingRules.GroupPair pair : rules.allowedPairs()) {
                groups.putIfAbsent(normalise(pair.from()), pair.from());
                groups.putIfAbsent(normalise(pair.to()), pair.to());
            }
        }
        return groups;
    }

    /** The groups as a problem names them: "EU cluster", "Taiwanese association". */
    static String quoted(Collection<String> groups) {
        return groups.stream().map(g -> "\"" + g + "\"").collect(Collectors.joining(", "));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
