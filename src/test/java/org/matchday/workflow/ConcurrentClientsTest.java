package org.matchday.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.matchday.rest.StoredTimetable;
import org.matchday.security.AccessFixture;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matchday.security.AccessFixture.as;

/**
 * 50 clients at once on one event: participants sending wishes (two clients per sender, so that the same wish and
 * the wish cap race; half of them naming a session, which locks the event as well), participants and the organiser
 * editing the same profiles, and organisers moving the same meetings, both sending the version they read. Counted
 * afterwards from the database: no 5xx, every refusal is a 409 problem, every 2xx write is there, no duplicate wish,
 * one meeting per pair, the cap held, and no update lost (each successful edit of an element was made on a different
 * version).
 */
@QuarkusTest
class ConcurrentClientsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 50;
    private static final int CAP = 3;
    private static final int ROUNDS = 5;
    private static final List<String> EU = codes("eu", 10);
    private static final List<String> TW = codes("tw", 10);
    private static final List<String> HOSTS_A = codes("ha", 3);
    private static final List<String> HOSTS_B = codes("hb", 3);
    private static final List<String> SLOTS = slots();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    /** Refusals by problem type and the start of their detail. */
    private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
    /** Wishes answered 201: id, sender, receiver. */
    private final ConcurrentLinkedQueue<String[]> wishes = new ConcurrentLinkedQueue<>();
    /** Wishes sent, whatever the answer. */
    private final AtomicInteger wishesSent = new AtomicInteger();
    /** Edits answered 200, per element: the version each answer gave back and what it wrote. */
    private final Map<String, ConcurrentLinkedQueue<Write>> writes = new ConcurrentHashMap<>();

    record Write(long version, String value) {
    }

    @Test
    void fiftyClientsLoseNoUpdateAndDuplicateNothing() throws Exception {
        String organiser = AccessFixture.account("concurrent-" + System.nanoTime(), "ORGANISER");
        String document = event().toString();
        long eventId = as(organiser).contentType(ContentType.JSON).body(document)
                .post("/api/events/import").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, String> tokens = new HashMap<>();
        List<Map<String, String>> links = as(organiser).contentType(ContentType.JSON).body("{}")
                .post("/api/events/{id}/links", eventId).then().statusCode(201).extract().jsonPath().getList("$");
        links.forEach(link -> tokens.put(link.get("participant"), link.get("token")));
        String organiserAuth = "Basic " + Base64.getEncoder().encodeToString((organiser + ":"
                + AccessFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String base = RestAssured.baseURI + ":" + RestAssured.port + "/api/events/" + eventId;

        List<Runnable> clients = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            boolean european = k < 20;
            String sender = european ? EU.get(k % 10) : TW.get(k % 10);
            List<String> targets = new ArrayList<>(european ? TW : EU);
            // Both clients of a sender ask the same participants in the same order, so that their wishes collide.
            Collections.shuffle(targets, new Random(sender.hashCode()));
            String auth = "Bearer " + tokens.get(sender);
            clients.add(() -> targets.subList(0, CAP + 2).forEach(to -> sendWish(base, auth, sender, to)));
        }
        for (int k = 0; k < 10; k++) {
            String participant = EU.get(k % 5);
            String auth = k < 5 ? "Bearer " + tokens.get(participant) : organiserAuth;
            String who = "client " + k;
            clients.add(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    editProfile(base, auth, participant, who + " round " + round);
                }
            });
        }
        for (int k = 0; k < 10; k++) {
            String a = HOSTS_A.get(k % 3);
            String b = HOSTS_B.get(k % 3);
            Random random = new Random(100 + k);
            clients.add(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    moveMeeting(base, organiserAuth, a, b, random);
                }
            });
        }
        assertEquals(CLIENTS, clients.size());
        long written = metric(organiserAuth, "matchday_wishes_written_total");
        long retried = metric(organiserAuth, "matchday_wishes_batches_retried_total");
        run(clients);

        System.out.println("Answers to " + CLIENTS + " concurrent clients: " + new TreeMap<>(statuses)
                + "\nRefusals: " + new TreeMap<>(refusals));
        assertTrue(unexpected.isEmpty(), "unexpected answers:\n" + String.join("\n", unexpected));
        assertTrue(statuses.containsKey("409"), "no client was refused: the test did not race");

        JsonNode requests = get(base + "/requests", organiserAuth);
        JsonNode meetings = get(base + "/meetings", organiserAuth);
        JsonNode participants = get(base + "/participants", organiserAuth);
        checkWishes(requests);
        checkMeetings(requests, meetings);
        checkWrites(participants, meetings);
        // Versions say no move was lost; the referee says no two moves together broke a rule (the wishes were sent
        // over the API, so the requests as stored stand in for the document's).
        StoredTimetable.assertValidWithStoredRequests(eventId, StoredTimetable.read(document));
        // Every wish went through a committed batch, and none had to be written again: batches lock in one order,
        // events before participants, so they wait for each other and for the organisers' edits, never deadlock.
        assertEquals(written + wishesSent.get(), metric(organiserAuth, "matchday_wishes_written_total"));
        assertEquals(retried, metric(organiserAuth, "matchday_wishes_batches_retried_total"),
                "batches of wishes failed and were written again");
    }

    /** A counter of the application's metrics, as an organiser reads them. */
    private static long metric(String auth, String name) {
        String metrics = RestAssured.given().header("Authorization", auth).get("/q/metrics").then().statusCode(200)
                .extract().asString();
        return metrics.lines().filter(line -> line.startsWith(name + " ")).findFirst()
                .map(line -> (long) Double.parseDouble(line.substring(name.length() + 1).trim()))
                .orElseThrow(() -> new AssertionError("no metric " + name));
    }

    /** Every 201 wish is stored as sent; no sender has two standing wishes to one receiver or more than the cap. */
    private void checkWishes(JsonNode requests) {
        Map<String, JsonNode> byId = new HashMap<>();
        Set<String> standingPairs = new HashSet<>();
        Map<String, Integer> standingBySender = new HashMap<>();
        for (JsonNode r : requests) {
            byId.put(r.get("id").asText(), r);
            String status = r.get("status").asText();
            if (status.equals("PENDING") || status.equals("ACCEPTED")) {
                String pair = r.get("from").asText() + "->" + r.get("to").asText();
                assertTrue(standingPairs.add(pair), "two standing wishes " + pair);
                standingBySender.merge(r.get("from").asText(), 1, Integer::sum);
            }
        }
        for (String[] wish : wishes) {
            JsonNode stored = byId.get(wish[0]);
            assertNotNull(stored, "wish " + wish[0] + " was answered 201 but is not stored");
            assertEquals(wish[1], stored.get("from").asText());
            assertEquals(wish[2], stored.get("to").asText());
        }
        long fromParticipants = requests.size() - HOSTS_A.size();
        assertEquals(wishes.size(), fromParticipants, "requests other than the organiser's are the 201 wishes");
        standingBySender.forEach((sender, n) -> assertTrue(sender.startsWith("ha") || n <= CAP,
                sender + " has " + n + " standing wishes, more than the cap of " + CAP));
    }

    /** One meeting per pair, and exactly the pairs that an accepted request asks for. */
    private static void checkMeetings(JsonNode requests, JsonNode meetings) {
        Set<String> accepted = new HashSet<>();
        for (JsonNode r : requests) {
            if (r.get("status").asText().equals("ACCEPTED")) {
                accepted.add(pair(r.get("from").asText(), r.get("to").asText()));
            }
        }
        Set<String> met = new HashSet<>();
        for (JsonNode m : meetings) {
            String pair = pair(m.get("participants").get(0).asText(), m.get("participants").get(1).asText());
            assertTrue(met.add(pair), "two meetings of " + pair);
        }
        assertEquals(accepted, met, "the pairs with a meeting are the accepted pairs");
    }

    /**
     * Each successful edit of an element gave back a different version (two on the same version would be a lost
     * update), the element's version counts them all, and it holds what the last of them wrote.
     */
    private void checkWrites(JsonNode participants, JsonNode meetings) {
        Map<String, JsonNode> current = new HashMap<>();
        participants.forEach(p -> current.put(p.get("id").asText(), p));
        meetings.forEach(m -> current.put(pair(m.get("participants").get(0).asText(),
                m.get("participants").get(1).asText()), m));
        assertEquals(8, writes.size(), "edited elements: " + writes.keySet());
        writes.forEach((element, done) -> {
            JsonNode now = current.get(element);
            assertNotNull(now, element);
            Set<Long> versions = new HashSet<>();
            done.forEach(w -> assertTrue(versions.add(w.version()), element + ": two edits answered version "
                    + w.version()));
            assertEquals(done.size(), now.get("version").asLong(), element + " was changed " + done.size()
                    + " times with success, and is at version " + now.get("version"));
            Write last = done.stream().max((x, y) -> Long.compare(x.version(), y.version())).orElseThrow();
            String stored = now.has("description") ? now.get("description").asText()
                    : now.get("start").asText() + " " + now.get("table").asText();
            assertEquals(last.value(), stored, element + " holds the last successful edit");
        });
    }

    private void sendWish(String base, String auth, String sender, String to) {
        // Half the wishes name the session, which locks the event too: both kinds race in the same batches.
        String sessions = Math.floorMod((sender + to).hashCode(), 2) == 0 ? ", \"sessions\": [\"s\"]" : "";
        wishesSent.incrementAndGet();
        Answer answer = send("POST", base + "/wishes", auth, "{\"to\": \"" + to + "\", \"priority\": 3"
                + sessions + "}");
        if (answer.status == 201) {
            wishes.add(new String[] {answer.body.get("id").asText(), sender, to});
        } else {
            expectConflict("wish " + sender + " -> " + to, answer, "conflict");
        }
    }

    private void editProfile(String base, String auth, String participant, String description) {
        Answer read = send("GET", base + "/participants/" + participant, auth, null);
        if (read.status != 200) {
            unexpected.add("reading " + participant + ": " + read.status + " " + read.text);
            return;
        }
        ObjectNode profile = JSON.createObjectNode().put("description", description)
                .put("group", read.body.get("group").asText()).put("version", read.body.get("version").asLong());
        Answer answer = send("PUT", base + "/participants/" + participant + "/profile", auth, profile.toString());
        if (answer.status == 200) {
            record(participant, answer.body.get("version").asLong(), description);
        } else {
            expectConflict("profile of " + participant, answer, "stale-version");
        }
    }

    /** Moves the meeting somewhere else than where it was read, so that every move is a change. */
    private void moveMeeting(String base, String auth, String a, String b, Random random) {
        Answer read = send("GET", base + "/meetings", auth, null);
        if (read.status != 200) {
            unexpected.add("reading meetings: " + read.status + " " + read.text);
            return;
        }
        long version = -1;
        String where = null;
        for (JsonNode m : read.body) {
            if (pair(m.get("participants").get(0).asText(), m.get("participants").get(1).asText()).equals(pair(a, b))) {
                version = m.get("version").asLong();
                where = m.path("start").asText() + " " + m.path("table").asText();
            }
        }
        String start = SLOTS.get(random.nextInt(SLOTS.size()));
        String table = "T" + (1 + random.nextInt(4));
        if ((start + " " + table).equals(where)) {
            start = SLOTS.get((SLOTS.indexOf(start) + 1) % SLOTS.size());
        }
        String move = "{\"start\": \"" + start + "\", \"table\": \"" + table + "\", \"version\": " + version + "}";
        Answer answer = send("PUT", base + "/meetings/" + a + "/" + b, auth, move);
        if (answer.status == 200) {
            record(pair(a, b), answer.body.get("version").asLong(), start + " " + table);
        } else {
            expectConflict("move of " + a + "/" + b, answer, "stale-version", "conflict");
        }
    }

    private void record(String element, long version, String value) {
        writes.computeIfAbsent(element, e -> new ConcurrentLinkedQueue<>()).add(new Write(version, value));
    }

    private void expectConflict(String what, Answer answer, String... types) {
        String type = answer.body == null ? null : answer.body.path("type").asText();
        if (answer.body != null) {
            String detail = answer.body.path("detail").asText();
            refusals.computeIfAbsent(type + " " + detail.substring(0, Math.min(30, detail.length())),
                    r -> new AtomicInteger()).incrementAndGet();
        }
        boolean expected = answer.status == 409 && answer.problem
                && List.of(types).stream().anyMatch(t -> ("urn:matchday:problem:" + t).equals(type));
        if (!expected) {
            unexpected.add(what + ": " + answer.status + " " + answer.text);
        }
    }

    private record Answer(int status, boolean problem, JsonNode body, String text) {
    }

    private Answer send(String method, String url, String auth, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", auth);
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            statuses.computeIfAbsent(Integer.toString(response.statusCode()), s -> new AtomicInteger())
                    .incrementAndGet();
            if (response.statusCode() >= 500) {
                unexpected.add(method + " " + url + ": " + response.statusCode() + " " + response.body());
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = response.body().isEmpty() ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), type.startsWith("application/problem+json"), json,
                    response.body());
        } catch (IOException e) {
            unexpected.add(method + " " + url + ": " + e);
            return new Answer(-1, false, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, false, null, e.toString());
        }
    }

    private JsonNode get(String url, String auth) {
        Answer answer = send("GET", url, auth, null);
        assertEquals(200, answer.status, answer.text);
        return answer.body;
    }

    /** All clients start together and must end within a bounded time. */
    private static void run(List<Runnable> clients) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        CountDownLatch start = new CountDownLatch(1);
        for (Runnable client : clients) {
            pool.submit(() -> {
                start.await();
                client.run();
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES), "the clients did not finish in 5 minutes");
    }

    /**
     * Ten European and ten Taiwanese participants who may ask each other, at most three wishes each, accepted at
     * once; and three host pairs whose meetings the organisers move.
     */
    private static ObjectNode event() {
        ObjectNode doc = JSON.createObjectNode().put("format", "matchday-event/1").put("name", "Concurrent clients")
                .put("timezone", "Asia/Taipei").put("phase", "WISHES_OPEN");
        ObjectNode rules = doc.putObject("rules").put("maxWishesPerParticipant", CAP).put("acceptanceRequired", false);
        rules.putArray("allowedPairs").add(JSON.createObjectNode().put("from", "EU").put("to", "TW"))
                .add(JSON.createObjectNode().put("from", "TW").put("to", "EU"));
        doc.putArray("sessions").addObject().put("id", "s").put("date", "2018-06-05").put("start", "09:00")
                .put("end", "13:00").put("meetingMinutes", 20);
        ArrayNode tables = doc.putArray("tables");
        for (int t = 1; t <= 12; t++) {
            tables.addObject().put("id", "T" + t);
        }
        ArrayNode participants = doc.putArray("participants");
        EU.forEach(code -> participants.addObject().put("id", code).put("name", code).put("group", "EU"));
        TW.forEach(code -> participants.addObject().put("id", code).put("name", code).put("group", "TW"));
        HOSTS_A.forEach(code -> participants.addObject().put("id", code).put("name", code).put("group", "Host"));
        HOSTS_B.forEach(code -> participants.addObject().put("id", code).put("name", code).put("group", "Host"));
        ArrayNode requests = doc.putArray("requests");
        ArrayNode meetings = doc.putArray("meetings");
        for (int i = 0; i < HOSTS_A.size(); i++) {
            requests.addObject().put("id", "h" + i).put("from", HOSTS_A.get(i)).put("to", HOSTS_B.get(i));
            ObjectNode meeting = meetings.addObject().put("session", "s").put("start", SLOTS.get(i))
                    .put("table", "T" + (i + 1));
            meeting.putArray("participants").add(HOSTS_A.get(i)).add(HOSTS_B.get(i));
        }
        return doc;
    }

    private static List<String> slots() {
        List<String> slots = new ArrayList<>();
        for (LocalTime t = LocalTime.of(9, 0); t.isBefore(LocalTime.of(13, 0)); t = t.plusMinutes(20)) {
            slots.add("2018-06-05T" + t);
        }
        return slots;
    }

    private static List<String> codes(String prefix, int n) {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            codes.add(prefix + "-" + i);
        }
        return codes;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a;
    }
}
