package org.matchday.schedule;

import org.matchday.persistence.EventData;
import org.matchday.event.EventService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Meeting;
import org.matchday.domain.PairKey;
import org.matchday.domain.Publication;
import org.matchday.domain.PublishedMeeting;
import org.matchday.format.TextFormats;
import org.matchday.export.MeetingChange;
import org.matchday.export.MeetingChange.Kind;
import org.matchday.export.MeetingChange.Placement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** What moved, appeared or disappeared in the timetable since the publication in force. */
@ApplicationScoped
public class ChangeService {

    /** A meeting's pair and place, whether published or current. */
    public record Placed(PairKey pair, Placement placement) {
    }

    /** Every change since the publication in force; {@code participantCode} limits it to that participant's. */
    @Transactional
    public ChangesView changes(long eventId, String participantCode) {
        EventData.event(eventId);
        Publication publication = Publication.latest(eventId);
        List<Placed> before = publication == null ? List.of() : published(publication);
        List<Placed> now = Meeting.<Meeting>list("select m from Meeting m join fetch m.participantA"
                        + " join fetch m.participantB join fetch m.session join fetch m.table where m.event.id = ?1"
                        + " and m.start is not null", eventId).stream()
                .map(m -> new Placed(PairKey.of(m.participantA, m.participantB), new Placement(m.session.code,
                        TextFormats.format(m.start), TextFormats.format(m.end), m.table.code)))
                .toList();
        List<MeetingChange> changes = diff(before, now);
        if (participantCode != null) {
            changes = changes.stream().filter(c -> c.involves(participantCode)).toList();
        }
        return view(publication == null ? null : publication.number, changes);
    }

    public static List<Placed> published(Publication publication) {
        return PublishedMeeting.<PublishedMeeting>list("publication", publication).stream()
                .map(pm -> new Placed(pm.pairKey(), new Placement(pm.session, TextFormats.format(pm.start),
                        TextFormats.format(pm.end), pm.table)))
                .toList();
    }

    /** The changes that turn {@code before} into {@code after}, in time order of where each meeting is (or was). */
    public static List<MeetingChange> diff(List<Placed> before, List<Placed> after) {
        Map<PairKey, Placement> was = new LinkedHashMap<>();
        before.forEach(p -> was.put(p.pair(), p.placement()));
        Map<PairKey, Placement> is = new LinkedHashMap<>();
        after.forEach(p -> is.put(p.pair(), p.placement()));
        List<MeetingChange> changes = new ArrayList<>();
        for (Map.Entry<PairKey, Placement> entry : is.entrySet()) {
            Placement old = was.get(entry.getKey());
            if (old == null) {
                changes.add(change(entry.getKey(), Kind.APPEARED, null, entry.getValue()));
            } else if (!old.equals(entry.getValue())) {
                changes.add(change(entry.getKey(), Kind.MOVED, old, entry.getValue()));
            }
        }
        for (Map.Entry<PairKey, Placement> entry : was.entrySet()) {
            if (!is.containsKey(entry.getKey())) {
                changes.add(change(entry.getKey(), Kind.DISAPPEARED, entry.getValue(), null));
            }
        }
        changes.sort(Comparator.comparing((MeetingChange c) -> (c.after() != null ? c.after() : c.before()).start())
                .thenComparing(c -> c.participants().toString()));
        return changes;
    }

    static ChangesView view(Integer publication, List<MeetingChange> changes) {
        Map<String, List<MeetingChange>> byParticipant = new TreeMap<>();
        Map<String, List<MeetingChange>> byTable = new TreeMap<>();
        for (MeetingChange change : changes) {
            change.participants().forEach(p -> byParticipant.computeIfAbsent(p, k -> new ArrayList<>()).add(change));
            TreeSet<String> tables = new TreeSet<>();
            if (change.before() != null) {
                tables.add(change.before().table());
            }
            if (change.after() != null) {
                tables.add(change.after().table());
            }
            tables.forEach(t -> byTable.computeIfAbsent(t, k -> new ArrayList<>()).add(change));
        }
        return new ChangesView(publication, changes,
                byParticipant.entrySet().stream().map(e -> new ChangesView.ParticipantChanges(e.getKey(),
                        e.getValue())).toList(),
                byTable.entrySet().stream().map(e -> new ChangesView.TableChanges(e.getKey(), e.getValue())).toList());
    }

    private static MeetingChange change(PairKey pair, Kind kind, Placement before, Placement after) {
        return new MeetingChange(List.of(pair.first(), pair.second()), kind, before, after);
    }
}
