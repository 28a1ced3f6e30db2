package org.matchday.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.matchday.domain.Event;
import org.matchday.domain.EventPhase;
import org.matchday.domain.EventSession;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.Participant;
import org.matchday.domain.Publication;
import org.matchday.domain.PublishedMeeting;
import org.matchday.domain.RequestStatus;
import org.matchday.domain.reminder.ReminderKind;
import org.matchday.domain.reminder.ReminderSettings;
import org.matchday.domain.reminder.SentReminder;
import org.matchday.event.EventContentService;
import org.matchday.event.PhaseChange;
import org.matchday.mail.Notifications;
import org.matchday.persistence.EventData;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.problem.ProblemCode;
import org.matchday.problem.Violation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides which reminders are due at an instant and sends them, once: each one sent is recorded under a key the
 * database keeps unique (kind, participant, wish, day), in the transaction that hands its mail to the outbox, which
 * sends only once that transaction has committed. A run locks the event, so runs of two instances or of the timer and
 * an organiser's button queue instead of both sending.
 * <p>
 * Ages are whole days of 24 hours. A wish's age counts from when it was sent (from when wishes opened for requests an
 * organiser made or imported). Wishes are reminded of and expire only while they may be answered (wishes open, or
 * published with late wishes); an expired wish is DECLINED for its receiver, so that it no longer counts against the
 * sender's cap nor stops the sender from asking again, and the solver, which schedules accepted wishes only, never
 * sees it.
 */
@ApplicationScoped
public class ReminderService {

    private final Notifications notifications;
    private final Clock clock;

    public ReminderService(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public RemindersView settings(long eventId) {
        EventData.event(eventId);
        ReminderSettings settings = ReminderSettings.findById(eventId);
        return RemindersView.of(settings == null ? defaults(eventId) : settings);
    }

    /**
     * Replaces the event's settings, all or nothing. An event already collecting wishes whose opening was never
     * recorded counts its opening from now, so that the nudge to participants without a wish has a start.
     */
    @Transactional
    public RemindersView update(long eventId, RemindersInput input) {
        if (input.unanswered() && input.expiry() && input.expiryDays() <= input.unansweredDays()) {
            throw InvalidDocumentException.of(ProblemCode.PROBLEMS_REMINDERS, List.of(Violation.of("$.expiryDays",
                    ProblemCode.REMINDERS_EXPIRY_FIELD, "days", input.unansweredDays())));
        }
        Event event = EventData.lockEvent(eventId);
        ReminderSettings settings = settingsOf(eventId);
        settings.agendaEvening = input.agendaEvening();
        settings.agendaHour = input.agendaHour();
        settings.noWish = input.noWish();
        settings.noWishDays = input.noWishDays();
        settings.unanswered = input.unanswered();
        settings.unansweredDays = input.unansweredDays();
        settings.expiry = input.expiry();
        settings.expiryDays = input.expiryDays();
        if (settings.wishesOpenedAt == null && event.phase == EventPhase.WISHES_OPEN) {
            settings.wishesOpenedAt = clock.instant();
        }
        ReminderSettings.getEntityManager().flush();
        return RemindersView.of(settings);
    }

    /**
     * Wishes open when the event enters WISHES_OPEN, the phase in which participants send them: the nudge to those
     * without a wish counts its days from then. Reopening wishes starts the count again.
     */
    void phaseChanged(@Observes PhaseChange change) {
        if (change.to() == EventPhase.WISHES_OPEN && change.from() != EventPhase.WISHES_OPEN) {
            settingsOf(change.eventId()).wishesOpenedAt = clock.instant();
        }
    }

    /** Events whose reminders the timer runs: some reminder on, not archived. */
    @Transactional
    public List<Long> eventsToRun() {
        return ReminderSettings.getEntityManager().createQuery("select s.eventId from ReminderSettings s, Event e"
                + " where e.id = s.eventId and e.archivedAt is null and (s.agendaEvening = true or s.noWish = true"
                + " or s.unanswered = true or s.expiry = true) order by s.eventId", Long.class).getResultList();
    }

    /** Sends what is due now and was not sent before. */
    @Transactional
    public ReminderRun run(long eventId) {
        Event event = EventData.lockEvent(eventId);
        Instant now = clock.instant();
        ReminderSettings settings = ReminderSettings.findById(eventId);
        if (settings == null || !settings.anyOn()) {
            return ReminderRun.NONE;
        }
        boolean answering = event.phase.allowsWishes(event.rulesOrDefault().lateWishes());
        // Expiry first: a wish expiring now needs no reminder any more.
        int expired = settings.expiry && answering ? expire(event, settings, now) : 0;
        int unanswered = settings.unanswered && answering ? remindUnanswered(event, settings, now) : 0;
        int noWish = settings.noWish && event.phase == EventPhase.WISHES_OPEN ? nudge(event, settings, now) : 0;
        int agenda = settings.agendaEvening && event.phase != EventPhase.CLOSED ? agendas(event, settings, now) : 0;
        ReminderSettings.getEntityManager().flush();
        return new ReminderRun(agenda, noWish, unanswered, expired);
    }

    private int expire(Event event, ReminderSettings settings, Instant now) {
        Duration age = Duration.ofDays(settings.expiryDays);
        int expired = 0;
        for (MeetingRequest wish : pending(event.id)) {
            Instant since = since(wish, settings);
            if (since == null || since.plus(age).isAfter(now)) {
                continue;
            }
            wish.status = RequestStatus.DECLINED;
            wish.expiredAt = now;
            EventContentService.reconcile(event, wish.from, wish.to);
            LocalDate day = LocalDate.ofInstant(since, event.zone());
            SentReminder.of(event.id, ReminderKind.EXPIRED, wish.from.code, wish.code, day, now).persist();
            SentReminder.of(event.id, ReminderKind.EXPIRED, wish.to.code, wish.code, day, now).persist();
            notifications.wishExpired(wish, settings.expiryDays);
            expired++;
        }
        return expired;
    }

    /** One mail per receiver, naming every wish of its that became due since the last run. */
    private int remindUnanswered(Event event, ReminderSettings settings, Instant now) {
        Duration age = Duration.ofDays(settings.unansweredDays);
        Set<String> sent = sent(event.id, ReminderKind.UNANSWERED);
        Map<Participant, List<MeetingRequest>> due = new LinkedHashMap<>();
        for (MeetingRequest wish : pending(event.id)) {
            Instant since = since(wish, settings);
            if (since == null || since.plus(age).isAfter(now) || wish.from.attendance != null
                    || wish.to.attendance != null
                    || sent.contains(key(wish.to.code, wish.code, LocalDate.ofInstant(since, event.zone())))) {
                continue;
            }
            due.computeIfAbsent(wish.to, p -> new ArrayList<>()).add(wish);
        }
        int mailed = 0;
        for (Map.Entry<Participant, List<MeetingRequest>> receiver : due.entrySet()) {
            if (notifications.unansweredReminder(receiver.getKey(), receiver.getValue(), settings.unansweredDays,
                    settings.expiry ? settings.expiryDays : 0)) {
                for (MeetingRequest wish : receiver.getValue()) {
                    SentReminder.of(event.id, ReminderKind.UNANSWERED, wish.to.code, wish.code,
                            LocalDate.ofInstant(since(wish, settings), event.zone()), now).persist();
                }
                mailed++;
            }
        }
        return mailed;
    }

    private int nudge(Event event, ReminderSettings settings, Instant now) {
        Instant opened = settings.wishesOpenedAt;
        if (opened == null || opened.plus(Duration.ofDays(settings.noWishDays)).isAfter(now)) {
            return 0;
        }
        LocalDate day = LocalDate.ofInstant(opened, event.zone());
        Set<String> sent = sent(event.id, ReminderKind.NO_WISH);
        List<Participant> silent = Participant.list("select p from Participant p where p.event.id = ?1"
                + " and p.attendance is null and not exists (select r.id from MeetingRequest r where r.from = p)"
                + " order by p.code", event.id);
        int mailed = 0;
        for (Participant participant : silent) {
            if (!sent.contains(key(participant.code, SentReminder.NO_WISH, day))
                    && notifications.noWishNudge(participant)) {
                SentReminder.of(event.id, ReminderKind.NO_WISH, participant.code, null, day, now).persist();
                mailed++;
            }
        }
        return mailed;
    }

    /**
     * From the hour set on the evening before a day of the event until its first session starts, each participant
     * with published meetings that day gets them.
     */
    private int agendas(Event event, ReminderSettings settings, Instant now) {
        Publication publication = Publication.latest(event.id);
        if (publication == null) {
            return 0;
        }
        ZoneId zone = event.zone();
        Map<LocalDate, LocalTime> firstStarts = new TreeMap<>();
        for (EventSession session : EventSession.<EventSession>list("event.id", event.id)) {
            firstStarts.merge(session.date, session.start, (a, b) -> a.isBefore(b) ? a : b);
        }
        Set<String> sent = sent(event.id, ReminderKind.AGENDA);
        int mailed = 0;
        for (Map.Entry<LocalDate, LocalTime> day : firstStarts.entrySet()) {
            Instant from = day.getKey().minusDays(1).atTime(settings.agendaHour, 0).atZone(zone).toInstant();
            Instant until = day.getKey().atTime(day.getValue()).atZone(zone).toInstant();
            if (now.isBefore(from) || !now.isBefore(until)) {
                continue;
            }
            Set<String> codes = new HashSet<>();
            for (PublishedMeeting meeting : PublishedMeeting.<PublishedMeeting>list("publication = ?1"
                    + " and start >= ?2 and start < ?3", publication, day.getKey().atStartOfDay(),
                    day.getKey().plusDays(1).atStartOfDay())) {
                codes.add(meeting.participantA);
                codes.add(meeting.participantB);
            }
            codes.removeIf(code -> sent.contains(key(code, SentReminder.NO_WISH, day.getKey())));
            if (codes.isEmpty()) {
                continue;
            }
            for (Participant participant : Participant.<Participant>list("event.id = ?1 and code in ?2"
                    + " and attendance is null order by code", event.id, codes)) {
                if (notifications.agendaReminder(participant, day.getKey())) {
                    SentReminder.of(event.id, ReminderKind.AGENDA, participant.code, null, day.getKey(), now)
                            .persist();
                    mailed++;
                }
            }
        }
        return mailed;
    }

    private static List<MeetingRequest> pending(long eventId) {
        return MeetingRequest.list("select r from MeetingRequest r join fetch r.from join fetch r.to"
                + " where r.event.id = ?1 and r.status = ?2 order by r.id", eventId, RequestStatus.PENDING);
    }

    /** Where a wish's age counts from; null when unknown. */
    private static Instant since(MeetingRequest wish, ReminderSettings settings) {
        return wish.sentAt != null ? wish.sentAt : settings.wishesOpenedAt;
    }

    /** The keys of the reminders of one kind sent for the event. */
    private static Set<String> sent(long eventId, ReminderKind kind) {
        Set<String> keys = new HashSet<>();
        for (SentReminder sent : SentReminder.<SentReminder>list("eventId = ?1 and kind = ?2", eventId, kind)) {
            keys.add(key(sent.participant, sent.wish, sent.day));
        }
        return keys;
    }

    private static String key(String participant, String wish, LocalDate day) {
        return participant + "\u0000" + wish + "\u0000" + day;
    }

    private static ReminderSettings settingsOf(long eventId) {
        ReminderSettings settings = ReminderSettings.findById(eventId);
        if (settings == null) {
            settings = defaults(eventId);
            settings.persist();
        }
        return settings;
    }

    private static ReminderSettings defaults(long eventId) {
        ReminderSettings settings = new ReminderSettings();
        settings.eventId = eventId;
        return settings;
    }
}
