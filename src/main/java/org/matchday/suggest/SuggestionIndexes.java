package org.matchday.suggest;

import jakarta.enterprise.context.ApplicationScoped;
import org.matchday.domain.Participant;
import org.matchday.domain.suggestion.SuggestionSettings;
import org.matchday.persistence.ContentStamp;
import org.matchday.suggest.SuggestionIndex.Profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each event's {@link SuggestionIndex}, kept in memory for as long as the event's participant rows and suggestion
 * settings stay the same. Every request reads the stamp of those rows ({@link ContentStamp}), which any committed
 * change moves, whichever instance wrote it: a changed stamp reloads the profiles and analyses again only those whose
 * version moved, so that suggestions are never stale and an edit costs one profile's analysis, not the event's.
 */
@ApplicationScoped
public class SuggestionIndexes {

    /** Events whose index stays in memory; beyond it the least recently built goes (and is rebuilt if asked again). */
    static final int EVENTS_KEPT = 20;

    private final TextAnalysis analysis = new TextAnalysis();
    private final Map<Long, Stamped> indexes = new ConcurrentHashMap<>();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();

    private record Stamped(String stamp, SuggestionIndex index, long builtAt) {
    }

    /** The event's index as of now; call inside a transaction. */
    SuggestionIndex of(long eventId) {
        SuggestionSettings settings = SuggestionSettings.findById(eventId);
        // The stamp is read before the rows it stamps: a change in between makes the index look older, never newer.
        String stamp = ContentStamp.ofParticipants(eventId) + "|" + (settings == null ? "-" : settings.version);
        Stamped cached = indexes.get(eventId);
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.index();
        }
        synchronized (locks.computeIfAbsent(eventId, id -> new Object())) {
            cached = indexes.get(eventId);
            if (cached != null && cached.stamp().equals(stamp)) {
                return cached.index();
            }
            List<Profile> profiles = profiles(eventId);
            SuggestionIndex index;
            boolean sameSectors = cached != null && cached.stamp().endsWith("|" + (settings == null ? "-"
                    : settings.version));
            if (sameSectors) {
                Map<Long, SuggestionIndex.Analysed> known = cached.index().profiles();
                List<Profile> changed = new ArrayList<>();
                Set<Long> keep = new HashSet<>();
                for (Profile profile : profiles) {
                    SuggestionIndex.Analysed old = known.get(profile.id());
                    if (old != null && old.profile().equals(profile)) {
                        keep.add(profile.id());
                    } else {
                        changed.add(profile);
                    }
                }
                index = cached.index().with(changed, keep);
            } else {
                index = SuggestionIndex.of(analysis, settings == null ? List.of() : settings.sectors, profiles);
            }
            indexes.put(eventId, new Stamped(stamp, index, System.nanoTime()));
            if (indexes.size() > EVENTS_KEPT) {
                indexes.entrySet().stream().filter(e -> e.getKey() != eventId)
                        .min((a, b) -> Long.compare(a.getValue().builtAt(), b.getValue().builtAt()))
                        .ifPresent(oldest -> indexes.remove(oldest.getKey()));
            }
            return index;
        }
    }

    private static List<Profile> profiles(long eventId) {
        List<Participant> participants = Participant.list("event.id = ?1", eventId);
        List<Profile> profiles = new ArrayList<>(participants.size());
        for (Participant p : participants) {
            profiles.add(new Profile(p.id, p.code, p.name, p.organisation, p.group,
                    p.sectors == null ? List.of() : List.copyOf(p.sectors), p.description, p.offers, p.seeks,
                    p.attendance != null, p.version));
        }
        return profiles;
    }
}
