package org.matchday.suggest;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.ext.mail.MailMessage;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.matchday.rest.TestEvents;
import org.matchday.security.AccessFixture;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matchday.security.AccessFixture.as;

/**
 * Partner suggestions over HTTP on a small event (src/test/resources/events/suggestion-event.json): a Chinese profile
 * seeking 風力發電 finds English ones offering wind power, through the event's sector list; whom it never suggests;
 * the reasons in both languages; no stale answer after a profile changes; and the organiser's two nudges.
 */
@QuarkusTest
class SuggestionResourceTest {

    private static final String SUGGESTIONS = "/api/events/{eventId}/participants/{participantId}/suggestions";
    private static final String WIND = "{\"sectors\": [{\"en\": \"Wind energy\", \"zh\": \"風力發電\", \"terms\":"
            + " [\"wind power\", \"風電\"]}, {\"en\": \"Smart manufacturing\", \"zh\": \"智慧製造\"}],"
            + " \"mailNudge\": %s, \"wishNudge\": %s}";

    @Inject
    MockMailbox mailbox;

    /** The event imported by a new organiser, with every participant's link. */
    private record Fixture(String organiser, long eventId, Map<String, String> tokens, String run) {

        static Fixture start(boolean nudges) {
            String organiser = AccessFixture.account("suggest-" + System.nanoTime(), "ORGANISER");
            String run = "run" + System.nanoTime();
            long eventId = as(organiser).contentType(ContentType.JSON)
                    .body(TestEvents.document("suggestion-event.json").replace(".example\"", "." + run + ".example\""))
                    .post("/api/events/import").then().statusCode(201).extract().jsonPath().getLong("id");
            Map<String, String> tokens = new HashMap<>();
            List<Map<String, String>> links = as(organiser).contentType(ContentType.JSON).body("{}")
                    .post("/api/events/{eventId}/links", eventId).then().statusCode(201).extract().jsonPath()
                    .getList("$");
            links.forEach(link -> tokens.put(link.get("participant"), link.get("token")));
            as(organiser).contentType(ContentType.JSON).body(WIND.formatted(nudges, nudges))
                    .put("/api/events/{eventId}/suggestions/settings", eventId).then().statusCode(200)
                    .body("sectors[0].zh", equalTo("風力發電"));
            return new Fixture(organiser, eventId, tokens, run);
        }

        Response suggestions(String participant, String lang) {
            var request = AccessFixture.withToken(tokens.get(participant));
            if (lang != null) {
                request = request.queryParam("lang", lang);
            }
            Response response = request.get(SUGGESTIONS, eventId, participant);
            response.then().statusCode(200);
            return response;
        }

        List<String> partners(String participant) {
            return suggestions(participant, null).jsonPath().getList("participant");
        }

        String wish(String from, String to) {
            return AccessFixture.withToken(tokens.get(from)).contentType(ContentType.JSON).body(Map.of("to", to))
                    .post("/api/events/{eventId}/wishes", eventId).then().statusCode(201).extract().jsonPath()
                    .getString("id");
        }

        void phase(String phase) {
            as(organiser).contentType(ContentType.JSON).body(Map.of("phase", phase))
                    .put("/api/events/{eventId}/phase", eventId).then().statusCode(200);
        }
    }

    @Test
    void aChineseProfileSeeking風力發電FindsEnglishOnesOfferingWindPowerWithReasonsInItsLanguage() {
        Fixture f = Fixture.start(false);
        Response chinese = f.suggestions("tw-wind", null);
        chinese.then().body("[0].participant", equalTo("eu-wind"))
                .body("[0].name", equalTo("Søren Østergaard"))
                .body("[0].organisation", equalTo("Vindkraftklyngen"))
                .body("[0].reasons", hasItem("您尋找風力發電；對方提供wind power equipment"))
                .body("[0].reasons", hasItem("同屬風力發電領域"));
        List<Float> scores = chinese.jsonPath().getList("score", Float.class);
        for (int k = 1; k < scores.size(); k++) {
            assertTrue(scores.get(k - 1) >= scores.get(k), "best first: " + scores);
        }
        f.suggestions("tw-wind", "en").then()
                .body("[0].reasons", hasItem("you seek 風力發電; they offer wind power equipment"))
                .body("[0].reasons", hasItem("both in wind energy"));
        // The English one sees the Chinese one the other way round: it offers what they seek.
        f.suggestions("eu-wind", null).then()
                .body("find { it.participant == 'tw-wind' }.reasons", hasItem(
                        "they seek 風力發電; you offer wind power equipment"));
    }

    @Test
    void reasonsNameTheMatchedWordsInTheCallersLanguage() {
        Fixture f = Fixture.start(false);
        f.suggestions("tw-smart", null).then().body("[0].participant", equalTo("eu-smart"))
                .body("[0].reasons", hasItem("you seek smart manufacturing; they offer smart manufacturing solutions"));
        f.suggestions("tw-smart", "zh-TW").then()
                .body("[0].reasons", hasItem("您尋找smart manufacturing；對方提供smart manufacturing solutions"));
        // An organiser reads them in its own language, from Accept-Language.
        as(f.organiser()).header("Accept-Language", "zh-TW").get(SUGGESTIONS, f.eventId(), "tw-smart").then()
                .statusCode(200).body("[0].reasons[0]", startsWith("您尋找smart manufacturing"));
    }

    @Test
    void neverOneselfOnesOrganisationAForbiddenPairOrAnyoneAskedOrDeclined() {
        Fixture f = Fixture.start(false);
        List<String> before = f.partners("tw-wind");
        assertTrue(before.containsAll(List.of("eu-wind", "eu-asked", "eu-asker", "eu-decliner")), before.toString());
        assertFalse(before.contains("tw-wind"), "never oneself: " + before);
        assertFalse(before.contains("tw-wind-2"), "never one's own organisation: " + before);
        assertFalse(before.contains("eu-observer"), "TW may not ask Observer: " + before);

        f.phase("WISHES_OPEN");
        f.wish("tw-wind", "eu-asked");
        f.wish("eu-asker", "tw-wind");
        String declined = f.wish("tw-wind", "eu-decliner");
        AccessFixture.withToken(f.tokens().get("eu-decliner"))
                .post("/api/events/{eventId}/wishes/{requestId}/decline", f.eventId(), declined).then().statusCode(200);
        List<String> after = f.partners("tw-wind");
        assertTrue(after.contains("eu-wind"), after.toString());
        for (String gone : List.of("eu-asked", "eu-asker", "eu-decliner")) {
            assertFalse(after.contains(gone), gone + " was asked or declined: " + after);
        }

        // The same profiles come back once the rule or the organisation no longer stands in the way.
        as(f.organiser()).contentType(ContentType.JSON).body(Map.of("allowedPairs", List.of()))
                .put("/api/events/{eventId}/rules", f.eventId()).then().statusCode(200);
        as(f.organiser()).contentType(ContentType.JSON).body(Map.of("organisation", "離岸風電公司",
                "sectors", List.of("風力發電"), "offers", "風力發電設備", "languages", List.of("zh-TW")))
                .put("/api/events/{eventId}/participants/{participantId}/profile", f.eventId(), "tw-wind-2")
                .then().statusCode(200);
        List<String> opened = f.partners("tw-wind");
        assertTrue(opened.containsAll(List.of("eu-observer", "tw-wind-2")), opened.toString());
    }

    @Test
    void aProfileChangeChangesTheSuggestionsAtOnce() {
        Fixture f = Fixture.start(false);
        assertTrue(f.partners("tw-smart").contains("eu-smart"));
        AccessFixture.withToken(f.tokens().get("eu-smart")).contentType(ContentType.JSON)
                .body(Map.of("organisation", "Smart Factory Cluster", "group", "EU", "offers", "catering and coffee",
                        "seeks", "tourism", "languages", List.of("en")))
                .put("/api/events/{eventId}/participants/{participantId}/profile", f.eventId(), "eu-smart")
                .then().statusCode(200);
        assertFalse(f.partners("tw-smart").contains("eu-smart"), "no longer offers smart manufacturing");
        AccessFixture.withToken(f.tokens().get("eu-smart")).contentType(ContentType.JSON)
                .body(Map.of("organisation", "Smart Factory Cluster", "group", "EU", "offers", "智慧製造 turnkey lines",
                        "languages", List.of("en")))
                .put("/api/events/{eventId}/participants/{participantId}/profile", f.eventId(), "eu-smart")
                .then().statusCode(200);
        f.suggestions("tw-smart", null).then().body("[0].participant", equalTo("eu-smart"))
                .body("[0].reasons", hasItem("you seek smart manufacturing; they offer 智慧製造 turnkey lines"));
    }

    @Test
    void anotherParticipantsSuggestionsAreRefusedLikeItsAgenda() {
        Fixture f = Fixture.start(false);
        Response agenda = AccessFixture.withToken(f.tokens().get("eu-wind"))
                .get("/api/events/{eventId}/participants/{participantId}/agenda.csv", f.eventId(), "tw-wind");
        Response suggestions = AccessFixture.withToken(f.tokens().get("eu-wind"))
                .get(SUGGESTIONS, f.eventId(), "tw-wind");
        assertEquals(403, agenda.statusCode());
        assertEquals(agenda.statusCode(), suggestions.statusCode());
        assertEquals(agenda.jsonPath().getString("code"), suggestions.jsonPath().getString("code"));
        assertEquals(agenda.contentType(), suggestions.contentType());
        as(f.organiser()).get(SUGGESTIONS, f.eventId(), "nobody").then().statusCode(404);
    }

    @Test
    void theLimitIsAWholeNumberFrom1To50() {
        Fixture f = Fixture.start(false);
        assertEquals(1, AccessFixture.withToken(f.tokens().get("tw-wind")).queryParam("limit", 1)
                .get(SUGGESTIONS, f.eventId(), "tw-wind").then().statusCode(200).extract().jsonPath()
                .getList("$").size());
        for (String bad : List.of("0", "51", "-1", "ten")) {
            AccessFixture.withToken(f.tokens().get("tw-wind")).queryParam("limit", bad)
                    .get(SUGGESTIONS, f.eventId(), "tw-wind").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors[0].path", equalTo("limit"));
        }
    }

    @Test
    void theNudgeMailsTopSuggestionsOnlyWhenSwitchedOn() {
        Fixture f = Fixture.start(false);
        String body = "{\"minWishes\": 1, \"action\": \"MAIL\", \"perParticipant\": 2}";
        f.phase("WISHES_OPEN");
        as(f.organiser()).contentType(ContentType.JSON).body(body)
                .post("/api/events/{eventId}/suggestions/nudge", f.eventId()).then().statusCode(409)
                .body("errors[0].path", equalTo("mailNudge"));
        as(f.organiser()).contentType(ContentType.JSON).body(WIND.formatted(true, false))
                .put("/api/events/{eventId}/suggestions/settings", f.eventId()).then().statusCode(200);
        Response done = as(f.organiser()).contentType(ContentType.JSON).body(body)
                .post("/api/events/{eventId}/suggestions/nudge", f.eventId());
        done.then().statusCode(200).body("wishes", equalTo(0));
        assertTrue(done.jsonPath().getInt("participants") >= 2, done.asString());
        // Only two participants have an address.
        assertEquals(2, done.jsonPath().getInt("mails"));
        String address = "wind@tw." + f.run() + ".example";
        await().atMost(Duration.ofSeconds(10)).until(() -> !mailbox.getMailMessagesSentTo(address).isEmpty());
        MailMessage mail = mailbox.getMailMessagesSentTo(address).get(0);
        assertTrue(mail.getSubject().contains("推薦您會面的夥伴"), mail.getSubject());
        assertTrue(mail.getText().contains("- Søren Østergaard（Vindkraftklyngen）：您尋找風力發電；對方提供wind power"
                + " equipment；同屬風力發電領域"), mail.getText());
        as(f.organiser()).contentType(ContentType.JSON).body("{\"minWishes\": 1, \"action\": \"ADD_WISHES\"}")
                .post("/api/events/{eventId}/suggestions/nudge", f.eventId()).then().statusCode(409)
                .body("errors[0].path", equalTo("wishNudge"));
    }

    @Test
    void theNudgeAddsSuggestedWishesThatTheReceiversStillAnswer() {
        Fixture f = Fixture.start(true);
        f.phase("WISHES_OPEN");
        f.wish("eu-smart", "tw-smart");
        int added = as(f.organiser()).contentType(ContentType.JSON)
                .body("{\"minWishes\": 1, \"action\": \"ADD_WISHES\", \"perParticipant\": 1}")
                .post("/api/events/{eventId}/suggestions/nudge", f.eventId()).then().statusCode(200)
                .body("mails", equalTo(0)).body("wishes", org.hamcrest.Matchers.greaterThanOrEqualTo(2))
                .extract().jsonPath().getInt("wishes");
        // eu-asked comes first, and its best partner is tw-wind, who seeks the wind power it offers.
        Response mine = AccessFixture.withToken(f.tokens().get("eu-asked")).get("/api/events/{eventId}/wishes",
                f.eventId());
        mine.then().statusCode(200).body("sent", org.hamcrest.Matchers.hasSize(1))
                .body("sent[0].to", equalTo("tw-wind")).body("sent[0].suggested", equalTo(true))
                .body("sent[0].priority", equalTo(1)).body("sent[0].status", equalTo("PENDING"));
        // eu-smart had sent one already: not nudged.
        AccessFixture.withToken(f.tokens().get("eu-smart")).get("/api/events/{eventId}/wishes", f.eventId()).then()
                .body("sent.suggested", org.hamcrest.Matchers.contains(false));
        String id = mine.jsonPath().getString("sent[0].id");
        AccessFixture.withToken(f.tokens().get("tw-wind"))
                .post("/api/events/{eventId}/wishes/{requestId}/decline", f.eventId(), id).then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("suggested", equalTo(true));
        AccessFixture.withToken(f.tokens().get("eu-asked")).get(SUGGESTIONS, f.eventId(), "eu-asked").then()
                .statusCode(200).body("participant", not(hasItem("tw-wind")));
        // The organiser's list of requests marks them too, and an edit that does not name the mark keeps it.
        as(f.organiser()).get("/api/events/{eventId}/requests", f.eventId()).then().statusCode(200)
                .body("findAll { it.suggested == true }", org.hamcrest.Matchers.hasSize(added))
                .body("find { it.from == 'eu-smart' }.suggested", equalTo(null));
        java.util.Map<String, Object> edit = new java.util.HashMap<>(as(f.organiser())
                .get("/api/events/{eventId}/requests/{id}", f.eventId(), id).then().statusCode(200)
                .body("suggested", equalTo(true)).extract().jsonPath().getMap("$"));
        edit.remove("suggested");
        edit.put("priority", 2);
        as(f.organiser()).contentType(ContentType.JSON).body(edit)
                .put("/api/events/{eventId}/requests/{id}", f.eventId(), id).then().statusCode(200)
                .body("priority", equalTo(2)).body("suggested", equalTo(true));
        // The organiser's statistics count suggested wishes apart.
        as(f.organiser()).get("/api/events/{eventId}/statistics", f.eventId()).then().statusCode(200)
                .body("requests.suggested", equalTo(added)).body("requests.suggestedAccepted", equalTo(0))
                .body("requests.total", equalTo(added + 1));
    }
}
