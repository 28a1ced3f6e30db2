package org.matchday.mail;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.ext.mail.MailMessage;
import jakarta.inject.Inject;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.matchday.export.ReadBack;
import org.matchday.security.AccessFixture;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What participants find in their mailbox, read from the mock mailer: recipients, subjects, the text in each one's
 * language, and the agendas attached, read back with PDFBox and ical4j.
 */
@QuarkusTest
class ParticipantMailsTest {

    private static final String EVENT = "Taiwan-EU Cluster Matchmaking (mail test)";
    private static final Pattern LINK = Pattern.compile("(https?://\\S+/p/([A-Za-z0-9_-]+))");

    @Inject
    MockMailbox mailbox;

    @Test
    void invitationsMailEachParticipantItsOwnWorkingLinkInItsLanguage() {
        MailFixture f = MailFixture.importEvent();
        given().contentType(ContentType.JSON).body(Map.of("participants", List.of("eu-01", "tw-01", "eu-02")))
                .post("/api/events/{eventId}/invitations", f.eventId)
                .then().statusCode(202)
                .body("invited", contains("eu-01", "tw-01"))
                .body("withoutEmail", contains("eu-02"))
                .body("$", not(hasKey("token")));

        MailMessage english = f.await(mailbox, "eu-01", 1).get(0);
        assertEquals(List.of(f.address("eu-01")), english.getTo());
        assertEquals("Matchday <matchday@localhost>", english.getFrom());
        assertEquals(EVENT + ": your personal link", english.getSubject());
        String text = english.getText();
        assertTrue(text.startsWith("Dear Marie Dubois,\n\nyou are invited to " + EVENT + "."), text);
        assertTrue(text.matches("(?s).*It works until \\w{3} \\d{4}-\\d{2}-\\d{2}\\..*"), text);
        assertTrue(text.endsWith("Matchday, for the organisers of " + EVENT + "\n"), text);
        String token = token(text);
        AccessFixture.withToken(token).get("/api/events/{eventId}", f.eventId).then().statusCode(200)
                .body("name", equalTo(EVENT));

        MailMessage chinese = f.await(mailbox, "tw-01", 1).get(0);
        assertEquals(EVENT + "：您的個人連結", chinese.getSubject());
        assertTrue(chinese.getText().startsWith("林明哲 您好：\n\n誠摯邀請您參加 " + EVENT + "。"), chinese.getText());
        assertTrue(chinese.getText().contains("此連結僅供您本人使用，請勿轉寄。"), chinese.getText());
        String otherToken = token(chinese.getText());
        assertFalse(otherToken.equals(token), "each participant gets a link of its own");
        AccessFixture.withToken(otherToken).get("/api/events/{eventId}/participants/tw-01/agenda.ics", f.eventId)
                .then().statusCode(200);
    }

    @Test
    void invitingAnUnknownParticipantInvitesNobody() {
        MailFixture f = MailFixture.importEvent();
        given().contentType(ContentType.JSON).body(Map.of("participants", List.of("eu-01", "nobody")))
                .post("/api/events/{eventId}/invitations", f.eventId)
                .then().statusCode(400)
                .body("errors[0].path", equalTo("$.participants[1]"));
        given().contentType(ContentType.JSON).body(Map.of("participants", List.of("eu-03")))
                .post("/api/events/{eventId}/invitations", f.eventId).then().statusCode(202);
        // One worker sends in order: once eu-03's invitation is out, an invitation to eu-01 would be too.
        f.await(mailbox, "eu-03", 1);
        assertTrue(f.sent(mailbox, "eu-01").isEmpty());
    }

    @Test
    void wishesTellTheReceiverAndTheAnswerTellsTheSender() {
        MailFixture f = MailFixture.importEvent();
        phase(f, "WISHES_OPEN");
        String katrin = link(f, "eu-03");
        String lin = link(f, "tw-01");
        String chen = link(f, "tw-02");

        String toLin = AccessFixture.withToken(katrin).contentType(ContentType.JSON)
                .body(Map.of("to", "tw-01", "note", "Chip design & smart factories?"))
                .post("/api/events/{eventId}/wishes", f.eventId).then().statusCode(201)
                .extract().jsonPath().getString("id");
        MailMessage received = f.await(mailbox, "tw-01", 1).get(0);
        assertEquals(EVENT + "：Katrin Weber 希望與您會談", received.getSubject());
        assertEquals("林明哲 您好：\n\n"
                + "Katrin Weber（Silicon Saxony） 希望在 " + EVENT + " 與您會談。\n\n"
                + "對方留言：Chip design & smart factories?\n\n"
                + "請透過您的個人連結接受或婉拒這項邀請。\n\n"
                + "Matchday，代 " + EVENT + " 主辦單位發送\n", received.getText());

        AccessFixture.withToken(lin).post("/api/events/{eventId}/wishes/{requestId}/accept", f.eventId, toLin)
                .then().statusCode(200);
        MailMessage accepted = f.await(mailbox, "eu-03", 1).get(0);
        assertEquals(EVENT + ": 林明哲 accepted your request", accepted.getSubject());
        assertTrue(accepted.getText().contains("林明哲 (中華民國全國工業總會) accepted your request to meet."),
                accepted.getText());

        String toChen = AccessFixture.withToken(katrin).contentType(ContentType.JSON).body(Map.of("to", "tw-02"))
                .post("/api/events/{eventId}/wishes", f.eventId).then().statusCode(201)
                .extract().jsonPath().getString("id");
        f.await(mailbox, "tw-02", 1);
        AccessFixture.withToken(chen).post("/api/events/{eventId}/wishes/{requestId}/decline", f.eventId, toChen)
                .then().statusCode(200);
        MailMessage declined = f.await(mailbox, "eu-03", 2).get(1);
        assertEquals(EVENT + ": 陳枝昌 declined your request", declined.getSubject());
        assertTrue(declined.getText().startsWith("Dear Katrin Weber,\n\n陳枝昌 (台灣區機械工業同業公會) declined your"
                + " request to meet."), declined.getText());

        for (MailMessage mail : List.of(received, accepted, declined)) {
            assertFalse(mail.getText().contains("/p/"), "only invitations carry a link: " + mail.getText());
        }
    }

    @Test
    void aWishNeedsNoAnswerWhenTheRulesAcceptItAtOnceAndNobodyWithoutAnAddressIsMailed() {
        MailFixture f = MailFixture.importEvent();
        given().contentType(ContentType.JSON).body(Map.of("acceptanceRequired", false))
                .put("/api/events/{eventId}/rules", f.eventId).then().statusCode(200);
        phase(f, "WISHES_OPEN");
        String katrin = link(f, "eu-03");
        AccessFixture.withToken(katrin).contentType(ContentType.JSON).body(Map.of("to", "eu-02"))
                .post("/api/events/{eventId}/wishes", f.eventId).then().statusCode(201);
        AccessFixture.withToken(katrin).contentType(ContentType.JSON).body(Map.of("to", "tw-02"))
                .post("/api/events/{eventId}/wishes", f.eventId).then().statusCode(201)
                .body("status", equalTo("ACCEPTED"));
        MailMessage received = f.await(mailbox, "tw-02", 1).get(0);
        assertTrue(received.getText().contains("本活動不需您確認邀請，這場會談將排入時間表。"), received.getText());
        assertTrue(f.sent(mailbox, "eu-03").isEmpty(), "the sender is not told of its own wish");
    }

    @Test
    void theFirstPublicationMailsEveryoneWithMeetingsTheirTimetableAndAgenda() {
        MailFixture f = MailFixture.importEvent();
        given().post("/api/events/{eventId}/publication", f.eventId).then().statusCode(201);

        MailMessage marie = f.await(mailbox, "eu-01", 1).get(0);
        assertEquals(EVENT + ": your timetable", marie.getSubject());
        assertEquals("Dear Marie Dubois,\n\n"
                + "the timetable of " + EVENT + " is published. Your meetings:\n\n"
                + "- Tue 2018-06-05, 13:30–13:50, Table 1: 林明哲 (中華民國全國工業總會)\n"
                + "- Tue 2018-06-05, 13:55–14:15, Table 2: 陳枝昌 (台灣區機械工業同業公會)\n\n"
                + "Your agenda is attached: a PDF to print and a calendar file (.ics) to import. Importing a newer"
                + " calendar file updates the meetings already in your calendar.\n\n"
                + "All times are local to Asia/Taipei.\n\n"
                + "Matchday, for the organisers of " + EVENT + "\n", marie.getText());
        assertEquals(List.of("agenda-eu-01.pdf", "agenda-eu-01.ics"),
                marie.getAttachment().stream().map(a -> a.getName()).toList());
        String pdf = ReadBack.pdfText(MailFixture.attachment(marie, "agenda-eu-01.pdf"));
        assertTrue(pdf.contains("Marie Dubois") && pdf.contains("林明哲") && pdf.contains("陳枝昌"), pdf);
        assertTrue(pdf.contains("Published schedule, version 1"), pdf);
        Calendar calendar = ReadBack.calendar(MailFixture.attachment(marie, "agenda-eu-01.ics"));
        List<VEvent> meetings = calendar.getComponents("VEVENT");
        assertEquals(2, meetings.size());
        assertEquals("Table 1", meetings.get(0).getLocation().getValue());

        MailMessage lin = f.await(mailbox, "tw-01", 1).get(0);
        assertEquals(EVENT + "：您的會談時間表", lin.getSubject());
        assertTrue(lin.getText().startsWith("林明哲 您好：\n\n" + EVENT + " 的會談時間表已公布。您的會談如下：\n\n"
                + "- 2018-06-05（週二）13:30–13:50，Table 1：Marie Dubois（CASTRA）\n"
                + "- 2018-06-05（週二）13:55–14:15，Table 1：Antti Peltomäki（Wind Cluster Ålborg）\n\n"), lin.getText());
        assertTrue(lin.getText().contains("所有時間均為 Asia/Taipei 當地時間。"), lin.getText());
        assertTrue(ReadBack.pdfText(MailFixture.attachment(lin, "agenda-tw-01.pdf")).contains("Marie Dubois"));

        f.await(mailbox, "tw-02", 1);
        barrier(f);
        assertTrue(f.sent(mailbox, "eu-03").size() == 1, "eu-03 has no meeting: only the barrier's invitation");
    }

    @Test
    void aRepublishMailsExactlyTheParticipantsWhoseMeetingMovedWithOldAndNewPlace() {
        MailFixture f = MailFixture.importEvent();
        given().post("/api/events/{eventId}/publication", f.eventId).then().statusCode(201);
        f.await(mailbox, "eu-01", 1);
        f.await(mailbox, "tw-01", 1);
        f.await(mailbox, "tw-02", 1);
        move(f, "eu-01", "tw-01", "2018-06-05T14:20", "T01");
        given().post("/api/events/{eventId}/publication", f.eventId).then().statusCode(201).body("number",
                equalTo(2));
        barrier(f);

        assertEquals(2, f.sent(mailbox, "eu-01").size());
        assertEquals(2, f.sent(mailbox, "tw-01").size());
        assertEquals(1, f.sent(mailbox, "tw-02").size(), "tw-02's meetings did not change");

        MailMessage marie = f.sent(mailbox, "eu-01").get(1);
        assertEquals(EVENT + ": your timetable has changed", marie.getSubject());
        assertTrue(marie.getText().contains("the timetable of " + EVENT + " has changed (version 2). What changed"
                + " for you:\n\n"
                + "- Moved: your meeting with 林明哲 (中華民國全國工業總會)\n"
                + "  was: Tue 2018-06-05, 13:30–13:50, Table 1\n"
                + "  now: Tue 2018-06-05, 14:20–14:40, Table 1\n\n"), marie.getText());
        assertFalse(marie.getText().contains("陳枝昌"), "only the meeting that changed is listed");
        Calendar calendar = ReadBack.calendar(MailFixture.attachment(marie, "agenda-eu-01.ics"));
        VEvent moved = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getSummary().getValue().contains("林明哲")).findFirst().orElseThrow();
        assertEquals("20180605T142000", moved.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertEquals("1", moved.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertTrue(ReadBack.pdfText(MailFixture.attachment(marie, "agenda-eu-01.pdf")).contains("version 2"));

        MailMessage lin = f.sent(mailbox, "tw-01").get(1);
        assertEquals(EVENT + "：您的會談時間表已變更", lin.getSubject());
        assertTrue(lin.getText().contains("- 改期：與 Marie Dubois（CASTRA） 的會談\n"
                + "  原為：2018-06-05（週二）13:30–13:50，Table 1\n"
                + "  改為：2018-06-05（週二）14:20–14:40，Table 1\n"), lin.getText());
    }

    @Test
    void aRepublishListsNewAndCancelledMeetings() {
        MailFixture f = MailFixture.importEvent();
        given().delete("/api/events/{eventId}/meetings/eu-01/tw-02/slot", f.eventId).then().statusCode(200);
        given().post("/api/events/{eventId}/publication", f.eventId).then().statusCode(201);
        f.await(mailbox, "tw-02", 1);
        move(f, "eu-01", "tw-02", "2018-06-05T13:55", "T02");
        given().delete("/api/events/{eventId}/meetings/eu-02/tw-02/slot", f.eventId).then().statusCode(200);
        given().post("/api/events/{eventId}/publication", f.eventId).then().statusCode(201);
        barrier(f);

        MailMessage chen = f.sent(mailbox, "tw-02").get(1);
        assertTrue(chen.getText().contains("- 取消：與 Antti Peltomäki（Wind Cluster Ålborg） 的會談\n"
                + "  原為：2018-06-05（週二）13:30–13:50，Table 2\n"), chen.getText());
        assertTrue(chen.getText().contains("- 新增：與 Marie Dubois（CASTRA） 的會談\n"
                + "  2018-06-05（週二）13:55–14:15，Table 2\n"), chen.getText());
        MailMessage marie = f.sent(mailbox, "eu-01").get(1);
        assertTrue(marie.getText().contains("- New: a meeting with 陳枝昌 (台灣區機械工業同業公會)\n"
                + "  Tue 2018-06-05, 13:55–14:15, Table 2\n"), marie.getText());
        assertEquals(1, f.sent(mailbox, "tw-01").size(), "tw-01's meetings did not change");
        List<VEvent> chenMeetings = ReadBack.calendar(MailFixture.attachment(chen, "agenda-tw-02.ics"))
                .getComponents("VEVENT");
        assertEquals(1, chenMeetings.size());
    }

    @Test
    void aPublicationWithoutChangesMailsNobody() {
        MailFixture f = MailFixture.importEvent();
        given().post("/api/events/{eventId}/publication", f.eventId).then().statusCode(201);
        f.await(mailbox, "eu-01", 1);
        given().post("/api/events/{eventId}/publication", f.eventId).then().statusCode(201);
        barrier(f);
        for (String participant : List.of("eu-01", "tw-01", "tw-02")) {
            assertEquals(1, f.sent(mailbox, participant).size(), participant);
        }
        given().get("/api/events/{eventId}/changes", f.eventId).then().statusCode(200).body("meetings", empty());
    }

    /**
     * Mails go out one at a time in the order asked for: once an invitation asked for now has arrived, every mail
     * asked for before it has been sent too.
     */
    private void barrier(MailFixture f) {
        int before = f.sent(mailbox, "eu-03").size();
        given().contentType(ContentType.JSON).body(Map.of("participants", List.of("eu-03")))
                .post("/api/events/{eventId}/invitations", f.eventId).then().statusCode(202);
        f.await(mailbox, "eu-03", before + 1);
    }

    private static String token(String text) {
        Matcher link = LINK.matcher(text);
        assertTrue(link.find(), "a personal link in " + text);
        return link.group(2);
    }

    private static String link(MailFixture f, String participant) {
        return given().post("/api/events/{eventId}/participants/{participantId}/link", f.eventId, participant)
                .then().statusCode(201).extract().jsonPath().getString("token");
    }

    private static void phase(MailFixture f, String phase) {
        given().contentType(ContentType.JSON).body(Map.of("phase", phase))
                .put("/api/events/{eventId}/phase", f.eventId).then().statusCode(200);
    }

    private static void move(MailFixture f, String a, String b, String start, String table) {
        given().contentType(ContentType.JSON).body(Map.of("start", start, "table", table))
                .put("/api/events/{eventId}/meetings/{a}/{b}", f.eventId, a, b).then().statusCode(200);
    }
}
