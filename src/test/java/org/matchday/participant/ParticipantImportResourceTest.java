package org.matchday.participant;

import org.matchday.rest.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.matchday.format.SheetFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ParticipantImportResourceTest {

    private static final String IMPORT = "/api/events/{eventId}/participants/import";
    private static final String XLSX = SheetFormat.XLSX_MEDIA_TYPE;

    /**
     * Rows as a registration export has them, one of each mistake: every line is known, as it is the same in the
     * CSV file and in the workbook made from it.
     */
    private static final List<List<Object>> BAD_ROWS = List.of(
            List.of("ID", "Name", "Group", "E-mail", "Availability", "Wishes"),
            List.of("eu-03", "Hans Müller", "EU cluster", "hans.mueller@example.de", "pm 13:30-16:00", "tw-01:4"),
            List.of("eu-04", "Ana Novak", "Investor", "ana.novak@example.si", "", ""),
            List.of("eu-03", "Hans Müller", "eu cluster", "", "", ""),
            List.of("eu-05", "Jan Kowalski", "EU cluster", "jan.kowalski(at)example.pl", "", ""),
            List.of("eu-06", "Eva Svensson", "EU cluster", "", "pm 16:00-13:30", ""),
            List.of("eu-07", "Lukas Bauer", "EU cluster", "", "am 09:00-10:30", "tw-02; tw-99:3"),
            List.of("eu-08", "Marta Rossi", "EU cluster", "", "", "eu-01:7"));

    private static final List<Map<String, String>> BAD_ROW_PROBLEMS = List.of(
            problem("line 3, column \"Group\"",
                    "unknown group \"Investor\": the event's rules name \"EU cluster\", \"Taiwanese association\""),
            problem("line 4, column \"ID\"", "duplicate participant id \"eu-03\" (first at line 2)"),
            problem("line 5, column \"E-mail\"", "must be a well-formed email address"),
            problem("line 6, column \"Availability\"", "must be after the window's start 16:00"),
            problem("line 7, column \"Availability\"", "window 09:00-10:30 lies outside session \"am\" (10:00-11:00)"),
            problem("line 7, column \"Wishes\"", "wish for \"tw-99\": unknown participant \"tw-99\""),
            problem("line 8, column \"Wishes\"", "wish for \"eu-01\": must be less than or equal to 5"),
            problem("line 8, column \"Wishes\"",
                    "wish for \"eu-01\": the event's rules do not let \"EU cluster\" ask \"EU cluster\""));

    private static final String CHINESE_SHEET = "編號,姓名,單位,群組,國家,產業,電子郵件,可出席時段,會議上限,桌號,想見的對象\r\n"
            + "tw-03,林明哲,中華民國全國工業總會,Taiwanese association,台灣,智慧製造、機械,lin@example.tw,"
            + "pm 13:30-16:00,5,T03,eu-01:5\r\n"
            + "tw-04,陳枝昌,台灣區機械工業同業公會,Taiwanese association,TW,,,,,,\"eu-01; eu-02:2\"\r\n";

    private static Map<String, String> problem(String path, String message) {
        return Map.of("path", path, "message", message);
    }

    /** The path and message of each error, after checking that each also carries its stable code. */
    private static List<Map<String, String>> pathsAndMessages(List<Map<String, Object>> errors) {
        errors.forEach(e -> assertTrue(e.get("code") instanceof String code && !code.isBlank(), e.toString()));
        return errors.stream().map(e -> problem((String) e.get("path"), (String) e.get("message"))).toList();
    }

    private static long smallEventWithGroupRules() {
        long eventId = TestEvents.importFixture("small-event.json");
        given().contentType(ContentType.JSON)
                .body("{\"allowedPairs\": [{\"from\": \"EU cluster\", \"to\": \"Taiwanese association\"},"
                        + " {\"from\": \"Taiwanese association\", \"to\": \"EU cluster\"}]}")
                .put("/api/events/{eventId}/rules", eventId).then().statusCode(200);
        return eventId;
    }

    private static String csv(List<List<Object>> rows) {
        return rows.stream().map(row -> row.stream().map(ParticipantImportResourceTest::csvCell)
                .collect(Collectors.joining(","))).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static String csvCell(Object value) {
        String text = value.toString();
        return text.contains(",") || text.contains(";") || text.contains("\"")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** A workbook whose first sheet holds the rows (numbers as numeric cells), then blank rows and a second sheet. */
    static byte[] xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Registrations");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (!value.toString().isEmpty()) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            sheet.createRow(rows.size()).createCell(0).setCellValue("");
            sheet.createRow(rows.size() + 3).createCell(2).setCellValue(" ");
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("Not participants");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ValidatableResponse post(long eventId, String contentType, byte[] body) {
        return given().contentType(contentType).body(body).when().post(IMPORT, eventId).then();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String participants(long eventId) {
        return given().get("/api/events/{eventId}/participants", eventId).then().statusCode(200).extract().asString();
    }

    private static String requests(long eventId) {
        return given().get("/api/events/{eventId}/requests", eventId).then().statusCode(200).extract().asString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CSV", "XLSX"})
    void everyBadRowIsReportedByLineAndColumnAndNothingIsStored(String format) {
        long eventId = smallEventWithGroupRules();
        String participantsBefore = participants(eventId);
        String requestsBefore = requests(eventId);
        byte[] file = format.equals("CSV") ? utf8(csv(BAD_ROWS)) : xlsx(BAD_ROWS);
        String type = format.equals("CSV") ? "text/csv" : XLSX;
        List<Map<String, Object>> errors = post(eventId, type, file)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:matchday:problem:invalid-body"))
                .body("detail", equalTo("The sheet has 8 problems; nothing was imported."))
                .extract().jsonPath().getList("errors");
        assertEquals(BAD_ROW_PROBLEMS, pathsAndMessages(errors));
        assertEquals(participantsBefore, participants(eventId));
        assertEquals(requestsBefore, requests(eventId));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void chineseHeadersAndNamesComeBackAsWritten(boolean byteOrderMark) {
        long eventId = TestEvents.importFixture("small-event.json");
        post(eventId, "text/csv", utf8((byteOrderMark ? "\uFEFF" : "") + CHINESE_SHEET))
                .statusCode(200)
                .body("added", equalTo(2))
                .body("updated", equalTo(0))
                .body("wishes", equalTo(3))
                .body("warnings", empty());
        given().get("/api/events/{eventId}/participants/tw-03", eventId).then().statusCode(200)
                .body("name", equalTo("林明哲"))
                .body("organisation", equalTo("中華民國全國工業總會"))
                .body("group", equalTo("Taiwanese association"))
                .body("country", equalTo("TW"))
                .body("sectors", equalTo(List.of("智慧製造", "機械")))
                .body("email", equalTo("lin@example.tw"))
                .body("availability", equalTo(List.of(Map.of("session", "pm", "from", "13:30", "to", "16:00"))))
                .body("maxMeetings", equalTo(5))
                .body("table", equalTo("T03"));
        given().get("/api/events/{eventId}/participants/tw-04", eventId).then().statusCode(200)
                .body("name", equalTo("陳枝昌"))
                .body("organisation", equalTo("台灣區機械工業同業公會"))
                .body("availability", nullValue())
                .body("table", nullValue());
    }

    @Test
    void workbookAddsNewRowsAndUpdatesExistingOnesByIdKeepingFieldsItHasNoColumnFor() {
        long eventId = TestEvents.importFixture("small-event.json");
        List<List<Object>> rows = List.of(
                List.of("ID", "First name", "Last name", "Organization", "Max meetings", "Phone"),
                List.of(7, "Yuki", "Tanaka", "Kansai Robotics Cluster", 4, "+81 6 1234 5678"),
                List.of("eu-02", "Antti", "Peltomäki", "Wind Cluster Aalborg", 8, ""),
                List.of("tw-01", "明哲", "林", "中華民國全國工業總會", "", ""));
        post(eventId, XLSX, xlsx(rows))
                .statusCode(200)
                .body("added", equalTo(1))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(1))
                .body("wishes", equalTo(0))
                .body("warnings", equalTo(List.of("column \"Phone\" is not a participant field and was not imported")));
        given().get("/api/events/{eventId}/participants/7", eventId).then().statusCode(200)
                .body("name", equalTo("Yuki Tanaka"))
                .body("maxMeetings", equalTo(4));
        given().get("/api/events/{eventId}/participants/eu-02", eventId).then().statusCode(200)
                .body("organisation", equalTo("Wind Cluster Aalborg"))
                .body("maxMeetings", equalTo(8))
                .body("group", equalTo("EU cluster"))
                .body("sectors", equalTo(List.of("Wind energy")))
                .body("country", equalTo("DK"));
        given().get("/api/events/{eventId}/participants/tw-01", eventId).then().statusCode(200)
                .body("name", equalTo("林明哲"))
                .body("table", equalTo("T01"));
    }

    @Test
    void wishesBecomeRequestsFromTheRowsParticipantAndAreNotMadeTwice() {
        long eventId = TestEvents.importFixture("small-event.json");
        String sheet = "id,name,wishes\r\neu-02,Antti Peltomäki,\"tw-02; eu-01:1\"\r\neu-09,Ines Costa,tw-01:5\r\n";
        post(eventId, "text/csv", utf8(sheet))
                .statusCode(200)
                .body("added", equalTo(1))
                .body("unchanged", equalTo(1))
                .body("wishes", equalTo(2))
                .body("existingWishes", equalTo(1));
        given().get("/api/events/{eventId}/requests", eventId).then().statusCode(200)
                .body("findAll { it.id.startsWith('w') }", hasSize(2))
                .body("find { it.from == 'eu-02' && it.to == 'eu-01' }.priority", equalTo(1))
                .body("find { it.from == 'eu-02' && it.to == 'eu-01' }.status", equalTo("PENDING"))
                .body("find { it.from == 'eu-09' && it.to == 'tw-01' }.priority", equalTo(5))
                .body("find { it.from == 'eu-09' && it.to == 'tw-01' }.status", equalTo("PENDING"));
        post(eventId, "text/csv", utf8(sheet))
                .statusCode(200)
                .body("added", equalTo(0))
                .body("unchanged", equalTo(2))
                .body("wishes", equalTo(0))
                .body("existingWishes", equalTo(3));
        given().get("/api/events/{eventId}/requests", eventId).then().body("$", hasSize(7));
    }

    @Test
    void withoutAcceptanceImportedWishesAreAcceptedAndAwaitScheduling() {
        long eventId = TestEvents.importFixture("small-event.json");
        given().contentType(ContentType.JSON).body("{\"acceptanceRequired\": false}")
                .put("/api/events/{eventId}/rules", eventId).then().statusCode(200);
        int unscheduled = given().get("/api/events/{eventId}", eventId).then().extract().path("unscheduledMeetings");
        post(eventId, "text/csv", utf8("id,name,wishes\neu-09,Ines Costa,tw-02:4\n")).statusCode(200);
        given().get("/api/events/{eventId}/requests", eventId).then()
                .body("find { it.from == 'eu-09' }.status", equalTo("ACCEPTED"));
        given().get("/api/events/{eventId}", eventId).then().body("unscheduledMeetings", equalTo(unscheduled + 1));
    }

    @Test
    void aFormUploadAsBrowsersSendIt() {
        long eventId = TestEvents.importFixture("small-event.json");
        given().multiPart("file", "participants.csv", utf8(CHINESE_SHEET), "text/csv")
                .when().post(IMPORT, eventId)
                .then().statusCode(200)
                .body("added", equalTo(2));
        List<List<Object>> rows = List.of(List.of("id", "name"), List.of("eu-10", "Pieter de Vries"));
        given().multiPart("file", "participants.xlsx", xlsx(rows), "application/octet-stream")
                .when().post(IMPORT, eventId)
                .then().statusCode(200)
                .body("added", equalTo(1));
        given().get("/api/events/{eventId}/participants/eu-10", eventId).then().statusCode(200)
                .body("name", equalTo("Pieter de Vries"));
        given().multiPart("sheet", "participants.csv", utf8(CHINESE_SHEET), "text/csv")
                .when().post(IMPORT, eventId)
                .then().statusCode(400)
                .body("errors[0].path", equalTo("file"));
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        long eventId = TestEvents.importFixture("small-event.json");
        // %test.matchday.import.max-bytes=2M
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'x');
        post(eventId, "text/csv", big)
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:matchday:problem:payload-too-large"))
                .body("detail", containsString("matchday.import.max-bytes"));
        given().multiPart("file", "big.csv", big, "text/csv").when().post(IMPORT, eventId)
                .then().statusCode(413);
    }

    @Test
    void aParticipantCannotImport() {
        long eventId = TestEvents.importFixture("small-event.json");
        String before = participants(eventId);
        String token = given().post("/api/events/{eventId}/participants/{participantId}/link", eventId, "eu-01")
                .then().statusCode(201).extract().path("token");
        given().auth().none().header("Authorization", "Bearer " + token)
                .contentType("text/csv").body(utf8(CHINESE_SHEET))
                .when().post(IMPORT, eventId)
                .then().statusCode(403)
                .contentType("application/problem+json");
        assertEquals(before, participants(eventId));
    }

    @Test
    void otherFilesAreRefusedAsUnsupported() {
        long eventId = TestEvents.importFixture("small-event.json");
        post(eventId, "application/json", utf8("{}"))
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:matchday:problem:http-415"))
                .body("detail", containsString("text/csv"));
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        post(eventId, "application/vnd.ms-excel", xls)
                .statusCode(415)
                .body("detail", containsString(".xls"));
    }

    @Test
    void linesCountTheLineBreaksInsideQuotedCells() {
        long eventId = TestEvents.importFixture("small-event.json");
        String sheet = "id,name,description,Table\n"
                + ",Nameless,\"Two\nlines\",\n"
                + "eu-11,Karin Berg,,T01\n";
        List<Map<String, Object>> errors = post(eventId, "text/csv", utf8(sheet))
                .statusCode(400)
                .extract().jsonPath().getList("errors");
        assertEquals(List.of(problem("line 2, column \"id\"", "must not be empty"),
                problem("line 4, column \"Table\"",
                        "table \"T01\" is already the fixed table of participant \"tw-01\"")), pathsAndMessages(errors));
    }

    @Test
    void aSheetWithoutIdOrNameColumnsIsRefusedAtItsHeader() {
        long eventId = TestEvents.importFixture("small-event.json");
        post(eventId, "text/csv", utf8("Company,E-mail\nCASTRA,info@example.org\n"))
                .statusCode(400)
                .body("errors.path", equalTo(List.of("line 1", "line 1")))
                .body("errors[0].message", containsString("id column"))
                .body("errors[1].message", containsString("name column"));
    }
}
