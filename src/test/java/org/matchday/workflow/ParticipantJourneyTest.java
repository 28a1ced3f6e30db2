package org.matchday.workflow;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole journey over HTTP: an organiser opens wishes and issues links, two participants find each other, one
 * wishes, the other accepts, the timetable is solved and published, one calls the meeting off, and the organiser
 * re-solves and re-publishes, and exactly the participants whose meetings changed get a mail listing the change.
 */
@QuarkusTest
class ParticipantJourneyTest {

    @Inject
    MockMailbox mailbox;

    private void awaitMail(String address, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.getMailMessagesSentTo(address).size() >= count);
    }

    @Test
    void fromAWishToAPublishedMeetingAndACancellation() {
        Workflow w = Workflow.start();
        long id = w.eventId;
        w.inPhase("REGISTRATION");
        w.participant("tw-aero").contentType(ContentType.JSON)
                .body(Map.of("organisation", "台灣區航太工業同業公會", "group", "Taiwanese association", "country", "TW",
                        "sectors", List.of("Aerospace", "Drones"), "description", "航太產業 aerospace association",
                        "offers", "Drone certification and UAV test ranges", "seeks", "European avionics partners",
                        "languages", List.of("zh-TW", "en"), "email", "aero@taia.example"))
                .put("/api/events/{eventId}/participants/tw-aero/profile", id)
                .then().statusCode(200).body("offers", containsString("Drone"));
        // Too early for wishes: the problem names the phase.
        w.participant("eu-castra").contentType(ContentType.JSON).body(Map.of("to", "tw-aero"))
                .post("/api/events/{eventId}/wishes", id).then().statusCode(409)
                .body("detail", containsString("REGISTRATION")).body("errors[0].path", equalTo("phase"));

        w.inPhase("WISHES_OPEN");
        w.participant("eu-castra").get("/api/events/{eventId}/participants?q=drone", id)
                .then().statusCode(200).header("X-Total-Count", "1")
                .body("id", contains("tw-aero")).body("[0]", not(hasKey("email")));
        String wish = w.participant("eu-castra").contentType(ContentType.JSON)
                .body(Map.of("to", "tw-aero", "priority", 5, "note", "Avionics and drone testing?",
                        "sessions", List.of("pm")))
                .post("/api/events/{eventId}/wishes", id).then().statusCode(201)
                .body("status", equalTo("PENDING")).body("from", equalTo("eu-castra"))
                .extract().jsonPath().getString("id");
        w.participant("tw-aero").get("/api/events/{eventId}/wishes", id).then().statusCode(200)
                .body("received.id", contains(wish)).body("received[0].note", containsString("drone"))
                .body("sent", empty());
        w.accept("tw-aero", wish);
        w.accept("tw-cnfi", w.wish("eu-nordic", "tw-cnfi", 4));
        w.accept("eu-levante", w.wish("tw-tpca", "eu-levante", 3));
        w.organiser().get("/api/events/{eventId}/requests", id).then().statusCode(200)
                .body("find { it.id == '" + wish + "' }.status", equalTo("ACCEPTED"));

        w.inPhase("WISHES_CLOSED");
        w.solve(3);
        w.organiser().get("/api/events/{eventId}/solve", id).then().body("scheduled", equalTo(3));
        w.inPhase("SCHEDULED");
        w.organiser().post("/api/events/{eventId}/publication", id).then().statusCode(201);
        w.organiser().get("/api/events/{eventId}", id).then().body("phase", equalTo("PUBLISHED"));

        w.participant("eu-castra").get("/api/events/{eventId}/participants/eu-castra/agenda.ics", id)
                .then().statusCode(200).body(containsString("航太公會代表"));
        w.participant("tw-aero").get("/api/events/{eventId}/participants/tw-aero/agenda.ics", id)
                .then().statusCode(200).body(containsString("Marie Dubois"));

        w.participant("eu-castra").post("/api/events/{eventId}/meetings/eu-castra/tw-aero/cancellation", id)
                .then().statusCode(200).body("removed[0].participants", contains("eu-castra", "tw-aero"))
                .body("removed[0].kind", equalTo("DISAPPEARED"));
        w.organiser().get("/api/events/{eventId}/changes", id).then().statusCode(200)
                .body("publication", equalTo(1))
                .body("meetings", hasSize(1))
                .body("meetings[0].participants", contains("eu-castra", "tw-aero"))
                .body("meetings[0].kind", equalTo("DISAPPEARED"))
                .body("participants.participant", contains("eu-castra", "tw-aero"))
                .body("tables.table", hasSize(1));
        w.participant("eu-nordic").get("/api/events/{eventId}/changes", id).then().statusCode(200)
                .body("meetings", empty());

        w.solve(2);
        // Whom the re-publication concerns: everyone with a change since the publication in force.
        List<String> affected = w.organiser().get("/api/events/{eventId}/changes", id).jsonPath()
                .getList("participants.participant");
        Map<String, String> addresses = w.organiser().get("/api/events/{eventId}/participants", id).jsonPath()
                .<Map<String, String>>getList("findAll { it.email != null }").stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.get("id"), p -> p.get("email")));
        awaitMail(addresses.get("eu-castra"), 1);
        mailbox.clear();
        w.organiser().post("/api/events/{eventId}/publication", id).then().statusCode(201)
                .body("number", equalTo(2));
        List<String> told = affected.stream().filter(addresses::containsKey).toList();
        assertTrue(told.contains("eu-castra") && told.contains("tw-aero"), "affected: " + affected);
        for (String participant : told) {
            awaitMail(addresses.get(participant), 1);
        }
        String castraMail = mailbox.getMailMessagesSentTo(addresses.get("eu-castra")).get(0).getText();
        assertTrue(castraMail.contains("航太公會代表"), castraMail);
        // Give the outbox time to send anything else it might, then nobody else of this event has mail.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        for (Map.Entry<String, String> address : addresses.entrySet()) {
            int expected = told.contains(address.getKey()) ? 1 : 0;
            assertEquals(expected, mailbox.getMailMessagesSentTo(address.getValue()).size(),
                    address.getKey() + " has the change mail only if its meetings changed");
        }
        w.organiser().get("/api/events/{eventId}/changes", id).then().body("publication", equalTo(2))
                .body("meetings", empty());
        // The withdrawn meeting stays in the calendar only as cancelled, so that a calendar that took it strikes it out.
        String calendar = w.participant("eu-castra").get("/api/events/{eventId}/participants/eu-castra/agenda.ics", id)
                .then().statusCode(200).extract().asString().replace("\r\n ", "").replace("\n ", "");
        List<String> withAero = Arrays.stream(calendar.split("BEGIN:VEVENT")).skip(1)
                .filter(event -> event.contains("航太公會代表")).toList();
        assertEquals(1, withAero.size(), calendar);
        assertTrue(withAero.get(0).contains("STATUS:CANCELLED"), calendar);
        w.organiser().get("/api/events/{eventId}/requests", id).then()
                .body("findAll { it.status == 'CANCELLED' }.id", hasItem(wish))
                .body("findAll { it.status == 'ACCEPTED' }", hasSize(greaterThanOrEqualTo(2)));
    }
}
