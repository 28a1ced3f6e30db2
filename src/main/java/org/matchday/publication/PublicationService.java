package org.matchday.publication;

import org.matchday.problem.ProblemCode;
import org.matchday.event.PhaseChange;
import jakarta.enterprise.event.Observes;
import org.matchday.event.EventService;
import org.matchday.export.MeetingChange;
import org.matchday.mail.Notifications;
import org.matchday.problem.UnknownIdException;
import org.matchday.schedule.ChangeService;
import org.matchday.solve.Replanned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Event;
import org.matchday.domain.EventPhase;
import org.matchday.domain.Meeting;
import org.matchday.domain.PairKey;
import org.matchday.domain.Participant;
import org.matchday.domain.Publication;
import org.matchday.domain.PublishedMeeting;
import org.matchday.persistence.EventData;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Freezes the current schedule as the version exports use and participants see. */
@ApplicationScoped
public class PublicationService {

    private final Notifications notifications;
    private final ChangeService changes;

    public PublicationService(Notifications notifications, ChangeService changes) {
        this.notifications = notifications;
        this.changes = changes;
    }

    /** What publishing now would do: its number, the changes it makes, and how many participants it mails. */
    @Transactional
    public PublicationPreview preview(long eventId) {
        EventData.event(eventId);
        Publication previous = Publication.latest(eventId);
        List<MeetingChange> pending = changes.changes(eventId, null).meetings();
        return new PublicationPreview(previous == null ? 1 : previous.number + 1, pending.size(),
                notifications.publishedCount(eventId, pending));
    }

    /** Moving to PUBLISHED with nothing published yet publishes the current timetable. */
    void publishOnPhaseChange(@Observes PhaseChange change) {
        if (change.to() == EventPhase.PUBLISHED && Publication.latest(change.eventId()) == null) {
            publish(change.eventId());
        }
    }

    /**
     * A re-plan of a published event's day is published as it ends: on the day, participants act on what they hold,
     * so waiting for the organiser to publish would leave them at tables nobody comes to. Only the participants whose
     * agenda changed are mailed. A re-plan of an event not yet published stays a draft to review and publish.
     */
    @Transactional
    void publishReplan(@Observes Replanned replanned) {
        if (Publication.latest(replanned.eventId()) != null
                && EventData.event(replanned.eventId()).phase == EventPhase.PUBLISHED) {
            publish(replanned.eventId());
        }
    }

    /** Publishes the current timetable; the event is PUBLISHED from now on, and participants are told. */
    @Transactional
    public PublicationView publish(long eventId) {
        Event event = EventData.lockEvent(eventId);
        EventData data = EventData.load(eventId);
        Publication previous = Publication.latest(eventId);
        Map<PairKey, PublishedMeeting> before = previous == null ? Map.of() : byPair(previous);
        Map<PairKey, Integer> seen = lastSequences(eventId);
        Publication publication = new Publication();
        publication.event = event;
        publication.number = previous == null ? 1 : previous.number + 1;
        publication.publishedAt = Instant.now();
        publication.persist();
        for (Meeting m : data.meetings()) {
            if (!m.isScheduled()) {
                continue;
            }
            PublishedMeeting pm = new PublishedMeeting();
            pm.publication = publication;
            pm.participantA = m.participantA.code;
            pm.participantB = m.participantB.code;
            pm.session = m.session.code;
            pm.start = m.start;
            pm.end = m.end;
            pm.table = m.table.code;
            PublishedMeeting old = before.get(pm.pairKey());
            pm.sequence = old != null ? old.sequence + (moved(old, pm) ? 1 : 0) : returning(seen, pm.pairKey());
            pm.persist();
        }
        event.phase = EventPhase.PUBLISHED;
        Event.getEntityManager().flush();
        List<ChangeService.Placed> was = previous == null ? List.of() : ChangeService.published(previous);
        notifications.published(eventId, publication.number, ChangeService.diff(was,
                ChangeService.published(publication)));
        return describe(publication, before);
    }

    /**
     * Adds one meeting booked on the day to what participants hold: a new publication, the one in force with this
     * meeting more (not the timetable's other edits since) and without the meetings of participants who cancelled or
     * did not come, whose tables it may take, so that agendas, table sheets and feeds carry it at once; whoever a
     * change involves is told. Nothing happens before a first publication: exports show the timetable itself then.
     */
    @Transactional
    public void publishAdded(long eventId, Meeting meeting) {
        Event event = EventData.lockEvent(eventId);
        Publication previous = Publication.latest(eventId);
        if (previous == null) {
            return;
        }
        Publication publication = new Publication();
        publication.event = event;
        publication.number = previous.number + 1;
        publication.publishedAt = Instant.now();
        publication.persist();
        Set<String> absent = new HashSet<>(Participant.<Participant>list("event.id = ?1 and attendance is not null",
                eventId).stream().map(p -> p.code).toList());
        for (PublishedMeeting old : PublishedMeeting.<PublishedMeeting>list("publication", previous)) {
            if (absent.contains(old.participantA) || absent.contains(old.participantB)) {
                continue;
            }
            PublishedMeeting copy = new PublishedMeeting();
            copy.publication = publication;
            copy.participantA = old.participantA;
            copy.participantB = old.participantB;
            copy.session = old.session;
            copy.start = old.start;
            copy.end = old.end;
            copy.table = old.table;
            copy.sequence = old.sequence;
            copy.persist();
        }
        PublishedMeeting added = new PublishedMeeting();
        added.publication = publication;
        added.participantA = meeting.participantA.code;
        added.participantB = meeting.participantB.code;
        added.session = meeting.session.code;
        added.start = meeting.start;
        added.end = meeting.end;
        added.table = meeting.table.code;
        added.sequence = returning(lastSequences(eventId), added.pairKey());
        added.persist();
        Event.getEntityManager().flush();
        notifications.published(eventId, publication.number, ChangeService.diff(ChangeService.published(previous),
                ChangeService.published(publication)));
    }

    /** The publication in force; 404 when the event has none. */
    @Transactional
    public PublicationView latest(long eventId) {
        EventData.event(eventId);
        Publication publication = Publication.latest(eventId);
        if (publication == null) {
            throw new UnknownIdException(ProblemCode.SCHEDULE_UNPUBLISHED.with("event", eventId));
        }
        Publication previous = Publication.find("event.id = ?1 and number = ?2", eventId, publication.number - 1)
                .firstResult();
        return describe(publication, previous == null ? Map.of() : byPair(previous));
    }

    private static PublicationView describe(Publication publication, Map<PairKey, PublishedMeeting> before) {
        Event.getEntityManager().flush();
        List<PublishedMeeting> meetings = PublishedMeeting.list("publication", publication);
        int moved = 0;
        for (PublishedMeeting pm : meetings) {
            PublishedMeeting old = before.get(pm.pairKey());
            moved += old != null && moved(old, pm) ? 1 : 0;
        }
        return new PublicationView(publication.number, publication.publishedAt, meetings.size(), moved);
    }

    /** The highest SEQUENCE each pair's meeting had in any publication of the event. */
    private static Map<PairKey, Integer> lastSequences(long eventId) {
        Map<PairKey, Integer> sequences = new HashMap<>();
        Publication.getEntityManager().createQuery("select pm.participantA, pm.participantB, max(pm.sequence)"
                        + " from PublishedMeeting pm where pm.publication.event.id = ?1"
                        + " group by pm.participantA, pm.participantB", Object[].class)
                .setParameter(1, eventId).getResultList()
                .forEach(row -> sequences.merge(PairKey.of((String) row[0], (String) row[1]),
                        ((Number) row[2]).intValue(), Math::max));
        return sequences;
    }

    /**
     * The SEQUENCE of a meeting the previous publication did not have: 0 when new, else above the cancellation that
     * calendar feeds showed for it (its last SEQUENCE + 1), so that calendars take it back in.
     */
    private static int returning(Map<PairKey, Integer> seen, PairKey pair) {
        Integer last = seen.get(pair);
        return last == null ? 0 : last + 2;
    }

    private static Map<PairKey, PublishedMeeting> byPair(Publication publication) {
        Map<PairKey, PublishedMeeting> pairs = new HashMap<>();
        for (PublishedMeeting pm : PublishedMeeting.<PublishedMeeting>list("publication", publication)) {
            pairs.put(pm.pairKey(), pm);
        }
        return pairs;
    }

    private static boolean moved(PublishedMeeting old, PublishedMeeting now) {
        return !old.start.equals(now.start) || !old.table.equals(now.table);
    }
}
