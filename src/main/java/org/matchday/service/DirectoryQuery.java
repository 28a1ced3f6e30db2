package org.matchday.service;

import org.matchday.format.ParticipantDoc;
import org.matchday.format.Violation;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A search of the participant directory: words that must all appear in the name, organisation, description, offers
 * or seeks (case and accents ignored, Chinese matched as written), filters that combine, a stable sort and a page.
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
            throw new InvalidParameterException("Unknown sort \"" + sort + "\".", new Violation("sort",
                    "must be one of name, organisation, country, group, id, optionally with - for descending"));
        }
        if (page != null && page < 0) {
            throw new InvalidParameterException("The page is out of range.", new Violation("page",
                    "must be 0 or more"));
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            throw new InvalidParameterException("The page size is out of range.", new Violation("size",
                    "must be between 1 and " + MAX_SIZE));
        }
    }

    public Page apply(List<ParticipantDoc> participants) {
        List<String> words = q == null || q.isBlank() ? List.of()
                : List.of(normalise(q).trim().split("\\s+"));
        List<ParticipantDoc> matches = participants.stream()
                .filter(p -> group == null || group.equalsIgnoreCase(nullToEmpty(p.group())))
                .filter(p -> country == null || country.equalsIgnoreCase(nullToEmpty(p.country())))
                .filter(p -> sector == null || p.sectors() != null
                        && p.sectors().stream().anyMatch(s -> normalise(s).equals(normalise(sector))))
                .filter(p -> matchesAll(p, words))
                .sorted(comparator())
                .toList();
        if (size == null) {
            return new Page(matches, matches.size());
        }
        int from = (int) Math.min((long) (page == null ? 0 : page) * size, matches.size());
        return new Page(matches.subList(from, Math.min(from + size, matches.size())), matches.size());
    }

    private Comparator<ParticipantDoc> comparator() {
        boolean descending = sort != null && sort.startsWith("-");
        Function<ParticipantDoc, String> key = SORT_KEYS.get(descending ? sort.substring(1) : sort == null ? "name"
                : sort);
        Comparator<ParticipantDoc> byKey = Comparator.comparing(p -> normalise(nullToEmpty(key.apply(p))));
        // Ties in id order, whatever the direction, so that pages never overlap.
        return (descending ? byKey.reversed() : byKey).thenComparing(ParticipantDoc::id);
    }

    private static boolean matchesAll(ParticipantDoc p, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        String text = normalise(String.join(" ", nullToEmpty(p.name()), nullToEmpty(p.organisation()),
                nullToEmpty(p.description()), nullToEmpty(p.offers()), nullToEmpty(p.seeks())));
        return words.stream().allMatch(text::contains);
    }

    /** Lower case without accents: "Peltomäki" matches "peltomaki"; Chinese characters stay as they are. */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
