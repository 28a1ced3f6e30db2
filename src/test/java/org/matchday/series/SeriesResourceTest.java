package org.matchday.series;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.matchday.outcome.OutcomeFixture;
import org.matchday.security.AccessFixture;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Editions of a series over HTTP: the published Taipei 2018 sample, with one meeting's follow-up answered, copied as
 * its next edition, where the same pair is asked to meet again, solved and published.
 */
@QuarkusTest
class SeriesResourceTest {

    private static final String HISTORY = "/api/events/{eventId}/participants/{participantId}/history";
    private static final String OUTCOME = "/api/events/{eventId}/meetings/{a}/{b}/outcome";

    @Test
    void aReturningParticipantSeesItsEarlierMeetingAndTheSeriesCountsThePairThatMetAgain() throws Exception {
        OutcomeFixture first = OutcomeFixture.published();
        List<String> pair = first.meetings.get(0);
        String a = pair.get(0);
        String b = pair.get(1);
        String unanswered = first.meetings.get(1).get(0);
        first.participant(a).contentType(ContentType.JSON).body(Map.of("status", "AGREEMENT", "kinds",
                List.of("TECHNOLOGY"))).put(OUTCOME, first.eventId, a, b).then().statusCode(200);

        Map<String, Object> rules = Map.of("maxWishesPerParticipant", 6, "acceptanceRequired", false,
                "lateWishes", true);
        AccessFixture.as(first.organiser).contentType(ContentType.JSON).body(rules)
                .put("/api/events/{id}/rules", first.eventId).then().statusCode(200);
        Map<String, Object> suggestions = Map.of("sectors", List.of(Map.of("en", "Wind energy", "zh", "風力發電",
                "terms", List.of("wind power", "風電"))), "mailNudge", true, "wishNudge", false);
        AccessFixture.as(first.organiser).contentType(ContentType.JSON).body(suggestions)
                .put("/api/events/{id}/suggestions/settings", first.eventId).then().statusCode(200);
        Map<String, Object> event = AccessFixture.as(first.organiser).get("/api/events/{id}", first.eventId).jsonPath()
                .getMap("$");
        AccessFixture.as(first.organiser).contentType(ContentType.JSON).body(Map.of("name", event.get("name"),
                        "timezone", event.get("timezone"), "selfCheckIn", true, "version", event.get("version")))
                .put("/api/events/{id}", first.eventId).then().statusCode(200);

        JsonPath copy = AccessFixture.as(first.organiser).contentType(ContentType.JSON)
                .body(Map.of("name", "Taiwan-EU Cluster Matchmaking 2019", "firstDate", "2019-06-04",
                        "asNextEdition", true))
                .post("/api/events/{id}/copy", first.eventId).then().statusCode(201)
                .body("previousEdition", equalTo((int) first.eventId)).extract().jsonPath();
        long second = copy.getLong("id");
        int participants = AccessFixture.as(first.organiser).get("/api/events/{id}", first.eventId).jsonPath()
                .getInt("participants");
        assertEquals(participants, copy.getInt("participants"), "the next edition takes the participants along");
        AccessFixture.as(first.organiser).get("/api/events/{id}/rules", second).then().statusCode(200)
                .body("maxWishesPerParticipant", equalTo(6)).body("acceptanceRequired", equalTo(false))
                .body("lateWishes", equalTo(true));
        // The bilingual sector list and the nudge switches go along, as the organiser set them.
        AccessFixture.as(first.organiser).get("/api/events/{id}/suggestions/settings", second).then().statusCode(200)
                .body("sectors[0].zh", equalTo("風力發電")).body("sectors[0].terms", equalTo(List.of("wind power", "風電")))
                .body("mailNudge", equalTo(true)).body("wishNudge", equalTo(false));
        AccessFixture.as(first.organiser).get("/api/events/{id}", second).then().body("selfCheckIn", equalTo(true));
        Map<String, String> groupsBefore = groups(first.organiser, first.eventId);
        assertEquals(List.of("EU cluster", "Taiwanese association"), groupsBefore.values().stream().distinct().sorted()
                .toList());
        assertEquals(groupsBefore, groups(first.organiser, second), "the next edition keeps each participant's group");
        AccessFixture.as(first.organiser).get("/api/events/{id}", first.eventId).then()
                .body("previousEdition", equalTo(null));

        String aHere = AccessFixture.link(first.organiser, second, a);
        String withB = "find { it.partner == '" + b + "' }";
        AccessFixture.withToken(aHere).get(HISTORY, second, a).then().statusCode(200)
                .body("edition", everyItem(equalTo((int) first.eventId)))
                .body(withB + ".outcome", equalTo("AGREEMENT"))
                .body(withB + ".partnerHere", equalTo(b))
                .body(withB + ".editionName", equalTo(copyName(first)));
        List<String> other = first.meetings.get(1);
        AccessFixture.as(first.organiser).get(HISTORY, second, other.get(0)).then().statusCode(200)
                .body("find { it.partner == '" + other.get(1) + "' }.outcome", equalTo("unknown"));
        // Returning is by e-mail address, not by code: with another address the same code is a newcomer.
        String moved = other.get(0);
        Map<String, Object> profile = new java.util.HashMap<>(AccessFixture.as(first.organiser)
                .get("/api/events/{eventId}/participants/{participantId}", second, moved).then().statusCode(200)
                .extract().jsonPath().getMap(""));
        profile.put("email", "someone.else." + System.nanoTime() + "@example.org");
        AccessFixture.as(first.organiser).contentType(ContentType.JSON).body(profile)
                .put("/api/events/{eventId}/participants/{participantId}", second, moved).then().statusCode(200);
        AccessFixture.as(first.organiser).get(HISTORY, second, moved).then().statusCode(200).body("", hasSize(0));
        AccessFixture.withToken(AccessFixture.link(first.organiser, second, b)).get(HISTORY, second, a).then()
                .statusCode(403).contentType("application/problem+json");
        AccessFixture.as(first.organiser).get(HISTORY, first.eventId, a).then().statusCode(200).body("", hasSize(0));

        // The pair asks to meet again; the second edition is solved and published with that one meeting.
        AccessFixture.as(first.organiser).contentType(ContentType.JSON)
                .body(Map.of("id", "again", "from", a, "to", b, "priority", 5))
                .post("/api/events/{eventId}/requests", second).then().statusCode(201);
        AccessFixture.as(first.organiser).post("/api/events/{eventId}/solve?seconds=2", second).then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> "NOT_SOLVING".equals(AccessFixture.as(first.organiser)
                        .get("/api/events/{eventId}/solve", second).jsonPath().getString("status")));
        AccessFixture.as(first.organiser).post("/api/events/{eventId}/publication", second).then().statusCode(201);

        JsonPath before = AccessFixture.as(first.organiser).get("/api/events/{eventId}/outcomes", first.eventId)
                .then().statusCode(200).extract().jsonPath();
        JsonPath series = AccessFixture.as(first.organiser).get("/api/events/{eventId}/series", second).then()
                .statusCode(200).body("editions", hasSize(2)).extract().jsonPath();
        assertEquals(first.eventId, series.getLong("editions[0].event"));
        assertEquals(before.getInt("planned"), series.getInt("editions[0].planned"));
        assertEquals(1, series.getInt("editions[0].agreements"));
        assertEquals(0, series.getInt("editions[0].metAgain"));
        assertEquals(second, series.getLong("editions[1].event"));
        assertEquals(1, series.getInt("editions[1].planned"), "only the pair that asked to meet again");
        assertEquals(1, series.getInt("editions[1].metAgain"));
        assertEquals(0, series.getInt("editions[1].agreements"));
        assertEquals(1, series.getInt("pairsMetAgain"));
        assertEquals(participants - 1, series.getInt("returningParticipants"), "all but the one with a new address");

        AccessFixture.as(first.staff).get("/api/events/{eventId}/series", first.eventId).then().statusCode(200)
                .body("editions", hasSize(1)).body("pairsMetAgain", equalTo(0));
        AccessFixture.withToken(aHere).get("/api/events/{eventId}/series", second).then().statusCode(403);
    }

    private static Map<String, String> groups(String organiser, long eventId) {
        JsonPath list = AccessFixture.as(organiser).get("/api/events/{id}/participants", eventId).then()
                .statusCode(200).extract().jsonPath();
        Map<String, String> groups = new TreeMap<>();
        List<Map<String, Object>> rows = list.getList("$");
        rows.forEach(row -> groups.put(String.valueOf(row.get("id")), String.valueOf(row.get("group"))));
        return groups;
    }

    private static String copyName(OutcomeFixture first) {
        return AccessFixture.as(first.organiser).get("/api/events/{id}", first.eventId).jsonPath().getString("name");
    }
}
