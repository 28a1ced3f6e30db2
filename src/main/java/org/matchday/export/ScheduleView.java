package org.matchday.export;

import org.matchday.domain.AvailabilityWindow;
import org.matchday.domain.RequestStatus;
import org.matchday.domain.TimeRange;
import org.matchday.domain.Timeslot;
import org.matchday.persistence.ScheduleSnapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schedule as every export reads it: plain values copied from a
 * {@link org.matchday.service.ScheduleSnapshot} inside a transaction, so that rendering can run after it
 * (while a response streams) and a benchmark can build one without a database.
 */
public final class ScheduleView {

    /** The event's identity, place and the zone all its local times are in. */
    public record EventInfo(long id, String name, String venue, ZoneId zone) {
    }

    /** A session with its derived timeslots and its pauses. */
    public record SessionInfo(String code, String name, LocalDate date, LocalTime start, LocalTime end,
            List<Timeslot> slots, List<TimeRange> breaks) {
    }

    public record TableInfo(String code, String name) {

        /** The name to print: the given name, or the id when the organiser gave none. */
        public String displayName() {
            return name != null ? name : code;
        }
    }

    /**
     * A participant; {@code availability} null means every slot. {@code languages} are the ones it meets in, the
     * first being the language of its agenda.
     */
    public record PersonInfo(String code, String name, String organisation, String group, String country,
            List<String> sectors, List<AvailabilityWindow> availability, List<String> languages) {

        /** Someone whose language is not known: agendas in English. */
        public PersonInfo(String code, String name, String organisation, String group, String country,
                List<String> sectors, List<AvailabilityWindow> availability) {
            this(code, name, organisation, group, country, sectors, availability, null);
        }

        public boolean isAvailableFor(Timeslot slot) {
            return availability == null || availability.stream().anyMatch(w -> w.covers(slot));
        }

        public List<String> sectorsOrEmpty() {
            return sectors == null ? List.of() : sectors;
        }
    }

    /** A scheduled meeting, with the iCalendar identity and sequence it keeps across publications. */
    public record MeetingInfo(PersonInfo a, PersonInfo b, String session, LocalDateTime start, LocalDateTime end,
            TableInfo table, int sequence, String uid) {

        public boolean involves(PersonInfo person) {
            return a.code().equals(person.code()) || b.code().equals(person.code());
        }

        public PersonInfo counterpartOf(PersonInfo person) {
            return a.code().equals(person.code()) ? b : a;
        }
    }

    /** A meeting that should happen and has no slot, with the reason when one is known. */
    public record UnscheduledInfo(PersonInfo a, PersonInfo b, String reason) {
    }

    /** A request; {@code suggested} when the organiser's nudge added it from the sender's suggestions. */
    public record RequestInfo(String from, String to, int priority, RequestStatus status, boolean suggested) {

        public RequestInfo(String from, String to, int priority, RequestStatus status) {
            this(from, to, priority, status, false);
        }
    }

    private final EventInfo event;
    private final List<SessionInfo> sessions;
    private final List<TableInfo> tables;
    private final List<PersonInfo> participants;
    private final List<MeetingInfo> meetings;
    private final List<UnscheduledInfo> unscheduled;
    private final List<RequestInfo> requests;
    private final Integer publicationNumber;
    private final Instant publishedAt;
    private final List<MeetingInfo> cancelled;
    private final Map<String, PersonInfo> participantsByCode = new HashMap<>();
    private final Map<String, TableInfo> tablesByCode = new HashMap<>();
    private final Map<String, List<MeetingInfo>> meetingsByParticipant = new HashMap<>();
    private final Map<String, List<MeetingInfo>> meetingsByTable = new HashMap<>();

    /** {@code publicationNumber} null means a draft: nothing was published yet. */
    public ScheduleView(EventInfo event, List<SessionInfo> sessions, List<TableInfo> tables,
            List<PersonInfo> participants, List<MeetingInfo> meetings, List<UnscheduledInfo> unscheduled,
            List<RequestInfo> requests, Integer publicationNumber, Instant publishedAt) {
        this(event, sessions, tables, participants, meetings, unscheduled, requests, publicationNumber, publishedAt,
                List.of());
    }

    /**
     * As the other constructor, with the meetings earlier publications gave and the one in force no longer has, each
     * as it was last published: calendars list them as cancelled rather than let them linger.
     */
    public ScheduleView(EventInfo event, List<SessionInfo> sessions, List<TableInfo> tables,
            List<PersonInfo> participants, List<MeetingInfo> meetings, List<UnscheduledInfo> unscheduled,
            List<RequestInfo> requests, Integer publicationNumber, Instant publishedAt, List<MeetingInfo> cancelled) {
        this.cancelled = cancelled.stream().sorted(Comparator.comparing(MeetingInfo::start)).toList();
        this.event = event;
        this.sessions = sessions.stream()
                .sorted(Comparator.comparing(SessionInfo::date).thenComparing(SessionInfo::start)).toList();
        this.tables = List.copyOf(tables);
        this.participants = List.copyOf(participants);
        this.meetings = meetings.stream()
                .sorted(Comparator.comparing(MeetingInfo::start).thenComparing(m -> m.table().code())).toList();
        this.unscheduled = List.copyOf(unscheduled);
        this.requests = List.copyOf(requests);
        this.publicationNumber = publicationNumber;
        this.publishedAt = publishedAt;
        for (PersonInfo p : participants) {
            participantsByCode.put(p.code(), p);
        }
        for (TableInfo t : tables) {
            tablesByCode.put(t.code(), t);
        }
        for (MeetingInfo m : this.meetings) {
            meetingsByParticipant.computeIfAbsent(m.a().code(), k -> new ArrayList<>()).add(m);
            meetingsByParticipant.computeIfAbsent(m.b().code(), k -> new ArrayList<>()).add(m);
            meetingsByTable.computeIfAbsent(m.table().code(), k -> new ArrayList<>()).add(m);
        }
    }

    public EventInfo event() {
        return event;
    }

    /** Sessions in time order. */
    public List<SessionInfo> sessions() {
        return sessions;
    }

    public List<TableInfo> tables() {
        return tables;
    }

    public List<PersonInfo> participants() {
        return participants;
    }

    /** Scheduled meetings in time order, then by table. */
    public List<MeetingInfo> meetings() {
        return meetings;
    }

    public List<UnscheduledInfo> unscheduled() {
        return unscheduled;
    }

    public List<RequestInfo> requests() {
        return requests;
    }

    public Integer publicationNumber() {
        return publicationNumber;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** True when nothing was published yet: every export says DRAFT. */
    public boolean isDraft() {
        return publicationNumber == null;
    }

    public Optional<PersonInfo> participant(String code) {
        return Optional.ofNullable(participantsByCode.get(code));
    }

    public Optional<TableInfo> table(String code) {
        return Optional.ofNullable(tablesByCode.get(code));
    }

    /** The participant's meetings in time order. */
    public List<MeetingInfo> meetingsOf(PersonInfo person) {
        return meetingsByParticipant.getOrDefault(person.code(), List.of());
    }

    /** The participant's meetings that a publication gave and the one in force took back, in time order. */
    public List<MeetingInfo> cancelledOf(PersonInfo person) {
        return cancelled.stream().filter(m -> m.involves(person)).toList();
    }

    /** The table's meetings in time order. */
    public List<MeetingInfo> meetingsAt(TableInfo table) {
        return meetingsByTable.getOrDefault(table.code(), List.of());
    }

    /** The event's days in order, each once. */
    public List<LocalDate> days() {
        return sessions.stream().map(SessionInfo::date).distinct().toList();
    }
}
