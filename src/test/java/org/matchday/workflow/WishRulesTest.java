package org.matchday.workflow;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** Every phase rule and matchmaking rule refuses the forbidden wish with a problem that says why. */
@QuarkusTest
class WishRulesTest {

    private static final String WISHES = "/api/events/{eventId}/wishes";

    @Test
    void wishesNeedTheWishesOpenPhase() {
        Workflow w = Workflow.start();
        for (String phase : List.of("DRAFT", "REGISTRATION", "WISHES_CLOSED")) {
            w.inPhase(phase);
            send(w, "eu-castra", Map.of("to", "tw-aero")).then().statusCode(409)
                    .contentType(startsWith("application/problem+json"))
                    .body("detail", containsString("phase " + phase))
                    .body("errors[0].path", equalTo("phase"));
        }
        w.inPhase("WISHES_OPEN");
        send(w, "eu-castra", Map.of("to", "tw-aero")).then().statusCode(201);
    }

    @Test
    void aWishBreakingAMatchmakingRuleIsRefusedNamingTheRule() {
        Workflow w = Workflow.start().inPhase("WISHES_OPEN");
        // EU to EU is not among the allowed pairs.
        send(w, "eu-castra", Map.of("to", "eu-nordic")).then().statusCode(409)
                .body("errors[0].path", equalTo("rules.allowedPairs"))
                .body("detail", containsString("\"EU cluster\""));
        // The cap of three wishes.
        send(w, "tw-cnfi", Map.of("to", "eu-castra")).then().statusCode(201);
        send(w, "tw-cnfi", Map.of("to", "eu-nordic")).then().statusCode(201);
        send(w, "tw-cnfi", Map.of("to", "eu-levante")).then().statusCode(201);
        String fourth = w.organiser().contentType(ContentType.JSON)
                .body(Map.of("id", "extra", "name", "Extra Cluster", "group", "EU cluster"))
                .post("/api/events/{eventId}/participants", w.eventId).then().statusCode(201).extract()
                .jsonPath().getString("id");
        send(w, "tw-cnfi", Map.of("to", fourth)).then().statusCode(409)
                .body("errors[0].path", equalTo("rules.maxWishesPerParticipant"));
    }

    @Test
    void withoutAcceptanceAWishCountsAtOnceAndLateWishesFollowTheRule() {
        Workflow w = Workflow.start();
        w.organiser().contentType(ContentType.JSON).body(Map.of("acceptanceRequired", false, "lateWishes", true))
                .put("/api/events/{eventId}/rules", w.eventId).then().statusCode(200)
                .body("acceptanceRequired", equalTo(false)).body("lateWishes", equalTo(true));
        w.inPhase("WISHES_OPEN");
        // Every table is a Taiwanese host's, so an EU-EU meeting could not be placed: ask a host.
        send(w, "eu-castra", Map.of("to", "tw-aero")).then().statusCode(201).body("status", equalTo("ACCEPTED"));
        w.organiser().get("/api/events/{eventId}/meetings", w.eventId).then()
                .body("participants", hasItem(List.of("eu-castra", "tw-aero")));
        w.inPhase("WISHES_CLOSED");
        w.solve(2);
        w.inPhase("PUBLISHED");
        send(w, "eu-levante", Map.of("to", "tw-tpca")).then().statusCode(201);
        w.organiser().contentType(ContentType.JSON).body(Map.of("lateWishes", false))
                .put("/api/events/{eventId}/rules", w.eventId).then().statusCode(200);
        send(w, "tw-aero", Map.of("to", "eu-castra")).then().statusCode(409)
                .body("detail", containsString("PUBLISHED"));
    }

    @Test
    void oneselfUnknownAndTwiceAreRefused() {
        Workflow w = Workflow.start().inPhase("WISHES_OPEN");
        send(w, "eu-castra", Map.of("to", "eu-castra")).then().statusCode(400)
                .body("errors[0].path", equalTo("$.to")).body("errors[0].message", equalTo("is yourself"));
        send(w, "eu-castra", Map.of("to", "nobody")).then().statusCode(400)
                .body("errors[0].path", equalTo("$.to")).body("errors[0].message", containsString("unknown"));
        send(w, "eu-castra", Map.of("to", "tw-aero", "priority", 9)).then().statusCode(400)
                .body("errors[0].path", equalTo("$.priority"));
        send(w, "eu-castra", Map.of("to", "tw-aero", "sessions", List.of("am"))).then().statusCode(400)
                .body("errors.path", hasItem(startsWith("$.sessions")));
        send(w, "eu-castra", Map.of("to", "tw-aero")).then().statusCode(201);
        send(w, "eu-castra", Map.of("to", "tw-aero")).then().statusCode(409)
                .body("errors[0].message", equalTo("asked already"));
        // The other way round is a second wish, not a duplicate: the pair then meets once, mutually.
        send(w, "tw-aero", Map.of("to", "eu-castra")).then().statusCode(201);
    }

    @Test
    void onlyTheSenderWithdrawsAndOnlyTheReceiverAnswers() {
        Workflow w = Workflow.start().inPhase("WISHES_OPEN");
        String wish = w.wish("eu-castra", "tw-aero", 4);
        // Someone not involved sees nothing of it.
        w.participant("eu-nordic").get(WISHES, w.eventId).then().body("sent", empty()).body("received", empty());
        w.participant("eu-nordic").delete(WISHES + "/{requestId}", w.eventId, wish).then().statusCode(404);
        w.participant("eu-nordic").post(WISHES + "/{requestId}/accept", w.eventId, wish).then().statusCode(404);
        // The receiver cannot withdraw it, the sender cannot answer it.
        w.participant("tw-aero").delete(WISHES + "/{requestId}", w.eventId, wish).then().statusCode(403)
                .body("detail", containsString("Only the participant who sent"));
        w.participant("eu-castra").post(WISHES + "/{requestId}/accept", w.eventId, wish).then().statusCode(403)
                .body("detail", containsString("Only the participant who received"));
        w.participant("tw-aero").post(WISHES + "/{requestId}/decline", w.eventId, wish).then().statusCode(200)
                .body("status", equalTo("DECLINED"));
        w.participant("eu-castra").get(WISHES, w.eventId).then().body("sent[0].status", equalTo("DECLINED"));
        w.participant("eu-castra").delete(WISHES + "/{requestId}", w.eventId, wish).then().statusCode(204);
        w.organiser().get("/api/events/{eventId}/requests", w.eventId).then().body("id", empty());
    }

    @Test
    void phasesMoveBackAndForthButPublishingNeedsATimetable() {
        Workflow w = Workflow.start();
        w.phase("PUBLISHED").then().statusCode(409).body("detail", containsString("no timetable"));
        w.phase("SCHEDULED").then().statusCode(409);
        w.inPhase("WISHES_OPEN").inPhase("REGISTRATION").inPhase("CLOSED").inPhase("DRAFT");
        w.phase("NONSENSE").then().statusCode(400);
        w.organiser().get("/api/events/{eventId}/export", w.eventId).then().body("phase", equalTo("DRAFT"))
                .body("rules.maxWishesPerParticipant", equalTo(3))
                .body("rules.allowedPairs[0].from", equalTo("EU cluster"));
    }

    private static io.restassured.response.Response send(Workflow w, String from, Map<String, ?> body) {
        return w.participant(from).contentType(ContentType.JSON).body(body).post(WISHES, w.eventId);
    }
}
