package org.matchday.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property: whatever way a generated event document or participant sheet is broken, the import answers 400
 * {@code invalid-body} naming the broken place, and stores nothing.
 * <p>
 * Each case has its own seed; a failure names it. Rerun one case with
 * {@code -Dprop.seed=<seed> -Dprop.cases=1}; more cases with
 * {@code -Dprop.cases=<n>}. Without a seed, every run tries new cases.
 */
@QuarkusTest
class BrokenImportPropertyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CASES = Integer.getInteger("prop.cases", 120);
    private static final long FIRST_SEED = Long.getLong("prop.seed", System.nanoTime());
    private static final String INVALID_BODY = "urn:matchday:problem:invalid-body";
    private static final String IMPORT_SHEET = "/api/events/{eventId}/participants/import";

    private static final String[] NAMES = {"Marie Dubois", "林明哲", "Antti Peltomäki", "陳枝昌", "José Núñez",
            "Zoë O'Brien", "李佳穎", "Łukasz Wójcik", "Ana \"Anka\" Novak", "黃志明"};
    private static final String[] ORGANISATIONS = {"CASTRA", "中華民國全國工業總會", "Wind Cluster Ålborg",
            "台灣區機械工業同業公會", "=HYPERLINK(\"x\")", "<script>alert(1)</script>", "'; drop table event; --"};
    private static final String[] GROUPS = {"EU cluster", "Taiwanese association"};

    /** A generated fault: what it did, and the path of the error the import must name ("$" for the body). */
    private record Fault(String description, String path) {
    }

    /** A generated broken input: the bytes to send and the faults put in. */
    private record Broken(byte[] body, List<Fault> faults) {

        String describe() {
            return faults.stream().map(f -> f.description() + " at " + f.path()).toList().toString();
        }
    }

    @Test
    void brokenEventDocumentsAreRefusedNamingTheFaultAndStoreNothing() {
        for (int i = 0; i < CASES; i++) {
            long seed = FIRST_SEED + i;
            SplittableRandom random = new SplittableRandom(seed);
            ObjectNode document = validDocument(random);
            if (i == 0) {
                // The generator's documents are valid: without that, refusals would prove nothing.
                long id = TestEvents.importEvent(document.toString());
                given().delete("/api/events/{eventId}", id).then().statusCode(204);
            }
            String eventsBefore = events();
            Broken broken = breakDocument(document, random);
            Response response = given().contentType(ContentType.JSON).body(broken.body()).post("/api/events/import");
            assertRefused("seed " + seed + " " + broken.describe(), response, broken.faults());
            assertEquals(eventsBefore, events(), "seed " + seed + " " + broken.describe() + ": an event was stored");
        }
    }

    @Test
    void brokenParticipantSheetsAreRefusedNamingTheLineAndColumnAndStoreNothing() {
        long eventId = TestEvents.importFixture("small-event.json");
        given().contentType(ContentType.JSON)
                .body("{\"allowedPairs\": [{\"from\": \"EU cluster\", \"to\": \"Taiwanese association\"},"
                        + " {\"from\": \"Taiwanese association\", \"to\": \"EU cluster\"}]}")
                .put("/api/events/{eventId}/rules", eventId).then().statusCode(200);
        String before = HostileInputTest.snapshot(eventId);
        for (int i = 0; i < CASES; i++) {
            long seed = FIRST_SEED + i;
            SplittableRandom random = new SplittableRandom(seed);
            List<List<String>> rows = validSheet(random);
            Broken broken = breakSheet(rows, random);
            Response response = given().contentType("text/csv").body(broken.body()).post(IMPORT_SHEET, eventId);
            assertRefused("seed " + seed + " " + broken.describe(), response, broken.faults());
        }
        assertEquals(before, HostileInputTest.snapshot(eventId), "a refused sheet changed the event");
        // The generator's sheets are valid: without that, refusals would prove nothing.
        Response valid = given().contentType("text/csv").body(utf8(csv(validSheet(new SplittableRandom(FIRST_SEED)))))
                .post(IMPORT_SHEET, eventId);
        assertEquals(200, valid.statusCode(), "seed " + FIRST_SEED + " unbroken: " + valid.asString());
    }

    /** 400 invalid-body, and at least one error names a place a fault was put in. */
    private static void assertRefused(String what, Response response, List<Fault> faults) {
        String answer = what + " -> " + response.statusCode() + " " + response.asString();
        assertEquals(400, response.statusCode(), answer);
        assertTrue(response.contentType().startsWith("application/problem+json"), answer);
        assertEquals(INVALID_BODY, response.jsonPath().getString("type"), answer);
        List<String> paths = response.jsonPath().getList("errors.path");
        assertTrue(paths != null && !paths.isEmpty(), answer);
        assertTrue(faults.stream().anyMatch(f -> paths.stream().anyMatch(p -> names(p, f.path()))),
                "no error names a fault: " + answer);
    }

    private static boolean names(String errorPath, String faultPath) {
        return errorPath.equals(faultPath) || errorPath.startsWith(faultPath + ".")
                || errorPath.startsWith(faultPath + "[");
    }

    private static String events() {
        return given().get("/api/events").then().statusCode(200).extract().asString();
    }

    // Event documents

    /** A valid matchday-event/1 document: one or two sessions, some tables, 2-12 participants, wishes among them. */
    static ObjectNode validDocument(SplittableRandom random) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("format", "matchday-event/1");
        doc.put("name", "Generated " + random.nextInt(1_000_000));
        doc.put("timezone", random.nextBoolean() ? "Asia/Taipei" : "Europe/Brussels");
        doc.put("venue", pick(random, ORGANISATIONS));
        ArrayNode sessions = doc.putArray("sessions");
        ObjectNode pm = sessions.addObject().put("id", "pm").put("date", "2018-06-05").put("start", "13:30")
                .put("end", "17:30").put("meetingMinutes", 15 + 5 * random.nextInt(3)).put("gapMinutes", 0);
        if (random.nextBoolean()) {
            pm.putArray("breaks").addObject().put("start", "15:10").put("end", "15:30");
        }
        if (random.nextBoolean()) {
            sessions.addObject().put("id", "am").put("date", "2018-06-05").put("start", "09:00").put("end", "12:00")
                    .put("meetingMinutes", 20).put("gapMinutes", 5);
        }
        int tableCount = 1 + random.nextInt(6);
        ArrayNode tables = doc.putArray("tables");
        for (int t = 1; t <= tableCount; t++) {
            tables.addObject().put("id", "T%02d".formatted(t));
        }
        int participantCount = 2 + random.nextInt(11);
        ArrayNode participants = doc.putArray("participants");
        for (int p = 0; p < participantCount; p++) {
            ObjectNode participant = participants.addObject().put("id", "p-" + p).put("name", pick(random, NAMES))
                    .put("organisation", pick(random, ORGANISATIONS)).put("group", GROUPS[p % 2]);
            if (random.nextInt(3) == 0) {
                participant.put("maxMeetings", 1 + random.nextInt(8));
            }
            if (random.nextInt(4) == 0) {
                participant.putArray("sectors").add("ICT").add("智慧製造");
            }
        }
        ArrayNode requests = doc.putArray("requests");
        int requestCount = random.nextInt(participantCount * 2);
        for (int r = 0; r < requestCount; r++) {
            int from = random.nextInt(participantCount);
            int to = (from + 1 + random.nextInt(participantCount - 1)) % participantCount;
            if (!hasRequest(requests, from, to)) {
                requests.addObject().put("id", "r" + r).put("from", "p-" + from).put("to", "p-" + to)
                        .put("priority", 1 + random.nextInt(5));
            }
        }
        return doc;
    }

    private static boolean hasRequest(ArrayNode requests, int from, int to) {
        for (JsonNode request : requests) {
            if (request.get("from").asText().equals("p-" + from) && request.get("to").asText().equals("p-" + to)) {
                return true;
            }
        }
        return false;
    }

    /** One to three faults of the kinds below, in random places. */
    static Broken breakDocument(ObjectNode document, SplittableRandom random) {
        int count = 1 + random.nextInt(3);
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            faults.add(DOCUMENT_FAULTS.get(random.nextInt(DOCUMENT_FAULTS.size())).apply(document, random));
        }
        byte[] body = utf8(document.toString());
        // Faults on the bytes come last, after the tree is written.
        int byteFault = random.nextInt(8);
        if (byteFault == 0) {
            int cut = 1 + random.nextInt(body.length - 2);
            body = java.util.Arrays.copyOf(body, cut);
            faults.add(new Fault("truncated after " + cut + " bytes", "$"));
        } else if (byteFault == 1) {
            String marker = "\"venue\":\"";
            String text = new String(body, StandardCharsets.UTF_8);
            int at = text.indexOf(marker) + marker.length();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(utf8(text.substring(0, at)));
            out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
            out.writeBytes(utf8(text.substring(at)));
            body = out.toByteArray();
            faults.add(new Fault("invalid UTF-8 in the venue", "$.venue"));
        }
        return new Broken(body, faults);
    }

    private static final List<BiFunction<ObjectNode, SplittableRandom, Fault>> DOCUMENT_FAULTS = List.of(
            BrokenImportPropertyTest::unknownField,
            BrokenImportPropertyTest::numberForText,
            BrokenImportPropertyTest::overflowingNumber,
            BrokenImportPropertyTest::impossibleDate,
            BrokenImportPropertyTest::impossibleTime,
            BrokenImportPropertyTest::danglingReference,
            BrokenImportPropertyTest::duplicateId,
            BrokenImportPropertyTest::outOfRangePriority,
            BrokenImportPropertyTest::listForObject);

    private static Fault unknownField(ObjectNode doc, SplittableRandom random) {
        String[] lists = {"sessions", "tables", "participants"};
        String list = pick(random, lists);
        int index = random.nextInt(doc.get(list).size());
        String field = "hostile" + random.nextInt(1000);
        if (!(doc.get(list).get(index) instanceof ObjectNode element)) {
            // Another fault made it a list already.
            doc.put(field, "1");
            return new Fault("unknown field", "$." + field);
        }
        element.put(field, "1");
        return new Fault("unknown field", "$.%s[%d].%s".formatted(list, index, field));
    }

    private static Fault numberForText(ObjectNode doc, SplittableRandom random) {
        int index = random.nextInt(doc.get("participants").size());
        String field = random.nextBoolean() ? "name" : "organisation";
        ((ObjectNode) doc.get("participants").get(index)).put(field, random.nextInt());
        return new Fault("a number for text", "$.participants[%d].%s".formatted(index, field));
    }

    private static Fault overflowingNumber(ObjectNode doc, SplittableRandom random) {
        int index = random.nextInt(doc.get("sessions").size());
        String value = pick(random, new String[] {"100000000000000000000", "-100000000000000000000", "1e400"});
        ((ObjectNode) doc.get("sessions").get(index)).set("meetingMinutes",
                JSON.getNodeFactory().numberNode(new java.math.BigDecimal(value)));
        return new Fault("overflowing number " + value, "$.sessions[%d].meetingMinutes".formatted(index));
    }

    private static Fault impossibleDate(ObjectNode doc, SplittableRandom random) {
        int index = random.nextInt(doc.get("sessions").size());
        String date = pick(random, new String[] {"2018-02-30", "2019-02-29", "2018-13-01", "2018-06-31", "18-6-5"});
        ((ObjectNode) doc.get("sessions").get(index)).put("date", date);
        return new Fault("impossible date " + date, "$.sessions[%d].date".formatted(index));
    }

    private static Fault impossibleTime(ObjectNode doc, SplittableRandom random) {
        int index = random.nextInt(doc.get("sessions").size());
        String time = pick(random, new String[] {"25:00", "13:60", "1330", "noon"});
        ((ObjectNode) doc.get("sessions").get(index)).put("start", time);
        return new Fault("impossible time " + time, "$.sessions[%d].start".formatted(index));
    }

    private static Fault danglingReference(ObjectNode doc, SplittableRandom random) {
        ArrayNode requests = (ArrayNode) doc.get("requests");
        ObjectNode request = requests.addObject().put("id", "r-dangling" + requests.size()).put("from", "p-0")
                .put("to", "nobody-" + random.nextInt(1000)).put("priority", 3);
        return new Fault("a wish for an unknown participant " + request.get("to").asText(),
                "$.requests[%d].to".formatted(requests.size() - 1));
    }

    private static Fault duplicateId(ObjectNode doc, SplittableRandom random) {
        ArrayNode participants = (ArrayNode) doc.get("participants");
        int index = 1 + random.nextInt(participants.size() - 1);
        ((ObjectNode) participants.get(index)).set("id", participants.get(0).get("id"));
        return new Fault("a participant id given twice", "$.participants[%d].id".formatted(index));
    }

    private static Fault outOfRangePriority(ObjectNode doc, SplittableRandom random) {
        ArrayNode requests = (ArrayNode) doc.get("requests");
        int priority = pick(random, new Integer[] {0, 6, -1, Integer.MAX_VALUE});
        requests.addObject().put("id", "r-priority" + requests.size()).put("from", "p-1").put("to", "p-0")
                .put("priority", priority);
        return new Fault("priority " + priority, "$.requests[%d].priority".formatted(requests.size() - 1));
    }

    private static Fault listForObject(ObjectNode doc, SplittableRandom random) {
        int index = random.nextInt(doc.get("tables").size());
        ((ArrayNode) doc.get("tables")).set(index, JSON.createArrayNode().add("T99"));
        return new Fault("a list for a table", "$.tables[%d]".formatted(index));
    }

    // Participant sheets

    /** A valid sheet of 1-15 new participants, some with availability and wishes for the event's participants. */
    static List<List<String>> validSheet(SplittableRandom random) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ID", "Name", "Group", "E-mail", "Availability", "Wishes"));
        int count = 1 + random.nextInt(15);
        for (int i = 0; i < count; i++) {
            String group = GROUPS[random.nextInt(2)];
            String partner = group.equals(GROUPS[0]) ? "tw-0" + (1 + random.nextInt(2)) : "eu-0" + (1 + random.nextInt(2));
            rows.add(List.of("gen-" + i, pick(random, NAMES), group,
                    random.nextBoolean() ? "" : "gen" + i + "@example.org",
                    random.nextBoolean() ? "" : "pm 13:30-16:00",
                    random.nextBoolean() ? "" : partner + ":" + (1 + random.nextInt(5))));
        }
        return rows;
    }

    private static final List<String> COLUMNS = List.of("ID", "Name", "Group", "E-mail", "Availability", "Wishes");

    /** One to three faulty cells in random rows; a line number counts the header as line 1. */
    static Broken breakSheet(List<List<String>> valid, SplittableRandom random) {
        List<List<String>> rows = new ArrayList<>();
        valid.forEach(row -> rows.add(new ArrayList<>(row)));
        List<Fault> faults = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int row = 1 + random.nextInt(rows.size() - 1);
            int kind = random.nextInt(7);
            String column = switch (kind) {
                case 0 -> set(rows, row, "E-mail", pick(random, new String[] {"gen(at)example.org", "a@", "@b.c"}));
                case 1 -> set(rows, row, "Group", pick(random, new String[] {"Investor", "=1+1", "歐盟"}));
                case 2 -> set(rows, row, "Availability", pick(random,
                        new String[] {"pm 16:00-13:30", "am 09:00-10:30", "pm 25:00-26:00", "xx 13:30-14:00"}));
                case 3 -> set(rows, row, "Wishes", pick(random, new String[] {"nobody:3", "tw-01:7", "tw-01:0"}));
                // A duplicate is reported where it is met again, so copy an earlier row's id.
                case 4 -> set(rows, row, "ID", row > 1 ? rows.get(random.nextInt(1, row)).get(0) : "");
                case 5 -> set(rows, row, "ID", "");
                default -> set(rows, row, "Name", "");
            };
            faults.add(new Fault("bad " + column, "line %d, column \"%s\"".formatted(row + 1, column)));
        }
        return new Broken(utf8(csv(rows)), faults);
    }

    private static String set(List<List<String>> rows, int row, String column, String value) {
        rows.get(row).set(COLUMNS.indexOf(column), value);
        return column;
    }

    private static String csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                out.append(c == 0 ? "" : ",");
                out.append(cell.matches(".*[,;\"\\r\\n].*") ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static {
        System.out.printf(Locale.ROOT, "BrokenImportPropertyTest: first seed %d, %d cases%n", FIRST_SEED, CASES);
    }
}
