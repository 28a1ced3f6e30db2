package org.matchday.workflow;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The participant directory, and what a participant may change of itself and see of others. */
@QuarkusTest
class DirectoryAndProfileTest {

    private static final String DIRECTORY = "/api/events/{eventId}/participants";

    @Test
    void searchFindsWordsIgnoringCaseAndAccentsAndFiltersCombine() {
        Workflow w = Workflow.start();
        w.organiser().get(DIRECTORY + "?q=NURIA", w.eventId).then().statusCode(200)
                .header("X-Total-Count", "1").body("id", contains("eu-levante"));
        w.organiser().get(DIRECTORY + "?q=航太", w.eventId).then().body("id", contains("tw-aero"));
        w.organiser().get(DIRECTORY + "?q=cluster 5g", w.eventId).then()
                .body("id", contains("eu-nordic", "eu-levante"));
        w.organiser().get(DIRECTORY + "?sector=5G&country=TW", w.eventId).then().body("id", contains("tw-tpca"));
        w.organiser().get(DIRECTORY + "?group=taiwanese association&sort=-name", w.eventId).then()
                .header("X-Total-Count", "3").body("id", hasSize(3));
    }

    @Test
    void pagesAreStableAndCountTheWhole() {
        Workflow w = Workflow.start();
        w.organiser().get(DIRECTORY + "?sort=group&size=2&page=0", w.eventId).then()
                .header("X-Total-Count", "6").body("id", contains("eu-castra", "eu-levante"));
        w.organiser().get(DIRECTORY + "?sort=group&size=2&page=1", w.eventId).then()
                .body("id", contains("eu-nordic", "tw-aero"));
        w.organiser().get(DIRECTORY + "?sort=group&size=2&page=2", w.eventId).then()
                .body("id", contains("tw-cnfi", "tw-tpca"));
        w.organiser().get(DIRECTORY + "?sort=group&size=2&page=3", w.eventId).then().body("id", hasSize(0));
        w.organiser().get(DIRECTORY + "?sort=colour", w.eventId).then().statusCode(400)
                .body("type", equalTo("urn:matchday:problem:invalid-parameter"))
                .body("errors[0].path", equalTo("sort"));
        w.organiser().get(DIRECTORY + "?size=0", w.eventId).then().statusCode(400)
                .body("errors[0].path", equalTo("size"));
    }

    @Test
    void participantsSeeOthersPublicProfileOnlyAndChangeOnlyTheirOwn() {
        Workflow w = Workflow.start().inPhase("REGISTRATION");
        w.participant("tw-aero").get(DIRECTORY + "/eu-castra", w.eventId).then().statusCode(200)
                .body("name", equalTo("Marie Dubois"))
                .body("$", not(hasKey("email"))).body("$", not(hasKey("availability")))
                .body("$", not(hasKey("version")));
        w.participant("eu-castra").get(DIRECTORY + "/eu-castra", w.eventId).then()
                .body("email", equalTo("marie.dubois@castra." + w.domain));
        w.participant("tw-aero").contentType(ContentType.JSON).body(Map.of("organisation", "Taken over"))
                .put(DIRECTORY + "/eu-castra/profile", w.eventId).then().statusCode(403);
        w.participant("tw-aero").contentType(ContentType.JSON).body(Map.of("availability", List.of()))
                .put(DIRECTORY + "/eu-castra/availability", w.eventId).then().statusCode(403);
        w.participant("tw-aero").post(DIRECTORY + "/eu-castra/cancellation", w.eventId).then().statusCode(403);
        w.participant("tw-aero").put(DIRECTORY + "/eu-castra", w.eventId).then().statusCode(403);
        w.organiser().get(DIRECTORY + "/eu-castra", w.eventId).then().body("organisation", equalTo("CASTRA"));
    }

    @Test
    void aParticipantEditsItsProfileAndItsGroupOnlyBeforeWishesOpen() {
        Workflow w = Workflow.start().inPhase("REGISTRATION");
        Map<String, Object> profile = Map.of("organisation", "CASTRA", "group", "EU cluster", "country", "BG",
                "description", "Bulgarian aerospace cluster", "languages", List.of("en", "bg"),
                "email", "new@castra.example");
        w.participant("eu-castra").contentType(ContentType.JSON).body(profile)
                .put(DIRECTORY + "/eu-castra/profile", w.eventId).then().statusCode(200)
                .body("description", equalTo("Bulgarian aerospace cluster")).body("languages", contains("en", "bg"))
                .body("name", equalTo("Marie Dubois"));
        w.participant("eu-castra").contentType(ContentType.JSON)
                .body(Map.of("group", "EU cluster", "email", "not an address"))
                .put(DIRECTORY + "/eu-castra/profile", w.eventId).then().statusCode(400)
                .body("errors.path", hasItem("$.email"));
        w.inPhase("WISHES_OPEN");
        w.participant("eu-castra").contentType(ContentType.JSON).body(Map.of("group", "Taiwanese association"))
                .put(DIRECTORY + "/eu-castra/profile", w.eventId).then().statusCode(409)
                .body("detail", containsString("WISHES_OPEN"));
        w.participant("eu-castra").contentType(ContentType.JSON)
                .body(Map.of("group", "EU cluster", "description", "Still the same group"))
                .put(DIRECTORY + "/eu-castra/profile", w.eventId).then().statusCode(200);
        w.participant("eu-castra").contentType(ContentType.JSON)
                .body(Map.of("group", "EU cluster", "version", 0))
                .put(DIRECTORY + "/eu-castra/profile", w.eventId).then().statusCode(409)
                .body("detail", containsString("version"));
    }

    @Test
    void availabilityIsCheckedAsTheImportChecksItAndClosesWithWishes() {
        Workflow w = Workflow.start().inPhase("REGISTRATION");
        w.participant("eu-nordic").contentType(ContentType.JSON)
                .body(Map.of("availability", List.of(Map.of("session", "pm", "from", "09:00", "to", "10:00"))))
                .put(DIRECTORY + "/eu-nordic/availability", w.eventId).then().statusCode(400)
                .body("errors.path", hasItem(containsString("availability[0]")));
        w.participant("eu-nordic").contentType(ContentType.JSON)
                .body(Map.of("availability", List.of(Map.of("session", "pm", "from", "13:30", "to", "14:30"))))
                .put(DIRECTORY + "/eu-nordic/availability", w.eventId).then().statusCode(200)
                .body("availability[0].to", equalTo("14:30"));
        w.inPhase("WISHES_CLOSED");
        w.participant("eu-nordic").contentType(ContentType.JSON).body(Map.of())
                .put(DIRECTORY + "/eu-nordic/availability", w.eventId).then().statusCode(409)
                .body("detail", containsString("WISHES_CLOSED"));
        w.organiser().contentType(ContentType.JSON).body(Map.of())
                .put(DIRECTORY + "/eu-nordic/availability", w.eventId).then().statusCode(200)
                .body("availability", nullValue());
    }
}
