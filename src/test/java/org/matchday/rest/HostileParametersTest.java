package org.matchday.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchday.security.AccessFixture;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matchday.rest.HostileInputTest.assertProblem;
import static org.matchday.rest.HostileInputTest.snapshot;
import static org.matchday.security.AccessFixture.as;
import static org.matchday.security.AccessFixture.withToken;

/**
 * Bad query and path parameters, impossible dates and the ids of another event: each is a 4xx problem naming the
 * parameter or field, and nothing changes.
 */
@QuarkusTest
@Tag("contract")
class HostileParametersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INJECTION = "%27%3B%20DROP%20TABLE%20participant%3B--";
    private static final String SCRIPT = "%3Cscript%3Ealert(1)%3C%2Fscript%3E";

    /** Method, URL ({id} is the event) and the parameter the problem must name. */
    private static final List<String[]> BAD_PARAMETERS = List.of(
            new String[] {"GET", "/api/events/{id}/participants?page=-1", "page"},
            new String[] {"GET", "/api/events/{id}/participants?page=99999999999", "page"},
            new String[] {"GET", "/api/events/{id}/participants?page=" + INJECTION, "page"},
            new String[] {"GET", "/api/events/{id}/participants?size=0", "size"},
            new String[] {"GET", "/api/events/{id}/participants?size=201", "size"},
            new String[] {"GET", "/api/events/{id}/participants?size=1e3", "size"},
            new String[] {"GET", "/api/events/{id}/participants?size=%00", "size"},
            new String[] {"GET", "/api/events/{id}/participants?sort=" + INJECTION, "sort"},
            new String[] {"GET", "/api/events/{id}/participants?sort=" + SCRIPT, "sort"},
            new String[] {"GET", "/api/events/{id}/participants?sort=%FF%FE", "sort"},
            new String[] {"POST", "/api/events/{id}/solve?seconds=-1", "seconds"},
            new String[] {"POST", "/api/events/{id}/solve?seconds=1e3", "seconds"},
            new String[] {"POST", "/api/events/{id}/solve?seconds=100000000000000000000", "seconds"},
            new String[] {"POST", "/api/events/{id}/solve?seconds=%FF", "seconds"},
            new String[] {"POST", "/api/events/{id}/solve?from=" + INJECTION, "from"},
            new String[] {"POST", "/api/events/{id}/solve?from=2018-02-30T13:30", "from"},
            new String[] {"POST", "/api/events/{id}/solve?from=15%3A30", "from"},
            new String[] {"POST", "/api/events/{id}/solve?from=2099-01-01T10:00", "from"},
            new String[] {"POST", "/api/events/{id}/solve?seconds=5&from=%00", "from"},
            new String[] {"GET", "/api/events/{id}/agendas.pdf?order=" + SCRIPT, "order"},
            new String[] {"GET", "/api/events/{id}/agendas.zip?order=name%00", "order"},
            new String[] {"GET", "/api/events/{id}/agendas.zip?formats=pdf," + SCRIPT, "formats"},
            new String[] {"GET", "/api/events/{id}/participants/eu-01/agenda.pdf?lang=" + SCRIPT, "lang"},
            new String[] {"GET", "/api/events/{id}/participants/eu-01/agenda.ics?lang=xx", "lang"},
            new String[] {"GET", "/api/events/{id}/table-sheets.pdf?lang=" + INJECTION, "lang"},
            new String[] {"GET", "/api/events/{id}/tables/T01/sheet.pdf?lang=de", "lang"},
            new String[] {"GET", "/api/events/{id}/participants.csv?lang=" + SCRIPT, "lang"},
            new String[] {"GET", "/api/events/{id}/participants.xlsx?lang=fr", "lang"},
            new String[] {"GET", "/api/events/{id}/participant-template.csv?lang=" + INJECTION, "lang"},
            new String[] {"GET", "/api/events/{id}/participant-template.xlsx?lang=%00", "lang"},
            new String[] {"GET", "/api/events/{id}/participants/eu-01/suggestions?limit=0", "limit"},
            new String[] {"GET", "/api/events/{id}/participants/eu-01/suggestions?limit=51", "limit"},
            new String[] {"GET", "/api/events/{id}/participants/eu-01/suggestions?limit=1e3", "limit"},
            new String[] {"GET", "/api/events/{id}/participants/eu-01/suggestions?limit=" + INJECTION, "limit"},
            new String[] {"GET", "/api/events/{id}/participants/eu-01/suggestions?lang=" + SCRIPT, "lang"},
            new String[] {"GET", "/api/events/{id}/outcomes.xlsx?lang=" + SCRIPT, "lang"},
            new String[] {"GET", "/api/events/{id}/outcomes.pdf?lang=" + INJECTION, "lang"},
            new String[] {"GET", "/api/events/1e3", "eventId"},
            new String[] {"GET", "/api/events/" + INJECTION + "/export", "eventId"},
            new String[] {"PUT", "/api/events/100000000000000000000/phase", "eventId"});

    /** The operations BAD_PARAMETERS gives bad query parameters to. */
    private static final Set<String> WALKED = Set.of("GET /api/events/{eventId}/participants",
            "POST /api/events/{eventId}/solve", "GET /api/events/{eventId}/agendas.pdf",
            "GET /api/events/{eventId}/agendas.zip", "GET /api/events/{eventId}/participants/{participantId}/agenda.pdf",
            "GET /api/events/{eventId}/participants/{participantId}/agenda.ics",
            "GET /api/events/{eventId}/table-sheets.pdf", "GET /api/events/{eventId}/tables/{tableId}/sheet.pdf",
            "GET /api/events/{eventId}/participants.csv", "GET /api/events/{eventId}/participants.xlsx",
            "GET /api/events/{eventId}/participant-template.csv",
            "GET /api/events/{eventId}/participant-template.xlsx",
            "GET /api/events/{eventId}/participants/{participantId}/suggestions",
            "GET /api/events/{eventId}/outcomes.xlsx",
            "GET /api/events/{eventId}/outcomes.pdf");

    @Test
    void everyEndpointWithAQueryParameterIsWalked() {
        JsonPath openApi = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Set<String> withQuery = new TreeSet<>();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (operation instanceof Map<?, ?> op && op.get("parameters") instanceof List<?> parameters
                    && parameters.stream().anyMatch(p -> p instanceof Map<?, ?> m && "query".equals(m.get("in")))) {
                withQuery.add(method.toUpperCase() + " " + path);
            }
        }));
        assertEquals(withQuery, new TreeSet<>(WALKED), "the endpoints with query parameters in the OpenAPI document");
    }

    @Test
    void badParametersAreTheInvalidParameterProblemNamingThemAndChangeNothing() {
        long id = TestEvents.importFixture("small-event.json");
        String before = snapshot(id);
        for (String[] bad : BAD_PARAMETERS) {
            String url = bad[1].replace("{id}", Long.toString(id));
            Response response = given().urlEncodingEnabled(false).request(bad[0], url);
            assertProblem(bad[0] + " " + url, response, 400, "invalid-parameter", bad[2]);
            assertEquals(bad[2], response.jsonPath().getString("errors[0].path"), response.asString());
        }
        given().get("/api/events/{id}/solve", id).then().statusCode(200).body("status", equalTo("NOT_SOLVING"));
        assertEquals(before, snapshot(id));
    }

    @Test
    void freeTextParametersAreTextNotQueries() {
        long id = TestEvents.importFixture("small-event.json");
        for (String parameter : List.of("q", "group", "country", "sector")) {
            for (String value : List.of(INJECTION, SCRIPT, "%25", "_", "%27%20OR%20%271%27%3D%271", "%FF")) {
                given().urlEncodingEnabled(false).get("/api/events/" + id + "/participants?" + parameter + "=" + value)
                        .then().statusCode(200).header("X-Total-Count", "0").body("$", empty());
            }
        }
    }

    @Test
    void impossibleDatesAndTimesAreRefusedAtTheirPath() throws Exception {
        AccessFixture f = AccessFixture.create();
        String before = snapshot(f.eventId);
        String session = "{\"id\": \"d2\", \"date\": \"%s\", \"start\": \"%s\", \"end\": \"%s\", \"meetingMinutes\": 20}";
        refused(as(f.organiser).contentType(ContentType.JSON).body(session.formatted("2018-02-30", "09:00", "10:00"))
                .post("/api/events/{id}/sessions", f.eventId), "$.date");
        refused(as(f.organiser).contentType(ContentType.JSON).body(session.formatted("2018-13-01", "09:00", "10:00"))
                .post("/api/events/{id}/sessions", f.eventId), "$.date");
        refused(as(f.organiser).contentType(ContentType.JSON).body(session.formatted("2018-06-06", "24:00", "10:00"))
                .post("/api/events/{id}/sessions", f.eventId), "$.start");
        refused(as(f.organiser).contentType(ContentType.JSON).body(session.formatted("2018-06-06", "09:00", "10:60"))
                .post("/api/events/{id}/sessions", f.eventId), "$.end");
        refused(as(f.organiser).contentType(ContentType.JSON)
                .body("{\"start\": \"2018-02-30T13:30\", \"table\": \"T01\"}")
                .put("/api/events/{id}/meetings/eu-01/tw-01", f.eventId), "$.start");
        refused(withToken(f.tokenA).contentType(ContentType.JSON)
                .body("{\"availability\": [{\"session\": \"pm\", \"from\": \"25:00\", \"to\": \"14:00\"}]}")
                .put("/api/events/{id}/participants/eu-01/availability", f.eventId), "$.availability[0].from");
        ObjectNode doc = (ObjectNode) JSON.readTree(TestEvents.document("small-event.json"));
        ((ObjectNode) doc.withArray("sessions").get(0)).put("date", "2018-02-29");
        refused(as(f.organiser).contentType(ContentType.JSON).body(doc.toString()).post("/api/events/import"),
                "$.sessions[0].date");
        assertEquals(before, snapshot(f.eventId));
    }

    @Test
    void idsOfAnotherEventAreUnknownHere() throws Exception {
        AccessFixture f = AccessFixture.create();
        as(f.organiser).contentType(ContentType.JSON).body(Map.of("phase", "WISHES_OPEN"))
                .put("/api/events/{id}/phase", f.eventId).then().statusCode(200);
        ObjectNode doc = (ObjectNode) JSON.readTree(TestEvents.document("small-event.json"));
        doc.withArray("participants").addObject().put("id", "only-there").put("name", "Only in the other event");
        long other = TestEvents.importEvent(doc.toString());
        String before = snapshot(f.eventId);
        String otherBefore = snapshot(other);

        String participant = "{\"id\": \"eu-01\", \"name\": \"Taken over\", \"version\": 0}";
        hidden(as(f.organiser).get("/api/events/{id}/export", other), other);
        hidden(as(f.organiser).contentType(ContentType.JSON).body(participant)
                .put("/api/events/{id}/participants/eu-01", other), other);
        hidden(as(f.organiser).contentType(ContentType.JSON)
                .body("{\"start\": \"2018-06-05T13:55\", \"table\": \"T01\"}")
                .put("/api/events/{id}/meetings/eu-01/tw-01", other), other);
        hidden(withToken(f.tokenA).contentType(ContentType.JSON).body("{\"to\": \"tw-02\"}")
                .post("/api/events/{id}/wishes", other), other);

        refused(as(f.organiser).contentType(ContentType.JSON)
                .body("{\"id\": \"r-x\", \"from\": \"only-there\", \"to\": \"eu-01\"}")
                .post("/api/events/{id}/requests", f.eventId), "$.from");
        refused(withToken(f.tokenA).contentType(ContentType.JSON).body("{\"to\": \"only-there\"}")
                .post("/api/events/{id}/wishes", f.eventId), "$.to");
        refused(as(f.organiser).contentType(ContentType.JSON).body("{\"participants\": [\"only-there\"]}")
                .post("/api/events/{id}/links", f.eventId), "$.participants[0]");
        assertProblem("a meeting of the other event", as(f.organiser).contentType(ContentType.JSON)
                .body("{\"start\": \"2018-06-05T13:55\", \"table\": \"T01\"}")
                .put("/api/events/{id}/meetings/only-there/eu-01", f.eventId), 404, "not-found", null);

        assertEquals(before, snapshot(f.eventId));
        assertEquals(otherBefore, snapshot(other));
    }

    private static void refused(Response response, String path) {
        assertProblem(path, response, 400, "invalid-body", path);
    }

    /** Someone else's event answers exactly as a missing one does. */
    private static void hidden(Response response, long eventId) {
        assertProblem("event " + eventId, response, 404, "not-found", null);
        assertEquals("There is no event " + eventId + ".", response.jsonPath().getString("detail"));
    }
}
