package org.matchday.day;

import org.matchday.domain.Meeting;
import org.matchday.domain.PairKey;
import org.matchday.domain.Publication;
import org.matchday.domain.PublishedMeeting;
import org.matchday.domain.Timeslot;
import org.matchday.persistence.EventData;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the day holds: every meeting of the timetable as it stands and of the publication participants hold in their
 * hands. A seat or table is taken when either has a meeting there, so that what is booked on the spot clashes with
 * neither; the meetings of participants who cancelled or did not come hold nothing, their tables stand empty.
 */
final class Occupancy {

    /** One meeting, by codes. */
    record Held(PairKey pair, String table, LocalDateTime start, LocalDateTime end) {

        boolean overlaps(Timeslot slot) {
            return start.isBefore(slot.endDateTime()) && slot.startDateTime().isBefore(end);
        }

        boolean involves(String code) {
            return pair.first().equals(code) || pair.second().equals(code);
        }
    }

    private final List<Held> meetings;

    private Occupancy(List<Held> meetings) {
        this.meetings = meetings;
    }

    /** The event's timetable and its publication in force, if any, in the current transaction. */
    static Occupancy of(EventData data) {
        Set<String> absent = new HashSet<>();
        data.participants().stream().filter(p -> p.attendance != null).forEach(p -> absent.add(p.code));
        List<Held> held = new ArrayList<>();
        for (Meeting m : data.meetings()) {
            if (m.isScheduled()) {
                held.add(new Held(m.pairKey(), m.table.code, m.start, m.end));
            }
        }
        Publication publication = Publication.latest(data.event().id);
        if (publication != null) {
            for (PublishedMeeting pm : PublishedMeeting.<PublishedMeeting>list("publication", publication)) {
                if (!absent.contains(pm.participantA) && !absent.contains(pm.participantB)) {
                    held.add(new Held(pm.pairKey(), pm.table, pm.start, pm.end));
                }
            }
        }
        return new Occupancy(held);
    }

    boolean busy(String participant, Timeslot slot) {
        return meetings.stream().anyMatch(m -> m.involves(participant) && m.overlaps(slot));
    }

    boolean tableTaken(String table, Timeslot slot) {
        return meetings.stream().anyMatch(m -> m.table().equals(table) && m.overlaps(slot));
    }

    /** The pair's meeting, in the timetable or the publication, if it has one. */
    Held meetingOf(PairKey pair) {
        return meetings.stream().filter(m -> m.pair().equals(pair)).findFirst().orElse(null);
    }

    /** How many distinct meetings the participant holds, counting a pair once however many lists hold it. */
    long meetingsOf(String participant) {
        return meetings.stream().filter(m -> m.involves(participant)).map(Held::pair).distinct().count();
    }

    List<Held> meetings() {
        return meetings;
    }
}
