package org.matchday.security;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.matchday.config.SettableClock;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.matchday.rest.TestEvents;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import jakarta.ws.rs.HttpMethod;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every route the application serves, API and pages, called with every kind of credential, answers what the matrix in
 * docs/security.md says. The routes are read from the JAX-RS resource and page classes themselves (their @Path and
 * HTTP method annotations), not from the OpenAPI document, which hides the pages: a new route without a row, or a row
 * that the code does not honour, fails the build.
 */
@QuarkusTest
@Tag("contract")
class AuthorisationMatrixTest {

    /** The small event's afternoon is still ahead, so that a meeting can be booked on the spot. */
    private static final Instant BEFORE_THE_AFTERNOON = Instant.parse("2018-06-05T04:00:00Z");

    @Inject
    SettableClock clock;

    private static final Path DOC = Path.of("docs/security.md");
    private static final Pattern ROW = Pattern.compile(
            "^\\| (GET|POST|PUT|DELETE|PATCH|HEAD) \\| `([^`]+)` \\| (\\w+) \\| (.+) \\|$");
    private static final List<String> CALLERS = List.of("anon", "A", "B", "A cookie", "staff", "other", "org",
            "session", "disabled", "expired", "revoked");
    /** A path parameter with a pattern, {name: regex}, as the router knows it by its name alone. */
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*(\\w+)\\s*:[^}]*}");
    /** Callers whose token no longer works. */
    private static final Set<String> STALE = Set.of("expired", "revoked");
    /** Updates that must name the version they were read at. */
    private static final Set<String> VERSIONED = Set.of("PUT /api/events/{eventId}",
            "PUT /api/events/{eventId}/participants/{participantId}", "PUT /api/events/{eventId}/requests/{requestId}",
            "PUT /api/events/{eventId}/sessions/{sessionId}", "PUT /api/events/{eventId}/tables/{tableId}");
    /** Numbers for the names of what the calls create. */
    private static final AtomicInteger NEXT = new AtomicInteger();
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
    void theMatrixListsEveryRouteTheApplicationServes() throws IOException {
        Set<String> inMatrix = new TreeSet<>();
        matrix().forEach(row -> inMatrix.add(row.operation()));
        Set<String> served = servedRoutes();
        assertTrue(served.size() > 100, "routes found: " + served);
        assertEquals(served, inMatrix, "the routes of the resource and page classes, and docs/security.md's matrix");
        // The pages and the calendar feed that the OpenAPI document hides are among them.
        assertTrue(served.containsAll(List.of("GET /p/{token}/agenda.ics", "GET /events/{eventId}/schedule",
                "POST /api/events/{eventId}/participants/import", "GET /")), served.toString());
    }

    /** Every route of the application's JAX-RS classes (resources and pages), as METHOD /path. */
    static Set<String> servedRoutes() throws IOException {
        Path classes = Path.of("target/classes");
        Set<String> routes = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes.resolve("org/matchday"))) {
            files = walk.filter(f -> f.toString().endsWith(".class")).toList();
        }
        ClassLoader loader = AuthorisationMatrixTest.class.getClassLoader();
        for (Path file : files) {
            String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                for (Annotation annotation : method.getAnnotations()) {
                    HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                        routes.add(http.value() + " " + join(base.value(), sub == null ? "" : sub.value()));
                    }
                }
            }
        }
        return routes;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return TEMPLATE.matcher(path).replaceAll("{$1}");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void everyCallerGetsWhatTheMatrixSays() throws IOException {
        clock.set(BEFORE_THE_AFTERNOON);
        AccessFixture cast = AccessFixture.create();
        // The organiser's session cookie from the login form, as a browser holds it: a new login for every call,
        // since logging out, a new password or "log out everywhere" end the sessions before them.
        Supplier<String> session = () -> {
            String cookie = AccessFixture.anonymous().redirects().follow(false)
                    .formParam("j_username", cast.organiser).formParam("j_password", AccessFixture.PASSWORD)
                    .post("/j_security_check").then().statusCode(302).extract().cookie(Sessions.COOKIE);
            assertTrue(cookie != null && !cookie.isEmpty(), "no session cookie from the login form");
            return cookie;
        };
        List<String> mismatches = new ArrayList<>();
        StringBuilder observed = new StringBuilder();
        for (Row row : matrix()) {
            // A fresh event per route, for the callers that only read it or are refused.
            AccessFixture f = cast.anotherEvent();
            String expiredToken = AccessFixture.link(f.organiser, f.eventId, AccessFixture.PARTICIPANT_A);
            AccessResourceTest.expire(expiredToken);
            // Revoking takes all of a participant's links: the revoked one is eu-02's, A's keep working.
            String revokedToken = AccessFixture.link(f.organiser, f.eventId, "eu-02");
            AccessFixture.as(f.organiser).delete("/api/events/{eventId}/participants/eu-02/link", f.eventId)
                    .then().statusCode(204);
            Map<String, String> made = prepare(row, f);
            Map<String, String> seen = new LinkedHashMap<>();
            for (String caller : CALLERS) {
                String expected = row.expected().get(caller);
                // Each caller allowed to change something gets an event of its own: the first may delete it.
                AccessFixture own = f;
                Map<String, String> ownMade = made;
                if (expected.equals("✓") && !row.method().equals("GET")) {
                    own = cast.anotherEvent();
                    ownMade = prepare(row, own);
                }
                Credential who = callers(own, expiredToken, revokedToken, session).get(caller);
                // A link or a calendar feed carries a stale token in its path alone, as a browser or a calendar does.
                RequestSpecification request = row.path().contains("{token}") && STALE.contains(caller)
                        ? AccessFixture.anonymous() : who.request().get();
                Response response = call(request, row, caller, own, who.token(), ownMade);
                String location = response.header("Location");
                seen.put(caller, response.statusCode() + (location == null ? ""
                        : " → " + URI.create(location).getPath()));
                String problem = judge(expected, response, own.eventId, row);
                if (problem != null) {
                    mismatches.add(row.operation() + " as " + caller + ": expected " + expected + ", " + problem);
                }
            }
            observed.append("| ").append(row.method()).append(" | `").append(row.path()).append("` | ")
                    .append(row.rule());
            CALLERS.forEach(c -> observed.append(" | ").append(seen.get(c)));
            observed.append(" |\n");
        }
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches) + "\nanswers seen:\n" + observed);
    }

    /** Every kind of credential, for the event of {@code f}. */
    private static Map<String, Credential> callers(AccessFixture f, String expiredToken, String revokedToken,
            Supplier<String> session) {
        Map<String, Credential> callers = new LinkedHashMap<>();
        callers.put("anon", new Credential(AccessFixture::anonymous, f.tokenA));
        callers.put("A", new Credential(() -> AccessFixture.withToken(f.tokenA), f.tokenA));
        callers.put("B", new Credential(() -> AccessFixture.withToken(f.tokenB), f.tokenB));
        callers.put("A cookie", new Credential(() -> AccessFixture.anonymous().cookie("matchday-link", f.tokenA),
                f.tokenA));
        callers.put("staff", new Credential(() -> AccessFixture.as(f.staff), f.tokenA));
        callers.put("other", new Credential(() -> AccessFixture.as(f.otherOrganiser), f.tokenA));
        callers.put("disabled", new Credential(() -> AccessFixture.as(f.disabled), f.tokenA));
        callers.put("expired", new Credential(() -> AccessFixture.withToken(expiredToken), expiredToken));
        callers.put("revoked", new Credential(() -> AccessFixture.withToken(revokedToken), revokedToken));
        callers.put("session", new Credential(() -> AccessFixture.anonymous().cookie(Sessions.COOKIE, session.get()),
                f.tokenA));
        callers.put("org", new Credential(() -> AccessFixture.as(f.organiser), f.tokenA));
        return callers;
    }

    /** A kind of credential, and the token it puts in a path that names one ({token}): its own, else A's. */
    record Credential(Supplier<RequestSpecification> request, String token) {
    }

    private static Response call(RequestSpecification request, Row row, String caller, AccessFixture f, String token,
            Map<String, String> made) {
        Map<String, String> parameters = new LinkedHashMap<>(PARAMETERS);
        parameters.putAll(made);
        switch (row.operation()) {
            // An account that exists and may be disabled; a member of the event; a table and a session no meeting uses.
            case "POST /api/accounts/{username}/disable", "POST /api/accounts/{username}/enable",
                    "DELETE /api/accounts/{username}/sessions", "PUT /api/accounts/{username}/password" ->
                    parameters.put("username", AccessFixture.account("target-" + NEXT.incrementAndGet(), "STAFF"));
            case "DELETE /api/events/{eventId}/members/{username}" -> parameters.put("username", f.staff);
            case "DELETE /api/events/{eventId}/tables/{tableId}" -> parameters.put("tableId", "T03");
            default -> { }
        }
        String url = row.path().replace("{eventId}", Long.toString(f.eventId)).replace("{token}", token);
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            url = url.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        if (url.endsWith("/solve") && row.method().equals("POST")) {
            url += "?seconds=1";
        }
        RequestSpecification spec = request.redirects().follow(false);
        if (!row.path().startsWith("/api/") && !row.path().endsWith(".ics")) {
            // Pages are asked for as a browser asks; the calendar feed as a calendar does.
            spec = spec.accept("text/html");
        }
        if (row.operation().equals("POST /events/import")) {
            return spec.multiPart("file", "event.json", TestEvents.document("small-event.json").getBytes(
                    StandardCharsets.UTF_8), "application/json").post(url);
        }
        if (row.operation().equals("POST /j_security_check")) {
            return spec.contentType(ContentType.URLENC).formParam("j_username", f.organiser)
                    .formParam("j_password", AccessFixture.PASSWORD).post(url);
        }
        if (row.operation().equals("POST /api/events/{eventId}/participants/import")) {
            return spec.contentType("text/csv").body("id,name\nnew-" + NEXT.incrementAndGet() + ",New participant\n")
                    .post(url);
        }
        if (row.method().equals("POST") || row.method().equals("PUT")) {
            String body = body(row, caller);
            if (VERSIONED.contains(row.operation())) {
                // An update names the version it was read at, as every client does.
                long version = AccessFixture.as(f.organiser).get(url).then().statusCode(200).extract().jsonPath()
                        .getLong("version");
                body = body.substring(0, body.lastIndexOf('}')) + ", \"version\": " + version + "}";
            }
            spec = spec.contentType(ContentType.JSON).body(body);
        }
        return spec.request(row.method(), url);
    }

    /** A body the operation accepts from an allowed caller on the fixture event; {} where it needs none. */
    private static String body(Row row, String caller) {
        int n = NEXT.incrementAndGet();
        return switch (row.operation()) {
            case "POST /api/accounts" -> "{\"username\": \"made-" + n + "\", \"password\": \"" + AccessFixture.PASSWORD
                    + "\", \"role\": \"STAFF\"}";
            case "PUT /api/accounts/me/password" -> "{\"current\": \"" + AccessFixture.PASSWORD + "\", \"password\": \""
                    + AccessFixture.PASSWORD + "\"}";
            case "PUT /api/accounts/{username}/password" -> "{\"password\": \"" + AccessFixture.PASSWORD + "\"}";
            case "POST /api/events/{eventId}/participants/group-change" ->
                    "{\"participants\": [\"eu-01\", \"eu-02\"], \"group\": \"Taiwanese association\"}";
            case "POST /api/events", "PUT /api/events/{eventId}" ->
                    "{\"name\": \"Event " + n + "\", \"timezone\": \"Asia/Taipei\"}";
            case "POST /api/events/import" -> TestEvents.document("small-event.json");
            case "PUT /api/events/{eventId}/meetings/{a}/{b}" -> "{\"start\": \"2018-06-05T13:55\", \"table\": \"T01\"}";
            case "POST /api/events/{eventId}/members" -> "{\"username\": \""
                    + AccessFixture.account("member-" + n, "STAFF") + "\"}";
            case "POST /api/events/{eventId}/participants" -> "{\"id\": \"new-" + n + "\", \"name\": \"New\"}";
            case "PUT /api/events/{eventId}/participants/{participantId}" ->
                    "{\"id\": \"eu-01\", \"name\": \"Marie Dubois\"}";
            case "PUT /api/events/{eventId}/participants/{participantId}/availability" ->
                    "{\"availability\": [{\"session\": \"pm\", \"from\": \"13:30\", \"to\": \"16:00\"}]}";
            case "PUT /api/events/{eventId}/participants/{participantId}/profile" -> "{\"description\": \"Hello\"}";
            case "PUT /api/events/{eventId}/phase" -> "{\"phase\": \"REGISTRATION\"}";
            case "POST /api/events/{eventId}/requests" -> "{\"id\": \"r" + n + "\", \"from\": \"tw-02\", \"to\": \"eu-02\"}";
            case "PUT /api/events/{eventId}/requests/{requestId}" ->
                    "{\"id\": \"r1\", \"from\": \"eu-01\", \"to\": \"tw-01\", \"priority\": 4}";
            case "POST /api/events/{eventId}/sessions" -> "{\"id\": \"ev\", \"date\": \"2018-06-05\", \"start\": \"18:00\","
                    + " \"end\": \"19:00\", \"meetingMinutes\": 20}";
            case "PUT /api/events/{eventId}/sessions/{sessionId}" -> "{\"id\": \"am\", \"date\": \"2018-06-05\","
                    + " \"start\": \"10:00\", \"end\": \"11:00\", \"meetingMinutes\": 20}";
            case "PUT /api/events/{eventId}/solve/weights" -> "{\"weights\": {}}";
            case "POST /api/events/{eventId}/tables" -> "{\"id\": \"T" + (10 + n % 80) + "\"}";
            case "POST /api/events/{eventId}/tables/batch" -> "{\"count\": 2, \"pattern\": \"B" + n + "-{n}\"}";
            case "PUT /api/events/{eventId}/tables/{tableId}/host" -> "{\"participant\": \"eu-02\"}";
            case "POST /api/events/{eventId}/copy" -> "{\"name\": \"Copy " + n + "\"}";
            case "PUT /api/events/{eventId}/tables/{tableId}" -> "{\"id\": \"T01\", \"name\": \"Table one\"}";
            case "PUT /api/events/{eventId}/suggestions/settings" -> "{\"sectors\": [{\"en\": \"Wind energy\","
                    + " \"zh\": \"風力發電\"}], \"mailNudge\": true, \"wishNudge\": true}";
            case "POST /api/events/{eventId}/suggestions/nudge" -> "{\"minWishes\": 1, \"action\": \"MAIL\"}";
            // A asks eu-02, B asks tw-02: neither has asked them before.
            case "POST /api/events/{eventId}/wishes" -> "{\"to\": \"" + (caller.equals("B") ? "tw-02" : "eu-02") + "\"}";
            // Each participant books a meeting of its own; accounts book A's.
            case "POST /api/events/{eventId}/meetings/quick" -> "{\"participants\": [\""
                    + (caller.equals("B") ? "tw-01" : "eu-01") + "\", \"eu-02\"]}";
            case "PUT /api/events/{eventId}/reminders" -> "{\"agendaEvening\": true, \"agendaHour\": 18, \"noWish\":"
                    + " false, \"noWishDays\": 3, \"unanswered\": true, \"unansweredDays\": 3, \"expiry\": false,"
                    + " \"expiryDays\": 7}";
            case "PUT /api/events/{eventId}/meetings/{a}/{b}/feedback" -> "{\"held\": true, \"rating\": 4}";
            case "PUT /api/events/{eventId}/meetings/{a}/{b}/outcome" ->
                    "{\"status\": \"AGREEMENT\", \"kinds\": [\"TECHNOLOGY\"]}";
            case "PUT /api/events/{eventId}/meetings/{a}/{b}/held" -> "{\"held\": true}";
            default -> "{}";
        };
    }

    /**
     * What the event needs before the operation can succeed: the phase it is allowed in, and for answering and
     * withdrawing a wish, a wish from A to B still pending (r1 and r2, which they already agreed on, are removed);
     * answers the path parameters that name what it made.
     */
    private static Map<String, String> prepare(Row row, AccessFixture f) {
        String path = row.path();
        String phase = null;
        if (path.contains("/wishes")) {
            phase = "WISHES_OPEN";
        } else if (path.endsWith("/cancellation") || path.endsWith("/no-show") || path.endsWith("/undo")
                || path.endsWith("/check-in") || path.endsWith("/meetings/quick")) {
            phase = "SCHEDULED";
        } else if (row.operation().equals("GET /api/events/{eventId}/publication")
                || path.endsWith("/feedback") || path.endsWith("/outcome") || path.endsWith("/held")
                || path.endsWith("/feedback-requests") || path.endsWith("/follow-up") || path.contains("/outcomes")) {
            // After the meetings: answers, surveys and the report are about the published timetable.
            AccessFixture.as(f.organiser).post("/api/events/{eventId}/publication", f.eventId).then().statusCode(201);
        }
        if (row.operation().equals("POST /api/events/{eventId}/suggestions/nudge")) {
            // The nudge mails only where the organiser switched it on, and while wishes are open.
            phase = "WISHES_OPEN";
            AccessFixture.as(f.organiser).contentType(ContentType.JSON)
                    .body(Map.of("sectors", List.of(), "mailNudge", true, "wishNudge", false))
                    .put("/api/events/{eventId}/suggestions/settings", f.eventId).then().statusCode(200);
        }
        if (phase != null) {
            AccessFixture.as(f.organiser).contentType(ContentType.JSON).body(Map.of("phase", phase))
                    .put("/api/events/{eventId}/phase", f.eventId).then().statusCode(200);
        }
        if (row.operation().equals("POST /api/events/{eventId}/undo")) {
            // A no-show marked by the staff member: the one action staff may undo, and organisers too.
            AccessFixture.as(f.staff).post("/api/events/{eventId}/participants/eu-02/no-show", f.eventId).then()
                    .statusCode(200);
        }
        if (path.endsWith("/check-in")) {
            // Participants check themselves in when the event allows it; an undo needs someone checked in.
            Map<String, Object> event = AccessFixture.as(f.organiser).get("/api/events/{eventId}", f.eventId).then()
                    .statusCode(200).extract().jsonPath().getMap("$");
            AccessFixture.as(f.organiser).contentType(ContentType.JSON).body(Map.of("name", event.get("name"),
                            "timezone", event.get("timezone"), "selfCheckIn", true, "version", event.get("version")))
                    .put("/api/events/{eventId}", f.eventId).then().statusCode(200);
            if (row.method().equals("DELETE")) {
                AccessFixture.as(f.organiser).post("/api/events/{eventId}/participants/{participantId}/check-in",
                        f.eventId, AccessFixture.PARTICIPANT_A).then().statusCode(200);
            }
        }
        if (path.contains("/wishes/{requestId}")) {
            for (String agreed : List.of("r1", "r2")) {
                AccessFixture.as(f.organiser).delete("/api/events/{eventId}/requests/{requestId}", f.eventId, agreed)
                        .then().statusCode(204);
            }
            String wish = AccessFixture.withToken(f.tokenA).contentType(ContentType.JSON)
                    .body(Map.of("to", AccessFixture.PARTICIPANT_B)).post("/api/events/{eventId}/wishes", f.eventId)
                    .then().statusCode(201).extract().jsonPath().getString("id");
            return Map.of("requestId", wish);
        }
        return Map.of();
    }

    /**
     * Null when the answer is what the matrix expects, else what it was. {@code ✓} is a 2xx; a 3xx is written as its
     * status and where it leads; no 5xx passes.
     */
    private static String judge(String expected, Response response, long eventId, Row row) {
        int status = response.statusCode();
        String detail = problemDetail(response);
        boolean hidden = status == 404 && ("There is no event " + eventId + ".").equals(detail);
        if (status >= 500) {
            return "got " + status + " " + response.asString();
        }
        if (expected.equals("✓")) {
            return status >= 200 && status < 300 ? null : "got " + status + " " + detail;
        }
        if (expected.contains("→")) {
            String location = response.header("Location");
            String[] redirect = expected.split("\\s*→\\s*");
            // {id} in the expected place stands for the id of what the call made.
            return Integer.toString(status).equals(redirect[0]) && location != null
                    && URI.create(location).getPath().matches(Pattern.quote(redirect[1])
                            .replace("{id}", "\\E\\d+\\Q")) ? null
                    : "got " + status + " to " + location;
        }
        int wanted = Integer.parseInt(expected);
        if (status != wanted) {
            return "got " + status + " " + detail;
        }
        if (!row.path().startsWith("/api/")) {
            return null;
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
        assertTrue(rows.size() > 100, "rows read from " + DOC + ": " + rows.size());
        return rows;
    }
}
