package org.matchday.suggest;

import org.matchday.domain.suggestion.Sector;
import org.matchday.suggest.TextAnalysis.Phrase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One event's profiles analysed for matching, and the ranking of partners for one of them. A partner scores for each
 * phrase of what this one seeks that a phrase of what the partner offers answers (and, at a lower weight, of its
 * description), for the same the other way round, and a little for each sector both work in. Two phrases answer each
 * other as far as they share words, each word weighed by how rare it is among the event's profiles (common words such
 * as "solutions" weigh little), or wholly when they name the same sector of the event's list, in whichever language.
 * Immutable; {@link #with} gives an index with some profiles analysed afresh. Public for the suggestion benchmark,
 * which ranks generated events without a database.
 */
public final class SuggestionIndex {

    /** What the other way round (they seek what you offer) weighs against what you seek. */
    static final double RETURN_WEIGHT = 0.8;
    /** What a description phrase weighs against an offer phrase. */
    static final double DESCRIPTION_WEIGHT = 0.5;
    /** Each sector both list, up to two. */
    static final double SHARED_SECTOR = 0.25;
    /** Phrases answering each other less than this give no reason and no score. */
    static final double THRESHOLD = 0.3;
    private static final int REASONS_PER_SIDE = 2;

    /** A participant's profile, as suggestions read it. */
    public record Profile(long id, String code, String name, String organisation, String group, List<String> sectors,
            String description, String offers, String seeks, boolean absent, long version) {
    }

    /** Why a partner is suggested: a need and its answer, or a sector both work in. */
    public record Reason(Kind kind, String mine, String theirs, Sector sector) {
    }

    public enum Kind {
        /** You seek {@code mine}; they offer {@code theirs}. */
        THEY_OFFER,
        /** They seek {@code theirs}; you offer {@code mine}. */
        YOU_OFFER,
        /** Both in {@code sector} (or {@code mine}, a sector not on the event's list). */
        BOTH_IN
    }

    /** A suggested partner. */
    public record Match(Profile partner, double score, List<Reason> reasons) {
    }

    /** A profile analysed: its phrases with the sectors of the event's list they name. */
    record Analysed(Profile profile, List<Tagged> offers, List<Tagged> seeks, List<Tagged> description,
            Set<Integer> sectorIds, Set<String> otherSectors, Set<String> tokens) {
    }

    /** A phrase with its words as a set and the event's sectors it names. */
    record Tagged(Phrase phrase, Set<String> tokens, String[] words, Set<Integer> sectors) {
    }

    private final TextAnalysis analysis;
    private final List<Sector> sectors;
    private final List<Phrase> sectorNames;
    private final List<Integer> sectorOfName;
    private final Map<Long, Analysed> profiles;
    private final Map<String, Double> idf;
    /** Each phrase's words with their weights in this index, in the order of {@link Tagged#words}, and their sum. */
    private final Map<Tagged, double[]> weights = new IdentityHashMap<>();

    private SuggestionIndex(TextAnalysis analysis, List<Sector> sectors, List<Phrase> sectorNames,
            List<Integer> sectorOfName, Map<Long, Analysed> profiles) {
        this.analysis = analysis;
        this.sectors = sectors;
        this.sectorNames = sectorNames;
        this.sectorOfName = sectorOfName;
        this.profiles = profiles;
        Map<String, Integer> frequency = new HashMap<>();
        for (Analysed profile : profiles.values()) {
            for (String token : profile.tokens()) {
                frequency.merge(token, 1, Integer::sum);
            }
        }
        Map<String, Double> weights = new HashMap<>();
        double n = profiles.size();
        frequency.forEach((token, df) -> weights.put(token, Math.log(1 + n / df)));
        this.idf = weights;
        // Weighed once per index, so that ranking a participant's partners reads arrays, not maps.
        for (Analysed profile : profiles.values()) {
            for (List<Tagged> part : List.of(profile.offers(), profile.seeks(), profile.description())) {
                for (Tagged tagged : part) {
                    double[] w = new double[tagged.words().length + 1];
                    for (int k = 0; k < tagged.words().length; k++) {
                        w[k] = weights.getOrDefault(tagged.words()[k], 0.0);
                        w[w.length - 1] += w[k];
                    }
                    this.weights.put(tagged, w);
                }
            }
        }
    }

    /** An index of the profiles, with the event's sector list, analysed by a new set of analyzers. */
    public static SuggestionIndex of(List<Sector> sectors, List<Profile> profiles) {
        return of(new TextAnalysis(), sectors, profiles);
    }

    /** An index of the profiles, with the event's sector list. */
    static SuggestionIndex of(TextAnalysis analysis, List<Sector> sectors, List<Profile> profiles) {
        List<Phrase> names = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int k = 0; k < sectors.size(); k++) {
            for (String name : sectors.get(k).names()) {
                Phrase phrase = analysis.phrase(name);
                if (!phrase.tokens().isEmpty() || !phrase.normalised().isEmpty()) {
                    names.add(phrase);
                    owners.add(k);
                }
            }
        }
        SuggestionIndex empty = new SuggestionIndex(analysis, List.copyOf(sectors), names, owners, Map.of());
        return empty.with(profiles, Set.of());
    }

    /**
     * This index with {@code changed} analysed afresh (new or edited profiles) and every profile not in
     * {@code keep} or {@code changed} gone; the word weights are counted again.
     */
    public SuggestionIndex with(List<Profile> changed, Set<Long> keep) {
        Map<Long, Analysed> next = new HashMap<>();
        for (Long id : keep) {
            Analysed kept = profiles.get(id);
            if (kept != null) {
                next.put(id, kept);
            }
        }
        for (Profile profile : changed) {
            next.put(profile.id(), analyse(profile));
        }
        return new SuggestionIndex(analysis, sectors, sectorNames, sectorOfName, next);
    }

    /** How many profiles the index holds. */
    public int size() {
        return profiles.size();
    }

    /** The analysed profiles by participant id. */
    Map<Long, Analysed> profiles() {
        return profiles;
    }

    /**
     * The best partners for one participant, best first: those {@code allowed} lets through with at least one
     * reason, at most {@code limit}. Ties go to the partner's code, so that the order is stable.
     */
    public List<Match> suggest(long participantId, Predicate<Profile> allowed, int limit) {
        Analysed me = profiles.get(participantId);
        if (me == null) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>();
        for (Analysed other : profiles.values()) {
            if (other == me || !allowed.test(other.profile())) {
                continue;
            }
            Match match = match(me, other);
            if (match != null) {
                matches.add(match);
            }
        }
        matches.sort(Comparator.comparingDouble(Match::score).reversed()
                .thenComparing(m -> m.partner().code()));
        return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
    }

    /** How well two profiles answer each other; null when they do not at all. */
    Match match(Analysed me, Analysed other) {
        List<Scored> forward = answers(me.seeks(), other.offers(), other.description(), Kind.THEY_OFFER);
        List<Scored> backward = answers(other.seeks(), me.offers(), me.description(), Kind.YOU_OFFER);
        double score = 0;
        for (Scored s : forward) {
            score += s.score();
        }
        for (Scored s : backward) {
            score += RETURN_WEIGHT * s.score();
        }
        List<Reason> shared = sharedSectors(me, other);
        score += SHARED_SECTOR * Math.min(2, shared.size());
        if (score <= 0) {
            return null;
        }
        List<Reason> reasons = new ArrayList<>();
        forward.stream().limit(REASONS_PER_SIDE).forEach(s -> reasons.add(s.reason()));
        backward.stream().limit(REASONS_PER_SIDE).forEach(s -> reasons.add(s.reason()));
        reasons.addAll(shared);
        return new Match(other.profile(), score, List.copyOf(reasons));
    }

    /** A need answered, and how well. */
    private record Scored(double score, Reason reason) {
    }

    /** For each need, its best answer among the offers (or, weighed less, the description); best first. */
    private List<Scored> answers(List<Tagged> needs, List<Tagged> offers, List<Tagged> description, Kind kind) {
        List<Scored> scored = new ArrayList<>();
        for (Tagged need : needs) {
            double best = 0;
            Tagged answer = null;
            boolean offered = false;
            for (Tagged offer : offers) {
                double s = answers(need, offer);
                if (s > best) {
                    best = s;
                    answer = offer;
                    offered = true;
                }
            }
            for (Tagged line : description) {
                double s = DESCRIPTION_WEIGHT * answers(need, line);
                if (s > best) {
                    best = s;
                    answer = line;
                    offered = false;
                }
            }
            if (answer != null && best >= THRESHOLD * (offered ? 1 : DESCRIPTION_WEIGHT)) {
                String needText = need.phrase().text();
                String answerText = answer.phrase().text();
                scored.add(new Scored(best, kind == Kind.THEY_OFFER
                        ? new Reason(kind, needText, answerText, null)
                        : new Reason(kind, answerText, needText, null)));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        return scored;
    }

    /**
     * How far an offer answers a need, from 0 to 1: wholly when both name a sector of the event's list, else the
     * share of the need's word weight that the offer's words cover.
     */
    private double answers(Tagged need, Tagged offer) {
        for (Integer sector : need.sectors()) {
            if (offer.sectors().contains(sector)) {
                return 1;
            }
        }
        double[] w = weights.get(need);
        double total = w[w.length - 1];
        double covered = 0;
        String[] words = need.words();
        for (int k = 0; k < words.length; k++) {
            if (offer.tokens().contains(words[k])) {
                covered += w[k];
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    private List<Reason> sharedSectors(Analysed me, Analysed other) {
        List<Reason> shared = new ArrayList<>();
        for (Integer id : me.sectorIds()) {
            if (other.sectorIds().contains(id)) {
                shared.add(new Reason(Kind.BOTH_IN, null, null, sectors.get(id)));
            }
        }
        for (String sector : me.otherSectors()) {
            if (other.otherSectors().contains(sector)) {
                shared.add(new Reason(Kind.BOTH_IN, sector, null, null));
            }
        }
        return shared;
    }

    private Analysed analyse(Profile profile) {
        List<Tagged> offers = tag(analysis.phrases(profile.offers()));
        List<Tagged> seeks = tag(analysis.phrases(profile.seeks()));
        List<Tagged> description = tag(analysis.phrases(profile.description()));
        Set<Integer> sectorIds = new HashSet<>();
        Set<String> otherSectors = new LinkedHashSet<>();
        if (profile.sectors() != null) {
            for (String sector : profile.sectors()) {
                Set<Integer> named = sectorsNamed(analysis.phrase(sector), true);
                if (named.isEmpty()) {
                    otherSectors.add(sector.strip().toLowerCase(Locale.ROOT));
                } else {
                    sectorIds.addAll(named);
                }
            }
        }
        Set<String> tokens = new HashSet<>();
        for (List<Tagged> part : List.of(offers, seeks, description)) {
            for (Tagged tagged : part) {
                tokens.addAll(tagged.tokens());
            }
        }
        return new Analysed(profile, offers, seeks, description, sectorIds, otherSectors, tokens);
    }

    private List<Tagged> tag(List<Phrase> phrases) {
        List<Tagged> tagged = new ArrayList<>(phrases.size());
        for (Phrase phrase : phrases) {
            Set<String> tokens = Set.copyOf(phrase.tokens());
            tagged.add(new Tagged(phrase, tokens, tokens.toArray(String[]::new), sectorsNamed(phrase, false)));
        }
        return tagged;
    }

    /**
     * The sectors of the event's list a phrase names: a Chinese name found in its text, an English one as a run of
     * its words (stemmed, so "wind power equipment" names "wind power"). A profile's sector field must name the whole
     * sector ({@code whole}), not a part of it.
     */
    private Set<Integer> sectorsNamed(Phrase phrase, boolean whole) {
        Set<Integer> found = new HashSet<>();
        for (int k = 0; k < sectorNames.size(); k++) {
            Phrase name = sectorNames.get(k);
            boolean named;
            if (TextAnalysis.hasHan(name.text())) {
                named = whole ? phrase.normalised().equals(name.normalised())
                        : phrase.normalised().contains(name.normalised());
            } else {
                named = whole ? phrase.englishTokens().equals(name.englishTokens())
                        : containsRun(phrase.englishTokens(), name.englishTokens());
            }
            if (named) {
                found.add(sectorOfName.get(k));
            }
        }
        return found;
    }

    private static boolean containsRun(List<String> words, List<String> run) {
        if (run.isEmpty() || run.size() > words.size()) {
            return false;
        }
        for (int start = 0; start + run.size() <= words.size(); start++) {
            if (words.subList(start, start + run.size()).equals(run)) {
                return true;
            }
        }
        return false;
    }
}
