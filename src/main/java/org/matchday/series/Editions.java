package org.matchday.series;

import org.matchday.domain.Event;
import org.matchday.domain.PairKey;
import org.matchday.domain.Participant;
import org.matchday.domain.Publication;
import org.matchday.domain.PublishedMeeting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The editions of a series up to one event, found by following each event's previous edition, and who is the same
 * person across them. A participant returns when an earlier edition has a participant with the same e-mail address
 * (ignoring case); a participant without an address returns when one has the same name and organisation (ignoring
 * case and surrounding spaces) and no address either, so that two people sharing a name are told apart by their
 * addresses whenever they gave one.
 */
final class Editions {

    private Editions() {
    }

    /** The event and the editions before it, oldest first; a loop in the links ends the walk. */
    static List<Event> upTo(Event event) {
        List<Event> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Event e = event; e != null && seen.add(e.id);
                e = e.previousEditionId == null ? null : Event.findById(e.previousEditionId)) {
            chain.add(e);
        }
        Collections.reverse(chain);
        return chain;
    }

    /** Who a participant is across editions: its address, else its name and organisation. */
    static String person(Participant p) {
        if (p.email != null && !p.email.isBlank()) {
            return "@" + p.email.strip().toLowerCase(Locale.ROOT);
        }
        return "=" + p.name.strip().toLowerCase(Locale.ROOT) + "\n"
                + (p.organisation == null ? "" : p.organisation.strip().toLowerCase(Locale.ROOT));
    }

    /** An edition's participants by code. */
    static Map<String, Participant> participants(long eventId) {
        Map<String, Participant> byCode = new LinkedHashMap<>();
        Participant.<Participant>list("event.id", eventId).forEach(p -> byCode.put(p.code, p));
        return byCode;
    }

    /** The meetings of an edition's publication in force, in time order; none when it published nothing. */
    static List<PublishedMeeting> published(long eventId) {
        Publication publication = Publication.latest(eventId);
        return publication == null ? List.of() : PublishedMeeting.list(
                "publication.id = ?1 order by start, table, participantA", publication.id);
    }

    /** The two persons of a meeting, in a stable order; null when a code no longer names a participant. */
    static PairKey persons(PublishedMeeting meeting, Map<String, Participant> people) {
        Participant a = people.get(meeting.participantA);
        Participant b = people.get(meeting.participantB);
        return a == null || b == null ? null : PairKey.of(person(a), person(b));
    }
}
