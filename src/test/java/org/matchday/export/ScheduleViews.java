package org.matchday.export;

import org.matchday.domain.AvailabilityWindow;
import org.matchday.domain.RequestStatus;
import org.matchday.domain.TimeRange;
import org.matchday.domain.Timeslots;
import org.matchday.export.ScheduleView.EventInfo;
import org.matchday.export.ScheduleView.MeetingInfo;
import org.matchday.export.ScheduleView.PersonInfo;
import org.matchday.export.ScheduleView.RequestInfo;
import org.matchday.export.ScheduleView.SessionInfo;
import org.matchday.export.ScheduleView.TableInfo;
import org.matchday.export.ScheduleView.UnscheduledInfo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Small hand-made schedules for unit tests: one day, 09:00-11:00, 20-minute meetings, no gap. */
final class ScheduleViews {

    static final LocalDate DAY = LocalDate.of(2018, 6, 5);

    private final List<SessionInfo> sessions = new ArrayList<>();
    private final List<TableInfo> tables = new ArrayList<>(List.of(new TableInfo("T1", "Table 1"),
            new TableInfo("T2", null)));
    private final List<PersonInfo> people = new ArrayList<>();
    private final List<MeetingInfo> meetings = new ArrayList<>();
    private final List<UnscheduledInfo> unscheduled = new ArrayList<>();
    private final List<RequestInfo> requests = new ArrayList<>();

    /** A session of 09:00-11:00 with the given pauses, e.g. "09:40-10:00". */
    ScheduleViews session(String code, String... pauses) {
        List<TimeRange> breaks = new ArrayList<>();
        for (String pause : pauses) {
            String[] ends = pause.split("-");
            breaks.add(new TimeRange(LocalTime.parse(ends[0]), LocalTime.parse(ends[1])));
        }
        LocalTime start = LocalTime.of(9, 0);
        LocalTime end = LocalTime.of(11, 0);
        sessions.add(new SessionInfo(code, null, DAY, start, end,
                Timeslots.derive(code, DAY, start, end, 20, 0, breaks), breaks));
        return this;
    }

    ScheduleViews person(String code) {
        people.add(new PersonInfo(code, "Name " + code, "Org " + code, null, "TW", List.of(), null));
        return this;
    }

    /** A participant of a group, available throughout. */
    ScheduleViews person(String code, String group) {
        people.add(new PersonInfo(code, "Name " + code, null, group, null, List.of(), null));
        return this;
    }

    /** A participant available only from {@code from} to {@code to} in session {@code session}. */
    ScheduleViews person(String code, String session, String from, String to) {
        people.add(new PersonInfo(code, "Name " + code, null, null, null, null,
                List.of(new AvailabilityWindow(session, LocalTime.parse(from), LocalTime.parse(to)))));
        return this;
    }

    ScheduleViews meeting(String a, String b, String start, String table) {
        LocalDateTime at = DAY.atTime(LocalTime.parse(start));
        meetings.add(new MeetingInfo(find(a), find(b), sessions.get(0).code(), at, at.plusMinutes(20),
                tables.stream().filter(t -> t.code().equals(table)).findFirst().orElseThrow(), 0, a + "-" + b));
        return this;
    }

    ScheduleViews unscheduled(String a, String b) {
        unscheduled.add(new UnscheduledInfo(find(a), find(b), null));
        return this;
    }

    ScheduleViews request(String from, String to, int priority, RequestStatus status) {
        requests.add(new RequestInfo(from, to, priority, status));
        return this;
    }

    ScheduleView build() {
        return new ScheduleView(new EventInfo(7, "Test event", null, ZoneId.of("Europe/Brussels")), sessions,
                tables, people, meetings, unscheduled, requests, null, null);
    }

    private PersonInfo find(String code) {
        return people.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }
}
