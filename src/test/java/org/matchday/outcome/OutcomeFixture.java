package org.matchday.outcome;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.matchday.rest.TestEvents;
import org.matchday.security.AccessFixture;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.awaitility.Awaitility.await;

/**
 * The published Taipei 2018 sample, as after the event: imported with a staff member, every participant given an
 * address of this fixture's own (Taiwanese participants reading Traditional Chinese, the others English), solved and
 * published. Meetings are the published timetable's, picked so that no two share a participant.
 */
public final class OutcomeFixture {

    public static final String SAMPLE = "sample:taipei-2018-cluster-matchmaking.json";

    public final long eventId;
    public final String organiser;
    public final String staff;
    final String mailTag;
    /** Pairs of the published timetable, in time order, no two sharing a participant. */
    public final List<List<String>> meetings;
    /** Every published pair, either way round. */
    final Set<Set<String>> published;
    final List<String> participants;
    private final Map<String, String> tokens = new HashMap<>();

    private OutcomeFixture(long eventId, String organiser, String staff, String mailTag,
            List<List<String>> meetings, Set<Set<String>> published, List<String> participants) {
        this.eventId = eventId;
        this.organiser = organiser;
        this.staff = staff;
        this.mailTag = mailTag;
        this.meetings = meetings;
        this.published = published;
        this.participants = participants;
    }

    public static OutcomeFixture published() throws Exception {
        long n = System.nanoTime();
        String organiser = AccessFixture.account("out-org-" + n, "ORGANISER");
        String staff = AccessFixture.account("out-staff-" + n, "STAFF");
        String mailTag = "o" + n;
        ObjectMapper json = new ObjectMapper();
        ObjectNode document = (ObjectNode) json.readTree(TestEvents.document(SAMPLE));
        List<String> participants = new ArrayList<>();
        for (var node : (ArrayNode) document.get("participants")) {
            ObjectNode p = (ObjectNode) node;
            String id = p.get("id").asText();
            participants.add(id);
            p.put("email", id + "." + mailTag + "@example.org");
            p.putArray("languages").add(id.startsWith("tw-") ? "zh-TW" : "en");
        }
        long eventId = AccessFixture.as(organiser).contentType(ContentType.JSON).body(json.writeValueAsString(document))
                .post("/api/events/import").then().statusCode(201).extract().jsonPath().getLong("id");
        AccessFixture.as(organiser).contentType(ContentType.JSON).body(Map.of("username", staff))
                .post("/api/events/{eventId}/members", eventId).then().statusCode(201);
        AccessFixture.as(organiser).post("/api/events/{eventId}/solve?seconds=3", eventId).then().statusCode(202);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> "NOT_SOLVING".equals(AccessFixture.as(organiser).get("/api/events/{eventId}/solve", eventId)
                        .jsonPath().getString("status")));
        AccessFixture.as(organiser).post("/api/events/{eventId}/publication", eventId).then().statusCode(201);
        List<Map<String, Object>> all = AccessFixture.as(organiser).get("/api/events/{eventId}/meetings", eventId)
                .then().statusCode(200).extract().jsonPath().getList("$");
        List<List<String>> disjoint = new ArrayList<>();
        Set<String> used = new HashSet<>();
        Set<Set<String>> published = new HashSet<>();
        for (Map<String, Object> meeting : all) {
            if (meeting.get("start") == null) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<String> pair = (List<String>) meeting.get("participants");
            published.add(Set.copyOf(pair));
            if (!used.contains(pair.get(0)) && !used.contains(pair.get(1))) {
                disjoint.add(pair);
                used.addAll(pair);
            }
        }
        return new OutcomeFixture(eventId, organiser, staff, mailTag, disjoint, published, participants);
    }

    String address(String participant) {
        return participant + "." + mailTag + "@example.org";
    }

    /** The participant's own link, issued once per fixture. */
    public RequestSpecification participant(String participant) {
        String token = tokens.computeIfAbsent(participant, p -> AccessFixture.link(organiser, eventId, p));
        return AccessFixture.withToken(token);
    }

    /** Two participants the published timetable does not pair. */
    List<String> unrelatedPair() {
        for (String x : participants) {
            for (String y : participants) {
                if (!x.equals(y) && !published.contains(Set.of(x, y))) {
                    return List.of(x, y);
                }
            }
        }
        throw new AssertionError("every pair meets");
    }

    /** Someone with a meeting, but not in {@code pair}'s. */
    String outsider(List<String> pair) {
        return meetings.stream().flatMap(List::stream).filter(p -> !pair.contains(p)).findFirst().orElseThrow();
    }

    int planned() {
        return published.size();
    }
}
