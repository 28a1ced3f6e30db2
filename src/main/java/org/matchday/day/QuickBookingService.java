package org.matchday.day;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Event;
import org.matchday.domain.EventPhase;
import org.matchday.domain.EventSession;
import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.PairKey;
import org.matchday.domain.Participant;
import org.matchday.domain.Timeslot;
import org.matchday.event.PhaseService;
import org.matchday.format.EventDocumentValidator;
import org.matchday.format.TextFormats;
import org.matchday.mapping.MeetingOptions;
import org.matchday.mapping.ScheduleMapper;
import org.matchday.persistence.EventData;
import org.matchday.problem.ConflictException;
import org.matchday.problem.ForbiddenActionException;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.problem.ProblemCode;
import org.matchday.problem.Violation;
import org.matchday.publication.PublicationService;
import org.matchday.solve.ConstraintWeightService;
import org.matchday.solve.SolveService;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A meeting booked on the spot: the first slot from now in which both participants are free and can attend and a
 * table is free (a host's own table when one of them hosts), pinned into the timetable and added to the publication
 * in force. The slot found is held to the solver's hard rules before it is kept, as a move by hand is.
 */
@ApplicationScoped
public class QuickBookingService {

    private final Clock clock;
    private final SolveService solving;
    private final EventDocumentValidator validator;
    private final PublicationService publications;

    public QuickBookingService(Clock clock, SolveService solving, EventDocumentValidator validator,
            PublicationService publications) {
        this.clock = clock;
        this.solving = solving;
        this.validator = validator;
        this.publications = publications;
    }

    /**
     * Books the pair's first possible meeting from now.
     *
     * @param caller the participant asking through its link, or null for the event's organisers and staff
     */
    @Transactional
    public QuickBooking book(long eventId, QuickBookingInput input, String caller) {
        List<Violation> invalid = new ArrayList<>(validator.validateFields(input, "$"));
        if (invalid.isEmpty() && (input.participants().stream().anyMatch(Objects::isNull)
                || input.participants().get(0).equals(input.participants().get(1)))) {
            invalid.add(Violation.of("$.participants", ProblemCode.QUICK_PAIR_FIELD));
        }
        if (!invalid.isEmpty()) {
            throw new InvalidDocumentException(ProblemCode.QUICK_PAIR.with(), invalid);
        }
        if (caller != null && !input.participants().contains(caller)) {
            throw new ForbiddenActionException(ProblemCode.QUICK_NOT_YOURS.with());
        }
        Event event = EventData.lockEvent(eventId);
        PhaseService.require(event.phase == EventPhase.SCHEDULED || event.phase == EventPhase.PUBLISHED, event,
                ProblemCode.ACTION_QUICK_BOOKING.with(), ProblemCode.WHEN_TIMETABLE.with());
        if (solving.isSolving(eventId)) {
            throw new ConflictException(ProblemCode.MOVE_WHILE_SOLVING.with("event", eventId));
        }
        EventData data = EventData.load(eventId);
        List<Participant> pair = participants(data, input.participants());
        Participant x = pair.get(0);
        Participant y = pair.get(1);
        Occupancy day = Occupancy.of(data);
        PairKey key = PairKey.of(x, y);
        Occupancy.Held held = day.meetingOf(key);
        if (held != null) {
            throw new ConflictException(ProblemCode.QUICK_ALREADY.with("a", key.first(), "b", key.second(), "start",
                    TextFormats.format(held.start()), "table", held.table()));
        }
        for (Participant p : pair) {
            if (p.maxMeetings != null && day.meetingsOf(p.code) >= p.maxMeetings) {
                throw new ConflictException(ProblemCode.QUICK_CAP.with("code", p.code, "meetings",
                        day.meetingsOf(p.code)));
            }
        }

        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), event.zone());
        String nowText = TextFormats.format(now);
        List<Timeslot> ahead = data.timeslots().stream().filter(s -> !s.startDateTime().isBefore(now)).toList();
        if (ahead.isEmpty()) {
            throw new ConflictException(ProblemCode.QUICK_SESSION_OVER.with("now", nowText));
        }

        Meeting meeting = meetingRow(data, x, y);
        EventData withMeeting = data.meetings().contains(meeting) ? data : new EventData(data.event(),
                data.sessions(), data.tables(), data.participants(), data.requests(), plus(data.meetings(), meeting));
        MeetingOptions options = MeetingOptions.of(withMeeting).stream().filter(o -> o.meeting() == meeting)
                .findFirst().orElseThrow();
        Map<String, HardMediumSoftLongScore> weights = ConstraintWeightService.of(eventId);
        long hardBefore = solving.analyze(ScheduleMapper.toStoredSchedule(withMeeting, weights)).score().hardScore();
        List<EventTable> tables = tablesFor(data, x, y);
        boolean xFree = false;
        boolean yFree = false;
        boolean bothFree = false;
        for (Timeslot slot : ahead) {
            boolean xHere = x.isAvailableFor(slot) && !day.busy(x.code, slot);
            boolean yHere = y.isAvailableFor(slot) && !day.busy(y.code, slot);
            xFree |= xHere;
            yFree |= yHere;
            if (!xHere || !yHere || !options.slots().contains(slot)) {
                continue;
            }
            bothFree = true;
            for (EventTable table : tables) {
                if (!day.tableTaken(table.code, slot) && keeps(withMeeting, weights, hardBefore, meeting, slot, table)) {
                    meeting.bookedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
                    Meeting.getEntityManager().flush();
                    publications.publishAdded(eventId, meeting);
                    return new QuickBooking(TextFormats.format(meeting.start), TextFormats.format(meeting.end),
                            table.code);
                }
            }
        }
        // Refused: the transaction rolls back, a meeting row made for the pair with it.
        if (!xFree || !yFree) {
            throw new ConflictException(ProblemCode.QUICK_BUSY_ALL_DAY.with("code", (xFree ? y : x).code, "now",
                    nowText));
        }
        if (!bothFree) {
            throw new ConflictException(ProblemCode.QUICK_NO_COMMON_SLOT.with("a", x.code, "b", y.code, "now",
                    nowText));
        }
        throw new ConflictException(ProblemCode.QUICK_NO_TABLE.with("a", x.code, "b", y.code, "now", nowText));
    }

    /** Places the meeting there when the solver's hard rules stay as they were; otherwise leaves it unplaced. */
    private boolean keeps(EventData data, Map<String, HardMediumSoftLongScore> weights, long hardBefore,
            Meeting meeting, Timeslot slot, EventTable table) {
        EventSession session = data.sessions().stream().filter(s -> s.code.equals(slot.session())).findFirst()
                .orElseThrow();
        meeting.session = session;
        meeting.start = slot.startDateTime();
        meeting.end = slot.endDateTime();
        meeting.table = table;
        meeting.pinned = true;
        meeting.reason = null;
        if (solving.analyze(ScheduleMapper.toStoredSchedule(data, weights)).score().hardScore() >= hardBefore) {
            return true;
        }
        meeting.session = null;
        meeting.start = null;
        meeting.end = null;
        meeting.table = null;
        meeting.pinned = false;
        return false;
    }

    /** The pair's unscheduled meeting row, or a new one (the organiser's own, as a pinned import is). */
    private static Meeting meetingRow(EventData data, Participant x, Participant y) {
        PairKey key = PairKey.of(x, y);
        for (Meeting m : data.meetings()) {
            if (m.pairKey().equals(key)) {
                return m;
            }
        }
        Meeting meeting = new Meeting();
        meeting.event = data.event();
        boolean xFirst = x.id < y.id;
        meeting.participantA = xFirst ? x : y;
        meeting.participantB = xFirst ? y : x;
        // An id before anything scores it: the planning model names meetings by their row ids.
        meeting.persist();
        return meeting;
    }

    /** A host meets at its own table; anybody else at a table no host owns. */
    private static List<EventTable> tablesFor(EventData data, Participant x, Participant y) {
        Set<Long> owned = new TreeSet<>();
        data.participants().stream().filter(p -> p.table != null).forEach(p -> owned.add(p.table.id));
        List<EventTable> own = new ArrayList<>();
        for (Participant p : List.of(x, y)) {
            if (p.table != null) {
                own.add(p.table);
            }
        }
        List<EventTable> tables = own.isEmpty()
                ? data.tables().stream().filter(t -> !owned.contains(t.id)).toList() : own;
        return tables.stream().sorted(Comparator.comparing(t -> t.code)).toList();
    }

    private static List<Participant> participants(EventData data, List<String> codes) {
        List<Participant> found = new ArrayList<>();
        List<Violation> unknown = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Participant p = data.participants().stream().filter(q -> q.code.equals(code)).findFirst().orElse(null);
            if (p == null) {
                unknown.add(Violation.of("$.participants[" + i + "]", ProblemCode.PARTICIPANT_UNKNOWN_FIELD, "code",
                        code));
            } else {
                found.add(p);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidDocumentException(ProblemCode.QUICK_UNKNOWN.with(), unknown);
        }
        for (Participant p : found) {
            if (p.attendance != null) {
                throw new ConflictException(ProblemCode.QUICK_ABSENT.with("code", p.code, "attendance",
                        p.attendance), List.of(Violation.of("attendance", ProblemCode.VALUE_IS, "value",
                        p.attendance)));
            }
        }
        return found;
    }

    private static List<Meeting> plus(List<Meeting> meetings, Meeting meeting) {
        List<Meeting> all = new ArrayList<>(meetings);
        all.add(meeting);
        return all;
    }
}
