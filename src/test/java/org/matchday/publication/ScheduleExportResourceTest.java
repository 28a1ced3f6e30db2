package org.matchday.publication;

import org.matchday.rest.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.matchday.export.ReadBack;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Table sheets, the master workbook and the master CSV, read back with PDFBox, POI and commons-csv. */
@QuarkusTest
class ScheduleExportResourceTest {

    private final DataFormatter cells = new DataFormatter();

    @Test
    void tableSheetShowsEverySlotWithBothParticipants() {
        long id = TestEvents.importFixture("solved-event.json");
        List<String> pages = ReadBack.pdfPages(download(id, "tables/T01/sheet.pdf", "application/pdf"));
        assertEquals(1, pages.size());
        String text = pages.get(0);
        for (String expected : List.of("Table 1", "Table T01 · Taiwan-EU Cluster Matchmaking 2018",
                "Tuesday 5 June 2018", "10:00–10:20 Antti Peltomäki\nWind Cluster Ålborg\nDK\n林明哲\n中華民國全國工業總會\nTW",
                "11:00–11:15 Pause", "11:15–11:35 —", "13:30–13:50 Marie Dubois\nCASTRA\nFR\n林明哲",
                "14:45–15:05 Jiří Dvořák\nMoravskoslezský automobilový klastr\nCZ\n林明哲",
                "Wednesday 6 June 2018", "10:10–10:30 Joana Gonçalves\n", "DRAFT – not published yet")) {
            assertThat(text, containsString(expected));
        }
    }

    @Test
    void allTableSheetsComeInOneDocumentOnePagePerTable() {
        long id = TestEvents.importFixture("solved-event.json");
        List<String> pages = ReadBack.pdfPages(download(id, "table-sheets.pdf", "application/pdf"));
        assertEquals(3, pages.size());
        assertThat(pages.get(1), containsString("Table T02"));
        assertThat(pages.get(1), containsString("台灣區機械工業同業公會"));
        assertThat(pages.get(2), containsString("Table 3 – Taiwan booth"));
        assertThat(pages.get(2), containsString("09:50–10:10 Antti Peltomäki\nWind Cluster Ålborg\nDK\n王美玲"));
    }

    @Test
    void workbookGridHasSlotsByTablesWithBothNames() throws IOException {
        long id = TestEvents.importFixture("solved-event.json");
        try (XSSFWorkbook workbook = ReadBack.workbook(download(id, "schedule.xlsx", "spreadsheetml"))) {
            assertEquals(List.of("Grid", "Meetings", "Statistics"),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));
            XSSFSheet grid = workbook.getSheet("Grid");
            Row header = grid.getRow(1);
            assertEquals(List.of("Date", "Time", "Table 1", "Table 2", "Table 3 – Taiwan booth"),
                    List.of(text(header, 0), text(header, 1), text(header, 2), text(header, 3), text(header, 4)));
            assertEquals(1 + 14, grid.getLastRowNum(), "a row per slot below the title and header");

            Row first = grid.getRow(2);
            assertEquals(LocalDateTime.of(2018, 6, 5, 0, 0), first.getCell(0).getLocalDateTimeCellValue());
            assertEquals("10:00–10:20", text(first, 1));
            assertEquals("Antti Peltomäki (Wind Cluster Ålborg)\n林明哲 (中華民國全國工業總會)", text(first, 2));
            assertEquals("Jiří Dvořák (Moravskoslezský automobilový klastr)\n陳枝昌 (台灣區機械工業同業公會)",
                    text(first, 3));
            assertEquals("", text(first, 4));

            Row afternoon = rowWithTime(grid, "14:45–15:05");
            assertEquals("Jiří Dvořák (Moravskoslezský automobilový klastr)\n林明哲 (中華民國全國工業總會)",
                    text(afternoon, 2));
            assertTrue(grid.getPaneInformation().isFreezePane());
        }
    }

    @Test
    void workbookListsEveryMeetingWithFiltersAndStatistics() throws IOException {
        long id = TestEvents.importFixture("solved-event.json");
        try (XSSFWorkbook workbook = ReadBack.workbook(download(id, "schedule.xlsx", "spreadsheetml"))) {
            XSSFSheet meetings = workbook.getSheet("Meetings");
            assertEquals(1 + 10, meetings.getLastRowNum(), "title, header and one row per meeting");
            assertTrue(meetings.getCTWorksheet().isSetAutoFilter());
            assertEquals("A2:Q12", meetings.getCTWorksheet().getAutoFilter().getRef());
            assertTrue(meetings.getPaneInformation().isFreezePane());
            assertEquals(2, meetings.getPaneInformation().getHorizontalSplitPosition());
            Row first = meetings.getRow(2);
            assertEquals(LocalDateTime.of(2018, 6, 5, 10, 0), first.getCell(1).getLocalDateTimeCellValue());
            assertEquals(LocalDateTime.of(2018, 6, 5, 10, 20), first.getCell(2).getLocalDateTimeCellValue());
            assertEquals("Table 1", text(first, 5));
            assertEquals("Antti Peltomäki", text(first, 7));
            assertEquals("林明哲", text(first, 12));
            assertEquals("中華民國全國工業總會", text(first, 13));

            XSSFSheet statistics = workbook.getSheet("Statistics");
            assertEquals("10", valueAfter(statistics, "Scheduled"));
            assertEquals("12", valueAfter(statistics, "Requested (pairs to meet)"));
            // r13 (priority 3) joins two participants without a table of their own while all three tables are
            // hosts' fixed tables: no schedule can hold it, so the bound is 40 - 3 (as StatisticsExportResourceTest).
            assertEquals("37", valueAfter(statistics, "Capacity bound (highest sum any schedule could reach)"));
            assertEquals("7", valueAfter(statistics, "Breaks"));
            assertNotNull(rowContaining(statistics, "No common free slot: Marie Dubois is only available"));

            for (int s = 0; s < 3; s++) {
                assertThat(text(workbook.getSheetAt(s).getRow(0), 0), containsString("DRAFT"));
            }
        }
        AgendaExportResourceTest.publish(id);
        try (XSSFWorkbook workbook = ReadBack.workbook(download(id, "schedule.xlsx", "spreadsheetml"))) {
            for (int s = 0; s < 3; s++) {
                String title = text(workbook.getSheetAt(s).getRow(0), 0);
                assertThat(title, not(containsString("DRAFT")));
                assertThat(title, containsString("Published schedule, version 1"));
            }
        }
    }

    @Test
    void scheduleCsvHasEveryMeetingInTimeThenTableOrder() {
        long id = TestEvents.importFixture("solved-event.json");
        List<CSVRecord> rows = ReadBack.csv(download(id, "schedule.csv", "text/csv"));
        assertEquals(10, rows.size());
        CSVRecord first = rows.get(0);
        assertEquals("DRAFT", first.get("Status"));
        assertEquals("2018-06-05", first.get("Date"));
        assertEquals("10:00", first.get("Start"));
        assertEquals("T01", first.get("Table id"));
        assertEquals("Antti Peltomäki", first.get("Participant A"));
        assertEquals("林明哲", first.get("Participant B"));
        assertEquals("中華民國全國工業總會", first.get("Organisation B"));
        assertEquals("T02", rows.get(1).get("Table id"));
        assertEquals("陳枝昌", rows.get(1).get("Participant B"));
        assertEquals("2018-06-06", rows.get(9).get("Date"));
        assertEquals("10:10", rows.get(9).get("Start"));
        AgendaExportResourceTest.publish(id);
        assertTrue(ReadBack.csv(download(id, "schedule.csv", "text/csv")).stream()
                .allMatch(r -> r.get("Status").equals("Published 1") && r.get("Sequence").equals("0")));
    }

    @Test
    void exportsOfWhatDoesNotExistAreNotFoundProblems() {
        long id = TestEvents.importFixture("solved-event.json");
        given().get("/api/events/{id}/tables/T99/sheet.pdf", id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("There is no table \"T99\" in event " + id + "."));
        for (String path : List.of("tables/T01/sheet.pdf", "table-sheets.pdf", "schedule.xlsx", "schedule.csv")) {
            given().get("/api/events/424242/" + path)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("detail", equalTo("There is no event 424242."));
        }
    }

    private static byte[] download(long id, String path, String type) {
        return given().get("/api/events/" + id + "/" + path)
                .then().statusCode(200).contentType(containsString(type))
                .extract().asByteArray();
    }

    private String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : cells.formatCellValue(cell);
    }

    private Row rowWithTime(XSSFSheet sheet, String time) {
        for (Row row : sheet) {
            if (time.equals(text(row, 1))) {
                return row;
            }
        }
        throw new AssertionError("No row at " + time);
    }

    private Row rowContaining(XSSFSheet sheet, String fragment) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cells.formatCellValue(cell).contains(fragment)) {
                    return row;
                }
            }
        }
        return null;
    }

    /** The value next to the first label that equals {@code label} exactly. */
    private String valueAfter(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            if (label.equals(text(row, 0))) {
                return text(row, 1);
            }
        }
        throw new AssertionError("No row " + label);
    }
}
