package org.matchday.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.matchday.security.AccessFixture;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Broken and hostile bodies on every endpoint that takes one, as the OpenAPI document lists them: each fault gets a
 * 4xx {@code application/problem+json} answer of the same type wherever it happens, naming the field, and the
 * database is the same afterwards.
 */
@QuarkusTest
@Tag("contract")
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** %test.matchday.import.max-bytes and matchday.body.max-bytes. */
    private static final int IMPORT_LIMIT = 2 * 1024 * 1024;
    private static final int BODY_LIMIT = 1024 * 1024;

    /** Who calls: the administrator, the event's organiser, or participant eu-01 through its link. */
    enum Who { ADMIN, ORGANISER, PARTICIPANT }

    /**
     * An endpoint that takes a body: a valid body to break, and the fields of it that hold text, a whole number and
     * a list (null when it has none), with the list's item and limit.
     */
    record Endpoint(String method, String path, Who caller, String body, String text, String number, String list,
            String item, int limit) {

        String operation() {
            return method + " " + path;
        }

        int bodyLimit() {
            return path.endsWith("/import") ? IMPORT_LIMIT : BODY_LIMIT;
        }
    }

    /** One kind of fault: the body it sends (null when the endpoint has no field of that kind) and the answer. */
    record Fault(String name, int status, String type, Function<Endpoint, byte[]> body,
            Function<Endpoint, String> path) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/accounts", Who.ADMIN,
                    "{\"username\": \"hostile-new\", \"password\": \"a long enough password\", \"role\": \"STAFF\"}",
                    "username", null, null, null, 0),
            new Endpoint("PUT", "/api/accounts/{username}/password", Who.ADMIN,
                    "{\"password\": \"another long password\"}", "password", null, null, null, 0),
            new Endpoint("PUT", "/api/accounts/me/password", Who.ORGANISER,
                    "{\"current\": \"a long enough password\", \"password\": \"another long password\"}",
                    "password", null, null, null, 0),
            new Endpoint("POST", "/api/events", Who.ORGANISER,
                    "{\"name\": \"New\", \"timezone\": \"Asia/Taipei\"}", "name", "version", null, null, 0),
            new Endpoint("POST", "/api/events/import", Who.ORGANISER, TestEvents.document("small-event.json"),
                    "venue", null, "participants", "{}", 20_000),
            new Endpoint("PUT", "/api/events/{eventId}", Who.ORGANISER,
                    "{\"name\": \"Renamed\", \"timezone\": \"Asia/Taipei\", \"version\": 0}", "name", "version", null,
                    null, 0),
            new Endpoint("POST", "/api/events/{eventId}/copy", Who.ORGANISER, "{\"name\": \"Copied\"}", "name",
                    null, null, null, 0),
            new Endpoint("POST", "/api/events/{eventId}/links", Who.ORGANISER, "{\"participants\": [\"eu-02\"]}",
                    null, null, "participants", "\"eu-02\"", 20_000),
            new Endpoint("POST", "/api/events/{eventId}/invitations", Who.ORGANISER,
                    "{\"participants\": [\"eu-02\"]}", null, null, "participants", "\"eu-02\"", 20_000),
            new Endpoint("PUT", "/api/events/{eventId}/meetings/{a}/{b}", Who.ORGANISER,
                    "{\"start\": \"2018-06-05T13:55\", \"table\": \"T01\", \"version\": 0}", "table", "version", null,
                    null, 0),
            new Endpoint("PUT", "/api/events/{eventId}/meetings/{a}/{b}/feedback", Who.PARTICIPANT,
                    "{\"held\": true, \"rating\": 4, \"interest\": \"FOLLOW_UP\"}", "note", "rating", null, null,
                    0),
            new Endpoint("PUT", "/api/events/{eventId}/meetings/{a}/{b}/outcome", Who.PARTICIPANT,
                    "{\"status\": \"AGREEMENT\", \"kinds\": [\"TECHNOLOGY\"]}", "story", null, "kinds",
                    "\"OTHER\"", 5),
            new Endpoint("PUT", "/api/events/{eventId}/meetings/{a}/{b}/held", Who.ORGANISER, "{\"held\": true}", null,
                    null, null, null, 0),
            new Endpoint("POST", "/api/events/{eventId}/meetings/quick", Who.ORGANISER,
                    "{\"participants\": [\"eu-01\", \"eu-02\"]}", null, null, "participants", "\"eu-02\"", 2),
            new Endpoint("POST", "/api/events/{eventId}/members", Who.ORGANISER, "{\"username\": \"admin\"}",
                    "username", null, null, null, 0),
            new Endpoint("POST", "/api/events/{eventId}/participants", Who.ORGANISER,
                    "{\"id\": \"p-new\", \"name\": \"New\"}", "name", "maxMeetings", "sectors", "\"ICT\"", 50),
            new Endpoint("POST", "/api/events/{eventId}/participants/group-change", Who.ORGANISER,
                    "{\"participants\": [\"eu-02\"], \"group\": \"Investors\"}", "group", null, "participants",
                    "\"eu-02\"", 20_000),
            new Endpoint("PUT", "/api/events/{eventId}/participants/{participantId}", Who.ORGANISER,
                    "{\"id\": \"eu-01\", \"name\": \"Renamed\", \"version\": 0}", "name", "version", "sectors",
                    "\"ICT\"", 50),
            new Endpoint("PUT", "/api/events/{eventId}/participants/{participantId}/availability", Who.PARTICIPANT,
                    "{\"availability\": [], \"version\": 0}", null, "version", "availability",
                    "{\"session\": \"pm\", \"from\": \"13:30\", \"to\": \"14:00\"}", 200),
            new Endpoint("PUT", "/api/events/{eventId}/participants/{participantId}/profile", Who.PARTICIPANT,
                    "{\"organisation\": \"New name\", \"version\": 0}", "organisation", "version", "sectors",
                    "\"ICT\"", 50),
            new Endpoint("PUT", "/api/events/{eventId}/phase", Who.ORGANISER, "{\"phase\": \"REGISTRATION\"}",
                    "phase", null, null, null, 0),
            new Endpoint("POST", "/api/events/{eventId}/requests", Who.ORGANISER,
                    "{\"id\": \"r-new\", \"from\": \"eu-02\", \"to\": \"tw-01\"}", "note", "priority", "sessions",
                    "\"pm\"", 1_000),
            new Endpoint("PUT", "/api/events/{eventId}/requests/{requestId}", Who.ORGANISER,
                    "{\"id\": \"r1\", \"from\": \"eu-01\", \"to\": \"tw-01\", \"version\": 0}", "note", "priority",
                    "sessions", "\"pm\"", 1_000),
            new Endpoint("PUT", "/api/events/{eventId}/reminders", Who.ORGANISER, "{\"agendaEvening\": true,"
                    + " \"agendaHour\": 18, \"noWish\": true, \"noWishDays\": 3, \"unanswered\": true,"
                    + " \"unansweredDays\": 3, \"expiry\": true, \"expiryDays\": 7}", null, "agendaHour", null,
                    null, 0),
            new Endpoint("PUT", "/api/events/{eventId}/rules", Who.ORGANISER, "{\"acceptanceRequired\": false}",
                    null, "maxWishesPerParticipant", "allowedPairs", "{\"from\": \"a\", \"to\": \"b\"}", 1_000),
            new Endpoint("POST", "/api/events/{eventId}/sessions", Who.ORGANISER,
                    "{\"id\": \"d2\", \"date\": \"2018-06-06\", \"start\": \"09:00\", \"end\": \"10:00\","
                            + " \"meetingMinutes\": 20}", "name", "meetingMinutes", "breaks",
                    "{\"start\": \"09:20\", \"end\": \"09:30\"}", 100),
            new Endpoint("PUT", "/api/events/{eventId}/sessions/{sessionId}", Who.ORGANISER,
                    "{\"id\": \"am\", \"date\": \"2018-06-05\", \"start\": \"09:00\", \"end\": \"11:00\","
                            + " \"meetingMinutes\": 20, \"version\": 0}", "name", "gapMinutes", "breaks",
                    "{\"start\": \"09:20\", \"end\": \"09:30\"}", 100),
            new Endpoint("PUT", "/api/events/{eventId}/solve/weights", Who.ORGANISER, "{\"weights\": {}}", null,
                    null, null, null, 0),
            new Endpoint("POST", "/api/events/{eventId}/suggestions/nudge", Who.ORGANISER,
                    "{\"minWishes\": 1, \"action\": \"MAIL\"}", null, "minWishes", null, null, 0),
            new Endpoint("PUT", "/api/events/{eventId}/suggestions/settings", Who.ORGANISER,
                    "{\"sectors\": [], \"mailNudge\": false, \"wishNudge\": false}", null, null, "sectors",
                    "{\"en\": \"Wind energy\"}", 200),
            new Endpoint("POST", "/api/events/{eventId}/tables", Who.ORGANISER, "{\"id\": \"T09\"}", "name", null,
                    null, null, 0),
            new Endpoint("POST", "/api/events/{eventId}/tables/batch", Who.ORGANISER,
                    "{\"count\": 2, \"pattern\": \"X{n}\"}", "pattern", "count", null, null, 0),
            new Endpoint("PUT", "/api/events/{eventId}/tables/{tableId}/host", Who.ORGANISER,
                    "{\"participant\": \"eu-02\"}", "participant", null, null, null, 0),
            new Endpoint("PUT", "/api/events/{eventId}/tables/{tableId}", Who.ORGANISER,
                    "{\"id\": \"T01\", \"name\": \"Renamed\", \"version\": 0}", "name", "version", null, null, 0),
            new Endpoint("POST", "/api/events/{eventId}/undo", Who.ORGANISER, "{\"action\": 1}", null, "action",
                    null, null, 0),
            new Endpoint("POST", "/api/events/{eventId}/wishes", Who.PARTICIPANT, "{\"to\": \"tw-02\"}", "note",
                    "priority", "sessions", "\"pm\"", 100));

    private static final String INVALID_BODY = "invalid-body";
    /** Endpoints where no body at all is valid: links for every participant, undoing the newest action. */
    private static final Set<String> OPTIONAL_BODY = Set.of("POST /api/events/{eventId}/links",
            "POST /api/events/{eventId}/invitations", "POST /api/events/{eventId}/undo");
    /** Takes a CSV or XLSX sheet, not JSON: ParticipantImportResourceTest and SheetFileTest feed it broken files. */
    private static final Set<String> NOT_JSON = Set.of("POST /api/events/{eventId}/participants/import");

    private static final List<Fault> FAULTS = List.of(
            new Fault("an empty body", 400, INVALID_BODY,
                    e -> OPTIONAL_BODY.contains(e.operation()) ? null : new byte[0], e -> "$"),
            new Fault("text that is not JSON", 400, INVALID_BODY, e -> utf8("{\"a\" 1}"), e -> "$"),
            new Fault("a truncated body", 400, INVALID_BODY,
                    e -> utf8(e.body().substring(0, e.body().length() / 2)), e -> "$"),
            new Fault("a list instead of an object", 400, INVALID_BODY, e -> utf8("[]"), e -> "$"),
            new Fault("an unknown field", 400, INVALID_BODY, e -> with(e, "hostile", "1"), e -> "$.hostile"),
            new Fault("something after the body", 400, INVALID_BODY, e -> utf8(e.body() + " {}"), e -> "$"),
            new Fault("a field given twice", 400, INVALID_BODY,
                    e -> e.text() == null ? null : with(e, e.text(), "\"a\", \"" + e.text() + "\": \"b\""),
                    e -> "$." + e.text()),
            new Fault("lists nested 40 deep", 400, INVALID_BODY,
                    e -> e.text() == null ? null : with(e, e.text(), "[".repeat(40) + "]".repeat(40)),
                    e -> "$." + e.text()),
            new Fault("invalid UTF-8", 400, INVALID_BODY, e -> e.text() == null ? null
                    : with(e, e.text(), new byte[] {'"', 'a', (byte) 0xFF, (byte) 0xFE, 'b', '"'}), e -> "$." + e.text()),
            new Fault("a number for text", 400, INVALID_BODY,
                    e -> e.text() == null ? null : with(e, e.text(), "42"), e -> "$." + e.text()),
            new Fault("an object for text", 400, INVALID_BODY,
                    e -> e.text() == null ? null : with(e, e.text(), "{\"$ne\": null}"), e -> "$." + e.text()),
            new Fault("10^20 for a whole number", 400, INVALID_BODY,
                    e -> e.number() == null ? null : with(e, e.number(), "100000000000000000000"), e -> "$." + e.number()),
            new Fault("1e400 for a whole number", 400, INVALID_BODY,
                    e -> e.number() == null ? null : with(e, e.number(), "1e400"), e -> "$." + e.number()),
            new Fault("a 200-digit number", 400, INVALID_BODY,
                    e -> e.number() == null ? null : with(e, e.number(), "9".repeat(200)), e -> "$." + e.number()),
            new Fault("a fraction for a whole number", 400, INVALID_BODY,
                    e -> e.number() == null ? null : with(e, e.number(), "2.5"), e -> "$." + e.number()),
            new Fault("text for a whole number", 400, INVALID_BODY,
                    e -> e.number() == null ? null : with(e, e.number(), "\"3\""), e -> "$." + e.number()),
            new Fault("a list over its limit", 400, INVALID_BODY, e -> e.list() == null ? null
                    : with(e, e.list(), Stream.generate(e::item).limit(e.limit() + 1L)
                    .collect(Collectors.joining(",", "[", "]"))), e -> "$." + e.list()),
            new Fault("a body over the size limit", 413, "payload-too-large",
                    e -> with(e, "padding", "\"" + "x".repeat(e.bodyLimit()) + "\""), e -> null));

    private AccessFixture fixture;

    @Test
    void everyEndpointWithABodyIsWalked() {
        JsonPath openApi = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Set<String> withBody = new TreeSet<>();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (operation instanceof Map<?, ?> op && op.containsKey("requestBody")) {
                withBody.add(method.toUpperCase() + " " + path);
            }
        }));
        withBody.removeAll(NOT_JSON);
        assertEquals(withBody, ENDPOINTS.stream().map(Endpoint::operation).collect(Collectors.toCollection(TreeSet::new)),
                "the endpoints taking a body in the OpenAPI document and those this test walks");
    }

    @TestFactory
    Stream<DynamicTest> everyFaultIsAProblemNamingTheFieldAndChangesNothing() {
        fixture = AccessFixture.create();
        String before = snapshot(fixture.eventId);
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            for (Fault fault : FAULTS) {
                byte[] body = fault.body().apply(endpoint);
                if (body != null) {
                    tests.add(DynamicTest.dynamicTest(endpoint.operation() + " with " + fault.name(),
                            () -> assertRefused(endpoint, fault, body)));
                }
            }
            tests.add(DynamicTest.dynamicTest(endpoint.operation() + " with a text/plain body",
                    () -> assertProblem(endpoint.operation() + " with text/plain",
                            call(endpoint, "text/plain", utf8(endpoint.body())), 415, "http-415", null)));
        }
        tests.add(DynamicTest.dynamicTest("the database is unchanged",
                () -> assertEquals(before, snapshot(fixture.eventId))));
        return tests.stream();
    }

    private void assertRefused(Endpoint endpoint, Fault fault, byte[] body) {
        Response response = call(endpoint, "application/json", body);
        assertProblem(endpoint.operation() + " with " + fault.name(), response, fault.status(), fault.type(),
                fault.path().apply(endpoint));
    }

    /** The answer is the problem expected, and names {@code path} (a field, or {@code $} for the whole body). */
    static void assertProblem(String what, Response response, int status, String type, String path) {
        String answer = what + ": " + response.statusCode() + " " + response.asString();
        assertEquals(status, response.statusCode(), answer);
        assertTrue(response.contentType().startsWith("application/problem+json"), answer);
        assertEquals("urn:matchday:problem:" + type, response.jsonPath().getString("type"), answer);
        assertEquals(status, response.jsonPath().getInt("status"), answer);
        if (path != null) {
            List<String> paths = response.jsonPath().getList("errors.path");
            assertTrue(paths != null && paths.stream().anyMatch(p -> p.equals(path) || p.startsWith(path + ".")
                    || p.startsWith(path + "[")), "no error names " + path + ": " + answer);
        }
    }

    private Response call(Endpoint endpoint, String contentType, byte[] body) {
        String url = endpoint.path().replace("{eventId}", Long.toString(fixture.eventId))
                .replace("{participantId}", AccessFixture.PARTICIPANT_A).replace("{a}", AccessFixture.PARTICIPANT_A)
                .replace("{b}", AccessFixture.PARTICIPANT_B).replace("{requestId}", "r1")
                .replace("{sessionId}", "am").replace("{tableId}", "T01").replace("{username}", fixture.organiser);
        RequestSpecification request = switch (endpoint.caller()) {
            case ADMIN -> given();
            case ORGANISER -> AccessFixture.as(fixture.organiser);
            case PARTICIPANT -> AccessFixture.withToken(fixture.tokenA);
        };
        return request.contentType(contentType).body(body).request(endpoint.method(), url);
    }

    /** What an organiser could see change: the event, its elements with their versions, accounts and events. */
    static String snapshot(long eventId) {
        StringBuilder all = new StringBuilder();
        for (String path : List.of("/api/events", "/api/accounts", "/api/events/{id}/export", "/api/events/{id}",
                "/api/events/{id}/participants", "/api/events/{id}/requests", "/api/events/{id}/sessions",
                "/api/events/{id}/tables", "/api/events/{id}/meetings", "/api/events/{id}/members",
                "/api/events/{id}/rules", "/api/events/{id}/solve/weights")) {
            String url = path.replace("{id}", Long.toString(eventId));
            all.append(url).append('\n').append(given().get(url).then().statusCode(200).extract().asString())
                    .append('\n');
        }
        return all.toString();
    }

    /** The endpoint's valid body with {@code field} set to the raw JSON {@code value}. */
    private static byte[] with(Endpoint endpoint, String field, String value) {
        return with(endpoint, field, utf8(value));
    }

    private static byte[] with(Endpoint endpoint, String field, byte[] value) {
        try {
            ObjectNode rest = (ObjectNode) JSON.readTree(endpoint.body());
            rest.remove(field);
            String others = rest.isEmpty() ? "" : ", " + JSON.writeValueAsString(rest).substring(1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(utf8("{\"" + field + "\": "));
            out.writeBytes(value);
            out.writeBytes(utf8(others.isEmpty() ? "}" : others));
            return out.toByteArray();
        } catch (Exception e) {
            return fail(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
