package org.matchday.participant;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.matchday.format.SheetFormat;
import org.matchday.rest.TestEvents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The participant export is the sheet the import reads: read back by a CSV parser and by POI, imported again into
 * the same event (nothing changes) and into an empty one (the same participants and wishes come out). Also the
 * template, moving many participants to a group all or nothing, and the word search finding sectors.
 */
@QuarkusTest
class ParticipantSheetExportResourceTest {

    private static final String EXPORT = "/api/events/{eventId}/participants.{ext}";
    private static final String IMPORT = "/api/events/{eventId}/participants/import";
    private static final List<String> ENGLISH_HEADER = List.of("id", "name", "organisation", "group", "country",
            "sectors", "description", "offers", "seeks", "languages", "email", "availability", "max meetings",
            "table", "wishes");

    @Test
    void theCsvExportHasEveryFieldAndTheWishesStillAsked() throws IOException {
        long eventId = TestEvents.importFixture("small-event.json");
        byte[] body = given().get(EXPORT, eventId, "csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("participants-" + eventId + ".csv"))
                .extract().asByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0), "a byte order mark, so that Excel reads UTF-8");
        List<CSVRecord> rows = parse(text.substring(1));
        assertEquals(ENGLISH_HEADER, rows.get(0).toList());
        assertEquals(5, rows.size());
        // eu-01 asked tw-01 (priority 5, accepted) and tw-02 (declined: left out); a priority left out is stored, and
        // written, as 3.
        assertEquals(List.of("eu-01", "Marie Dubois", "CASTRA", "EU cluster", "FR", "ICT; Aerospace", "", "", "", "",
                "", "pm 13:30-16:00", "6", "", "tw-01:5"), rows.get(1).toList());
        assertEquals(List.of("eu-02", "Antti Peltomäki", "Wind Cluster Ålborg", "EU cluster", "DK", "Wind energy", "",
                "", "", "", "", "", "", "", "tw-02:3; tw-01:1"), rows.get(2).toList());
        assertEquals("T01", rows.get(3).get(ENGLISH_HEADER.indexOf("table")));
    }

    @Test
    void importingTheExportIntoTheSameEventChangesNothing() {
        long eventId = TestEvents.importFixture("small-event.json");
        byte[] before = given().get(EXPORT, eventId, "csv").then().statusCode(200).extract().asByteArray();
        given().contentType("text/csv").body(before).post(IMPORT, eventId).then().statusCode(200)
                .body("added", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(4))
                .body("wishes", equalTo(0)).body("existingWishes", equalTo(4)).body("warnings", hasSize(0));
        byte[] after = given().get(EXPORT, eventId, "csv").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(before, after);
    }

    @Test
    void theWorkbookExportImportedIntoAnEmptyEventGivesTheSameParticipants() throws IOException {
        long source = TestEvents.importFixture("small-event.json");
        byte[] workbook = given().queryParam("lang", "zh-TW").get(EXPORT, source, "xlsx").then().statusCode(200)
                .contentType(SheetFormat.XLSX_MEDIA_TYPE).extract().asByteArray();
        List<List<String>> cells = read(workbook);
        assertEquals(List.of("編號", "姓名", "單位", "群組", "國家", "產業", "簡介", "提供", "需求", "語言", "電子郵件",
                "可出席時段", "會議上限", "桌號", "想見的對象"), cells.get(0));
        assertEquals("林明哲", cells.get(3).get(1));

        long target = TestEvents.importFixture("small-event.json");
        for (String id : List.of("eu-01", "eu-02", "tw-01", "tw-02")) {
            given().delete("/api/events/{eventId}/participants/{id}", target, id).then().statusCode(204);
        }
        given().contentType(SheetFormat.XLSX_MEDIA_TYPE).body(workbook).post(IMPORT, target).then().statusCode(200)
                .body("added", equalTo(4)).body("wishes", equalTo(4)).body("warnings", hasSize(0));
        assertEquals(participants(source), participants(target));
        byte[] sourceCsv = given().get(EXPORT, source, "csv").then().statusCode(200).extract().asByteArray();
        byte[] targetCsv = given().get(EXPORT, target, "csv").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(sourceCsv, targetCsv);
    }

    @Test
    void theTemplateIsTheHeaderAloneAndTheImportTakesItFilledIn() throws IOException {
        long eventId = TestEvents.importFixture("small-event.json");
        String template = given().get("/api/events/{eventId}/participant-template.csv", eventId).then()
                .statusCode(200).extract().asString();
        List<CSVRecord> rows = parse(template.substring(1));
        assertEquals(1, rows.size());
        assertEquals(ENGLISH_HEADER, rows.get(0).toList());
        String filled = template + "eu-09,Ines Garcia,Cluster Madrid,EU cluster,Spain,Robotics; AI,,,,es; en,"
                + "ines@example.es,pm 14:00-15:00,3,,tw-01:4\r\n";
        given().contentType("text/csv").body(filled.getBytes(StandardCharsets.UTF_8)).post(IMPORT, eventId).then()
                .statusCode(200).body("added", equalTo(1)).body("wishes", equalTo(1));
        given().get("/api/events/{eventId}/participants/eu-09", eventId).then().statusCode(200)
                .body("country", equalTo("ES")).body("sectors", contains("Robotics", "AI"))
                .body("languages", contains("es", "en")).body("maxMeetings", equalTo(3));

        byte[] workbook = given().queryParam("lang", "zh-TW")
                .get("/api/events/{eventId}/participant-template.xlsx", eventId).then().statusCode(200)
                .extract().asByteArray();
        List<List<String>> cells = read(workbook);
        assertEquals(1, cells.size());
        assertEquals("編號", cells.get(0).get(0));
    }

    @Test
    void anUnknownLanguageIsABadParameter() {
        long eventId = TestEvents.importFixture("small-event.json");
        given().queryParam("lang", "fr").get(EXPORT, eventId, "csv").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].path", equalTo("lang"));
    }

    @Test
    void manyParticipantsMoveToAGroupAtOnceWrittenAsTheRulesWriteIt() {
        long eventId = withGroupRules();
        given().contentType(ContentType.JSON)
                .body(Map.of("participants", List.of("eu-01", "eu-02"), "group", "taiwanese ASSOCIATION"))
                .post("/api/events/{eventId}/participants/group-change", eventId).then().statusCode(200)
                .body("id", contains("eu-01", "eu-02"))
                .body("group", contains("Taiwanese association", "Taiwanese association"));
        given().queryParam("group", "Taiwanese association").get("/api/events/{eventId}/participants", eventId)
                .then().statusCode(200).body("id", contains("eu-02", "eu-01", "tw-01", "tw-02"));
    }

    @Test
    void aGroupChangeWithOneBadPartChangesNobodyAndNamesEveryProblem() {
        long eventId = withGroupRules();
        given().contentType(ContentType.JSON)
                .body(Map.of("participants", List.of("eu-01", "eu-99", "tw-01"), "group", "Investors"))
                .post("/api/events/{eventId}/participants/group-change", eventId).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.path", contains("$.participants[1]", "$.group"))
                .body("errors[0].message", containsString("eu-99"))
                .body("errors[1].message", containsString("\"EU cluster\", \"Taiwanese association\""));
        given().contentType(ContentType.JSON)
                .body(Map.of("participants", List.of(), "group", "EU cluster"))
                .post("/api/events/{eventId}/participants/group-change", eventId).then().statusCode(400)
                .body("errors.path", contains("$.participants"));
        given().get("/api/events/{eventId}/participants/eu-01", eventId).then().body("group", equalTo("EU cluster"));
        given().get("/api/events/{eventId}/participants/tw-01", eventId).then()
                .body("group", equalTo("Taiwanese association"));
    }

    @Test
    void withoutGroupRulesAnyGroupGoesAndNoneTakesParticipantsOut() {
        long eventId = TestEvents.importFixture("small-event.json");
        given().contentType(ContentType.JSON).body("{\"participants\": [\"tw-02\"], \"group\": \"Investors\"}")
                .post("/api/events/{eventId}/participants/group-change", eventId).then().statusCode(200)
                .body("[0].group", equalTo("Investors"));
        given().contentType(ContentType.JSON).body("{\"participants\": [\"tw-02\"], \"group\": null}")
                .post("/api/events/{eventId}/participants/group-change", eventId).then().statusCode(200);
        given().get("/api/events/{eventId}/participants/tw-02", eventId).then().body("$", org.hamcrest.Matchers
                .not(org.hamcrest.Matchers.hasKey("group")));
    }

    @Test
    void theWordSearchReadsSectors() {
        long eventId = TestEvents.importFixture("small-event.json");
        given().queryParam("q", "machinery").get("/api/events/{eventId}/participants", eventId).then()
                .statusCode(200).body("id", contains("tw-02"));
        given().queryParam("q", "manufacturing smart").get("/api/events/{eventId}/participants", eventId).then()
                .statusCode(200).body("id", contains("tw-01"));
    }

    private static long withGroupRules() {
        long eventId = TestEvents.importFixture("small-event.json");
        given().contentType(ContentType.JSON)
                .body("{\"allowedPairs\": [{\"from\": \"EU cluster\", \"to\": \"Taiwanese association\"},"
                        + " {\"from\": \"Taiwanese association\", \"to\": \"EU cluster\"}]}")
                .put("/api/events/{eventId}/rules", eventId).then().statusCode(200);
        return eventId;
    }

    /** The participants as the API gives them, less their versions. */
    private static List<Map<String, Object>> participants(long eventId) {
        List<Map<String, Object>> list = JsonPath.from(given().get("/api/events/{eventId}/participants", eventId)
                .then().statusCode(200).extract().asString()).getList("$");
        list.forEach(p -> p.remove("version"));
        return list;
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    private static List<List<String>> read(byte[] workbook) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(formatter.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
