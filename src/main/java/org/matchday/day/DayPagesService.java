package org.matchday.day;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Attendance;
import org.matchday.domain.Event;
import org.matchday.domain.EventPhase;
import org.matchday.domain.Participant;
import org.matchday.domain.PublishedMeeting;
import org.matchday.event.EventHeading;
import org.matchday.persistence.EventData;
import org.matchday.persistence.ScheduleSnapshot;
import org.matchday.persistence.ScheduledMeeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the desk page and a participant's day page show, read in one transaction each. */
@ApplicationScoped
public class DayPagesService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A participant as the desk finds it; {@code checkedIn} is the local time it came in, null while not in. */
    public record Person(String code, String name, String organisation, String checkedIn, Attendance attendance) {

        public boolean absent() {
            return attendance != null;
        }

        public String label() {
            return organisation == null || organisation.isBlank() ? name : name + " (" + organisation + ")";
        }
    }

    /** The desk: the event, everybody (for the search) and the participant a QR code opened, if any. */
    public record Desk(EventHeading event, boolean open, List<Person> people, String peopleJson, Person focus,
            String asked) {
    }

    /** One meeting of the participant's published agenda, local times. */
    public record Slot(String time, String end, String table, String partner, String organisation) {
    }

    /** A published meeting lost because the partner did not come. */
    public record Lost(String time, String table, String partner) {
    }

    /** A participant's day: its next meeting, meetings lost to no-shows, its check-in and whom it may book. */
    public record MyDay(boolean open, boolean published, Slot next, boolean running, List<Lost> lost,
            boolean selfCheckIn, String checkedIn, boolean absent, List<Person> partners) {
    }

    private final Clock clock;
    private final ObjectMapper mapper;

    public DayPagesService(Clock clock, ObjectMapper mapper) {
        this.clock = clock;
        this.mapper = mapper;
    }

    @Transactional
    public Desk desk(long eventId, String asked) {
        Event event = EventData.event(eventId);
        ZoneId zone = event.zone();
        List<Person> people = Participant.<Participant>list("event.id = ?1 order by name, code", eventId).stream()
                .map(p -> person(p, zone)).toList();
        Person focus = asked == null ? null : people.stream().filter(p -> p.code().equals(asked)).findFirst()
                .orElse(null);
        Map<String, Object> byCode = new LinkedHashMap<>();
        for (Person p : people) {
            byCode.put(p.code(), List.of(p.name(), p.organisation() == null ? "" : p.organisation(),
                    p.checkedIn() == null ? "" : p.checkedIn(), p.absent() ? p.attendance().name() : ""));
        }
        return new Desk(EventHeading.of(event), open(event), people, json(byCode), focus, asked);
    }

    @Transactional
    public MyDay myDay(long eventId, String code) {
        Event event = EventData.event(eventId);
        ZoneId zone = event.zone();
        Participant me = Participant.find("event.id = ?1 and code = ?2", eventId, code).firstResult();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone);
        boolean published = event.phase == EventPhase.PUBLISHED;
        Slot next = null;
        boolean running = false;
        List<Lost> lost = new ArrayList<>();
        if (published) {
            ScheduleSnapshot snapshot = ScheduleSnapshot.load(eventId);
            ScheduledMeeting coming = snapshot.meetingsOf(me).stream()
                    .filter(m -> m.end().isAfter(now) && m.counterpartOf(me).attendance == null)
                    .min(Comparator.comparing(ScheduledMeeting::start)).orElse(null);
            if (coming != null) {
                Participant partner = coming.counterpartOf(me);
                next = new Slot(TIME.format(coming.start()), TIME.format(coming.end()), coming.table().displayName(),
                        partner.name, partner.organisation);
                running = !coming.start().isAfter(now);
            }
            lost = lost(eventId, me);
        }
        List<Person> partners = Participant.<Participant>list("event.id = ?1 and attendance is null and code <> ?2"
                + " order by name, code", eventId, code).stream().map(p -> person(p, zone)).toList();
        return new MyDay(open(event), published, next, running, lost, event.selfCheckIn,
                me.checkedInAt == null ? null : time(me.checkedInAt, zone), me.attendance != null, partners);
    }

    /** The participant's published meetings (in any publication) whose partner was marked as a no-show. */
    private static List<Lost> lost(long eventId, Participant me) {
        Map<String, Participant> noShows = new LinkedHashMap<>();
        Participant.<Participant>list("event.id = ?1 and attendance = ?2", eventId, Attendance.NO_SHOW)
                .forEach(p -> noShows.put(p.code, p));
        noShows.remove(me.code);
        if (noShows.isEmpty()) {
            return List.of();
        }
        Map<String, PublishedMeeting> latest = new LinkedHashMap<>();
        PublishedMeeting.<PublishedMeeting>list("publication.event.id = ?1 and (participantA = ?2 or participantB = ?2)"
                + " order by publication.number", eventId, me.code).forEach(pm -> {
                    String partner = pm.participantA.equals(me.code) ? pm.participantB : pm.participantA;
                    if (noShows.containsKey(partner)) {
                        latest.put(partner, pm);
                    }
                });
        return latest.entrySet().stream().sorted(Comparator.comparing(e -> e.getValue().start))
                .map(e -> new Lost(TIME.format(e.getValue().start), e.getValue().table,
                        noShows.get(e.getKey()).name))
                .toList();
    }

    /** Check-ins and bookings on the spot need a timetable. */
    private static boolean open(Event event) {
        return event.phase == EventPhase.SCHEDULED || event.phase == EventPhase.PUBLISHED;
    }

    private static Person person(Participant p, ZoneId zone) {
        return new Person(p.code, p.name, p.organisation, p.checkedInAt == null ? null : time(p.checkedInAt, zone),
                p.attendance);
    }

    private static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
