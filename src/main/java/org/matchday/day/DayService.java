package org.matchday.day;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Attendance;
import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.PairKey;
import org.matchday.domain.Participant;
import org.matchday.domain.PublishedMeeting;
import org.matchday.domain.Timeslot;
import org.matchday.format.TextFormats;
import org.matchday.persistence.EventData;
import org.matchday.persistence.ScheduleSnapshot;
import org.matchday.persistence.ScheduledMeeting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The control room's figures: who is in against who is expected, the meetings of the schedule participants hold
 * (the publication in force, else the timetable) against now, and the tables standing empty now and next. Meetings
 * of participants who did not come count as lost to no-shows, not as held.
 */
@ApplicationScoped
public class DayService {

    private final Clock clock;

    public DayService(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public DayView day(long eventId) {
        ScheduleSnapshot snapshot = ScheduleSnapshot.load(eventId);
        EventData data = snapshot.data();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), data.event().zone());
        int checkedIn = (int) data.participants().stream().filter(p -> p.checkedInAt != null && p.attendance == null).count();
        int expected = (int) data.participants().stream().filter(p -> p.attendance == null).count();

        List<Timeslot> slots = data.timeslots();
        Timeslot current = slots.stream().filter(s -> !s.startDateTime().isAfter(now) && now.isBefore(s.endDateTime()))
                .findFirst().orElse(null);
        Timeslot next = slots.stream().filter(s -> s.startDateTime().isAfter(now)).findFirst().orElse(null);

        int held = 0;
        int running = 0;
        int coming = 0;
        for (ScheduledMeeting m : snapshot.meetings()) {
            if (absent(m.participantA()) || absent(m.participantB())) {
                continue;
            }
            if (!m.end().isAfter(now)) {
                held++;
            } else if (!m.start().isAfter(now)) {
                running++;
            } else if (next != null && m.start().equals(next.startDateTime())) {
                coming++;
            }
        }
        Occupancy occupancy = Occupancy.of(data);
        return new DayView(TextFormats.format(now), checkedIn, expected, new DayView.Meetings(held, running, coming,
                lostToNoShows(data)), tables(data, occupancy, current), tables(data, occupancy, next),
                queue(data, now));
    }

    /** Meetings booked on the spot that have not ended, for the desk to send people to their tables. */
    private static List<DayView.Booked> queue(EventData data, LocalDateTime now) {
        return data.meetings().stream()
                .filter(m -> m.bookedAt != null && m.start != null && m.end.isAfter(now))
                .filter(m -> !absent(m.participantA) && !absent(m.participantB))
                .sorted(Comparator.comparing((Meeting m) -> m.start).thenComparing(m -> m.table.code))
                .map(m -> new DayView.Booked(TextFormats.format(m.start), TextFormats.format(m.end), m.table.code,
                        List.of(m.participantA.code, m.participantB.code),
                        List.of(m.participantA.name, m.participantB.name), m.bookedAt))
                .toList();
    }

    /**
     * The meetings participants were ever given with someone marked as a no-show: a later publication may have
     * dropped them, but they were lost all the same.
     */
    private static int lostToNoShows(EventData data) {
        Set<String> noShows = new HashSet<>();
        data.participants().stream().filter(p -> p.attendance == Attendance.NO_SHOW).forEach(p -> noShows.add(p.code));
        if (noShows.isEmpty()) {
            return 0;
        }
        Set<PairKey> lost = new HashSet<>();
        PublishedMeeting.<PublishedMeeting>list("publication.event.id = ?1 and (participantA in ?2"
                + " or participantB in ?2)", data.event().id, noShows).forEach(pm -> lost.add(pm.pairKey()));
        return lost.size();
    }

    private static boolean absent(Participant participant) {
        return participant.attendance != null;
    }

    private static DayView.SlotTables tables(EventData data, Occupancy occupancy, Timeslot slot) {
        if (slot == null) {
            return null;
        }
        List<String> free = data.tables().stream().map((EventTable t) -> t.code)
                .filter(code -> !occupancy.tableTaken(code, slot)).sorted(Comparator.naturalOrder()).toList();
        return new DayView.SlotTables(TextFormats.format(slot.startDateTime()), TextFormats.format(slot.endDateTime()),
                free);
    }
}
