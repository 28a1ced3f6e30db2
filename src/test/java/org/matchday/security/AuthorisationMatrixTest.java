package org.matchday.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every operation of the OpenAPI document, called by every kind of caller, answers what the matrix in
 * docs/security.md says. The table in the docs is the expectation: a new endpoint without a row, or a row that the
 * code does not honour, fails the build.
 */
@QuarkusTest
class AuthorisationMatrixTest {

    private static final Path DOC = Path.of("docs/security.md");
    private static final Pattern ROW = Pattern.compile(
            "^\\| (GET|POST|PUT|DELETE) \\| `([^`]+)` \\| (\\w+) \\| (.+) \\|$");
    private static final List<String> CALLERS = List.of("anon", "A", "B", "staff", "other", "org", "disabled",
            "expired");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete");
    /** Values for path parameters: the participant named is always A, and every id exists in the fixture event. */
    private static final Map<String, String> PARAMETERS = Map.of("participantId", AccessFixture.PARTICIPANT_A,
            "sessionId", "am", "tableId", "T01", "requestId", "r1", "a", AccessFixture.PARTICIPANT_A,
            "b", AccessFixture.PARTICIPANT_B, "username", "nobody-by-that-name");

    record Row(String method, String path, String rule, Map<String, String> expected) {
        String operation() {
            return method + " " + path;
        }
    }

    @Test
    void theMatrixListsEveryOperationOfTheApi() throws IOException {
        Set<String> documented = new TreeSet<>();
        JsonPath openApi = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        paths.forEach((path, operations) -> operations.keySet().stream().filter(METHODS::contains)
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));
        Set<String> inMatrix = new TreeSet<>();
        matrix().forEach(row -> inMatrix.add(row.operation()));
        assertEquals(documented, inMatrix, "docs/security.md's matrix and the OpenAPI document");
    }

    @Test
    void everyCallerGetsWhatTheMatrixSays() throws IOException {
        AccessFixture cast = AccessFixture.create();
        List<String> mismatches = new ArrayList<>();
        for (Row row : matrix()) {
            // A fresh event per operation: the allowed organiser, called last, may delete what it calls.
            AccessFixture f = cast.anotherEvent();
            String expiredToken = AccessFixture.link(f.organiser, f.eventId, AccessFixture.PARTICIPANT_A);
            AccessResourceTest.expire(expiredToken);
            Map<String, Function<Void, RequestSpecification>> callers = new LinkedHashMap<>();
            callers.put("anon", v -> AccessFixture.anonymous());
            callers.put("A", v -> AccessFixture.withToken(f.tokenA));
            callers.put("B", v -> AccessFixture.withToken(f.tokenB));
            callers.put("staff", v -> AccessFixture.as(f.staff));
            callers.put("other", v -> AccessFixture.as(f.otherOrganiser));
            callers.put("disabled", v -> AccessFixture.as(f.disabled));
            callers.put("expired", v -> AccessFixture.withToken(expiredToken));
            callers.put("org", v -> AccessFixture.as(f.organiser));
            for (Map.Entry<String, Function<Void, RequestSpecification>> caller : callers.entrySet()) {
                String expected = row.expected().get(caller.getKey());
                Response response = call(caller.getValue().apply(null), row, f.eventId);
                String problem = judge(expected, response, f.eventId);
                if (problem != null) {
                    mismatches.add(row.operation() + " as " + caller.getKey() + ": expected " + expected + ", "
                            + problem);
                }
            }
        }
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    private static Response call(RequestSpecification request, Row row, long eventId) {
        String url = row.path().replace("{eventId}", Long.toString(eventId));
        for (Map.Entry<String, String> parameter : PARAMETERS.entrySet()) {
            url = url.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        if (url.endsWith("/solve") && row.method().equals("POST")) {
            url += "?seconds=1";
        }
        RequestSpecification spec = request.redirects().follow(false);
        if (row.method().equals("POST") || row.method().equals("PUT")) {
            spec = spec.contentType(ContentType.JSON).body("{}");
        }
        return spec.request(row.method(), url);
    }

    /** Null when the answer is what the matrix expects, else what it was. */
    private static String judge(String expected, Response response, long eventId) {
        int status = response.statusCode();
        String detail = problemDetail(response);
        boolean hidden = status == 404 && ("There is no event " + eventId + ".").equals(detail);
        if (expected.equals("✓")) {
            return status == 401 || status == 403 || hidden ? "got " + status + " " + detail : null;
        }
        int wanted = Integer.parseInt(expected);
        if (status != wanted) {
            return "got " + status + " " + detail;
        }
        if (!response.contentType().startsWith("application/problem+json")) {
            return "got " + status + " without a problem body";
        }
        return wanted == 404 && !hidden ? "got a 404 that is not the missing event's: " + detail : null;
    }

    private static String problemDetail(Response response) {
        String type = response.contentType();
        return type != null && type.startsWith("application/problem+json")
                ? response.jsonPath().getString("detail") : null;
    }

    static List<Row> matrix() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(DOC)) {
            Matcher m = ROW.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            String[] cells = m.group(4).split("\\s*\\|\\s*");
            if (cells.length != CALLERS.size()) {
                fail("Row " + line + " has " + cells.length + " callers, not " + CALLERS.size());
            }
            Map<String, String> expected = new LinkedHashMap<>();
            for (int i = 0; i < cells.length; i++) {
                expected.put(CALLERS.get(i), cells[i].strip());
            }
            rows.add(new Row(m.group(1), m.group(2), m.group(3), expected));
        }
        assertTrue(rows.size() > 50, "rows read from " + DOC + ": " + rows.size());
        return rows;
    }
}
