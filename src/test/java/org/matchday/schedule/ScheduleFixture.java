package org.matchday.schedule;

import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import org.matchday.rest.StoredTimetable;
import org.matchday.rest.TestEvents;
import org.matchday.security.AccessFixture;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matchday.security.AccessFixture.as;

/**
 * An organiser's own copy of a sample event with a staff member, set up over the API as an organiser would, and the
 * timetable grid read back from a page's cells.
 */
final class ScheduleFixture {

    final long eventId;
    final String organiser;
    final String staff;
    /** The sample as the organiser imported it: the rules every timetable of the event is held to. */
    final String document;

    private ScheduleFixture(long eventId, String organiser, String staff, String document) {
        this.eventId = eventId;
        this.organiser = organiser;
        this.staff = staff;
        this.document = document;
    }

    /** A new organiser imports the sample over the API and adds a new staff account to the event. */
    static ScheduleFixture importSample(String file) {
        long n = System.nanoTime();
        String organiser = AccessFixture.account("schedule-org-" + n, "ORGANISER");
        String staff = AccessFixture.account("schedule-staff-" + n, "STAFF");
        String document = TestEvents.document("sample:" + file);
        long eventId = as(organiser).contentType(ContentType.JSON).body(document)
                .post("/api/events/import").then().statusCode(201).extract().jsonPath().getLong("id");
        as(organiser).contentType(ContentType.JSON).body(Map.of("username", staff))
                .post("/api/events/{eventId}/members", eventId).then().statusCode(201);
        return new ScheduleFixture(eventId, organiser, staff, document);
    }

    /** Solves for at most {@code seconds} over the API, waits until the job has ended, and referees the result. */
    ScheduleFixture solved(int seconds) {
        as(organiser).post("/api/events/{eventId}/solve?seconds={seconds}", eventId, seconds).then().statusCode(202);
        await().atMost(Duration.ofSeconds(seconds + 60)).pollInterval(Duration.ofMillis(250))
                .until(() -> "NOT_SOLVING".equals(as(organiser).get("/api/events/{eventId}/solve", eventId)
                        .jsonPath().getString("status")));
        return assertTimetableValid();
    }

    /**
     * Fails unless the stored timetable keeps every rule of the imported sample; the meetings of {@code movedByHand}
     * (pairs of participant ids) were placed by the organiser's own hand, so their pins no longer hold.
     */
    @SafeVarargs
    final ScheduleFixture assertTimetableValid(List<String>... movedByHand) {
        StoredTimetable.assertValid(eventId, StoredTimetable.movedByHand(StoredTimetable.read(document),
                List.of(movedByHand)));
        return this;
    }

    ScheduleFixture published() {
        as(organiser).post("/api/events/{eventId}/publication", eventId).then().statusCode(201);
        return this;
    }

    /** Scheduled meetings as the meetings API lists them. */
    int scheduledMeetings() {
        List<Map<String, Object>> meetings = as(organiser).get("/api/events/{eventId}/meetings", eventId)
                .then().statusCode(200).extract().jsonPath().getList("$");
        return (int) meetings.stream().filter(m -> m.get("start") != null).count();
    }

    /** One meeting as the meetings API describes it. */
    Map<String, Object> meeting(String a, String b) {
        List<Map<String, Object>> meetings = as(organiser).get("/api/events/{eventId}/meetings", eventId)
                .then().statusCode(200).extract().jsonPath().getList("$");
        return meetings.stream().filter(m -> m.get("participants").equals(List.of(a, b))).findFirst().orElseThrow();
    }

    /** Participants who may only meet in part of the event. */
    Set<String> partlyAvailable() {
        List<Map<String, Object>> people = as(organiser).get("/api/events/{eventId}/participants", eventId)
                .then().statusCode(200).extract().jsonPath().getList("$");
        Set<String> codes = new HashSet<>();
        people.stream().filter(p -> p.get("availability") != null).forEach(p -> codes.add((String) p.get("id")));
        return codes;
    }

    /** A cell of the grid: the meeting's two participants and how many meetings the cell holds. */
    record Cell(String a, String b, int meetings) {
    }

    /** One row (slot) of the grid. */
    record Row(String start, List<Cell> cells) {

        boolean has(String participant) {
            return cells.stream().anyMatch(c -> c != null && (c.a.equals(participant) || c.b.equals(participant)));
        }
    }

    /** Where a meeting is, and a cell to move it to. */
    record Move(String a, String b, int fromRow, int fromColumn, int toRow, int toColumn) {
    }

    /** The grid as the page's cells show it, read from the DOM. */
    record Grid(List<String> tables, List<Row> rows) {

        @SuppressWarnings("unchecked")
        static Grid read(Page page) {
            Map<String, Object> raw = (Map<String, Object>) page.evaluate("() => ({"
                    + " tables: Array.from(document.querySelectorAll('#grid thead th[data-table]'))"
                    + "   .map(th => th.dataset.table),"
                    + " rows: Array.from(document.querySelectorAll('#grid tbody tr[data-start]')).map(tr => ({"
                    + "   start: tr.dataset.start,"
                    + "   cells: Array.from(tr.cells).slice(1).map(td => {"
                    + "     const all = td.querySelectorAll('.m');"
                    + "     return all.length ? [all[0].dataset.a, all[0].dataset.b, String(all.length)] : null; })"
                    + " }))})");
            List<Row> rows = new ArrayList<>();
            for (Map<String, Object> row : (List<Map<String, Object>>) raw.get("rows")) {
                List<Cell> cells = new ArrayList<>();
                for (Object cell : (List<Object>) row.get("cells")) {
                    List<String> c = (List<String>) cell;
                    cells.add(c == null ? null : new Cell(c.get(0), c.get(1), Integer.parseInt(c.get(2))));
                }
                rows.add(new Row((String) row.get("start"), cells));
            }
            return new Grid((List<String>) raw.get("tables"), rows);
        }

        int meetings() {
            return (int) rows.stream().flatMap(r -> r.cells.stream()).filter(c -> c != null).count();
        }

        Cell at(int row, int column) {
            return rows.get(row).cells.get(column);
        }

        /** Fails when a table or a participant appears twice in one slot. */
        void assertConflictFree() {
            assertEquals(tables.size(), new HashSet<>(tables).size(), "a table has two columns: " + tables);
            for (Row row : rows) {
                assertEquals(tables.size(), row.cells.size(), "cells at " + row.start);
                Set<String> seen = new HashSet<>();
                for (Cell cell : row.cells) {
                    if (cell == null) {
                        continue;
                    }
                    assertEquals(1, cell.meetings, "two meetings share a table at " + row.start);
                    assertTrue(seen.add(cell.a), cell.a + " is in two meetings at " + row.start);
                    assertTrue(seen.add(cell.b), cell.b + " is in two meetings at " + row.start);
                }
            }
        }

        /**
         * A meeting of two fully available participants, not in {@code avoid}, and a free cell in its column (its
         * table, which may be a participant's own) in a slot where neither has another meeting.
         */
        Optional<Move> freeMove(Set<String> partlyAvailable, Set<String> avoid) {
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < tables.size(); c++) {
                    Cell cell = at(r, c);
                    if (cell == null || partlyAvailable.contains(cell.a) || partlyAvailable.contains(cell.b)
                            || avoid.contains(cell.a) || avoid.contains(cell.b)) {
                        continue;
                    }
                    for (int r2 = 0; r2 < rows.size(); r2++) {
                        if (r2 != r && at(r2, c) == null && !rows.get(r2).has(cell.a) && !rows.get(r2).has(cell.b)) {
                            return Optional.of(new Move(cell.a, cell.b, r, c, r2, c));
                        }
                    }
                }
            }
            return Optional.empty();
        }

        /** A meeting and an occupied cell of another table in the same slot: a move the rules refuse. */
        Optional<Move> refusedMove(Set<String> avoid) {
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < tables.size(); c++) {
                    Cell cell = at(r, c);
                    if (cell == null || avoid.contains(cell.a) || avoid.contains(cell.b)) {
                        continue;
                    }
                    for (int c2 = 0; c2 < tables.size(); c2++) {
                        if (c2 != c && at(r, c2) != null) {
                            return Optional.of(new Move(cell.a, cell.b, r, c, r, c2));
                        }
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** The page's cell at a grid position (rows counted across sessions, columns from the first table). */
    static String cellSelector(int row, int column) {
        return "#grid tbody tr[data-start] >> nth=" + row + " >> td >> nth=" + column;
    }
}
