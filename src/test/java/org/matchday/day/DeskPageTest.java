package org.matchday.day;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.matchday.security.AccessFixture;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.matchday.security.AccessFixture.as;

/**
 * The desk's participant parameter is whatever a QR code (or anyone) put in the address: it is looked up, never
 * run, and one the event does not know is said so in words.
 */
@QuarkusTest
class DeskPageTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @Test
    void anUnknownOrHostileParticipantIsNamedAsTextAndTheDeskStillWorks() {
        AccessFixture f = AccessFixture.create();
        as(f.staff).queryParam("participant", SCRIPT).get("/events/{e}/desk", f.eventId).then().statusCode(200)
                .contentType("text/html").body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString(SCRIPT))).body(containsString("id=\"desk-search\""));
        as(f.staff).queryParam("participant", "' OR '1'='1").get("/events/{e}/desk", f.eventId).then()
                .statusCode(200).body(containsString("Participant not found"));
        as(f.staff).queryParam("participant", AccessFixture.PARTICIPANT_A).get("/events/{e}/desk", f.eventId).then()
                .statusCode(200).body(containsString("data-check-in=\"" + AccessFixture.PARTICIPANT_A + "\""));
    }
}
