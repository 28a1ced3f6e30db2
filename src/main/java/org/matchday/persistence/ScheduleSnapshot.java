package org.matchday.persistence;

import org.matchday.domain.Event;
import org.matchday.domain.EventSession;
import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.PairKey;
import org.matchday.domain.Participant;
import org.matchday.domain.Publication;
import org.matchday.domain.PublishedMeeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The schedule that exports use and participants see: the publication in force when there is one,
 * otherwise the current schedule as a draft. Participants, sessions and tables are the current ones.
 */
public record ScheduleSnapshot(EventData data, List<ScheduledMeeting> meetings, List<Meeting> unscheduled,
        Integer publicationNumber, Instant publishedAt) {

    public Event event() {
        return data.event();
    }

    public List<Participant> participants() {
        return data.participants();
    }

    public List<EventSession> sessions() {
        return data.sessions();
    }

    public List<EventTable> tables() {
        return data.tables();
    }

    public List<MeetingRequest> requests() {
        return data.requests();
    }

    /** True when nothing was published yet: every export says DRAFT. */
    public boolean isDraft() {
        return publicationNumber == null;
    }

    /** The participant's meetings in time order. */
    public List<ScheduledMeeting> meetingsOf(Participant participant) {
        return meetings.stream().filter(m -> m.involves(participant)).toList();
    }

    /** The table's meetings in time order. */
    public List<ScheduledMeeting> meetingsAt(EventTable table) {
        return meetings.stream().filter(m -> m.table().id.equals(table.id)).toList();
    }

    /** Loads the snapshot in the current transaction; 404 when the event does not exist. */
    public static ScheduleSnapshot load(long eventId) {
        EventData data = EventData.load(eventId);
        Publication publication = Publication.latest(eventId);
        List<ScheduledMeeting> meetings = new ArrayList<>();
        List<Meeting> unscheduled = new ArrayList<>();
        if (publication == null) {
            for (Meeting m : data.meetings()) {
                if (m.isScheduled()) {
                    meetings.add(new ScheduledMeeting(m.participantA, m.participantB, m.session, m.start, m.end,
                            m.table, 0));
                } else {
                    unscheduled.add(m);
                }
            }
        } else {
            Map<String, Participant> participants = byCode(data.participants(), p -> p.code);
            Map<String, EventSession> sessions = byCode(data.sessions(), s -> s.code);
            Map<String, EventTable> tables = byCode(data.tables(), t -> t.code);
            Set<PairKey> published = new HashSet<>();
            for (PublishedMeeting pm : PublishedMeeting.<PublishedMeeting>list("publication", publication)) {
                Participant a = participants.get(pm.participantA);
                Participant b = participants.get(pm.participantB);
                EventSession session = sessions.get(pm.session);
                EventTable table = tables.get(pm.table);
                // What was deleted since publishing has left the event, and its meetings with it.
                if (a != null && b != null && session != null && table != null) {
                    meetings.add(new ScheduledMeeting(a, b, session, pm.start, pm.end, table, pm.sequence));
                    published.add(pm.pairKey());
                }
            }
            for (Meeting m : data.meetings()) {
                if (!published.contains(m.pairKey())) {
                    unscheduled.add(m);
                }
            }
        }
        meetings.sort(Comparator.comparing(ScheduledMeeting::start).thenComparing(m -> m.table().code));
        return new ScheduleSnapshot(data, meetings, unscheduled,
                publication == null ? null : publication.number, publication == null ? null : publication.publishedAt);
    }

    private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
        return items.stream().collect(Collectors.toMap(code, t -> t));
    }
}
