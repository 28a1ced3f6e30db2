package org.matchday.reminder;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.matchday.config.SettableClock;
import org.matchday.mail.SmtpProfile;
import org.matchday.mail.SmtpServer;
import org.matchday.rest.TestEvents;
import org.matchday.security.AccessFixture;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matchday.security.AccessFixture.as;

/**
 * Reminders over HTTP, mailed through a real SMTP server, at chosen instants of the workflow test event (wishes open
 * on 1 May 2018, the event is on 5 June 2018, Asia/Taipei): each kind goes out when it is due and only then, once, in
 * the participant's language (eu-* English, tw-cnfi and tw-aero Traditional Chinese), and not at all when off; an
 * expired wish frees its sender's cap.
 */
@QuarkusTest
@TestProfile(SmtpProfile.class)
class ReminderTest {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final String EVENT = "Taiwan-EU Cluster Cooperation Seminar (workflow test)";
    private static final String REMINDERS = "/api/events/{eventId}/reminders";

    @Inject
    SettableClock clock;

    @Inject
    ReminderTimer timer;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void eachReminderGoesOutWhenDueOnceAndInTheParticipantsLanguage() throws Exception {
        Run w = Run.start(this);
        at("2018-05-01T09:00");
        w.organiser().contentType(ContentType.JSON).body(allOn()).put(REMINDERS, w.eventId).then().statusCode(200)
                .body("expiryDays", equalTo(5)).body("wishesOpenedAt", equalTo(null));
        w.phase("WISHES_OPEN");
        w.organiser().get(REMINDERS, w.eventId).then().statusCode(200)
                .body("wishesOpenedAt", equalTo("2018-05-01T01:00:00Z"));

        at("2018-05-01T10:00");
        String toChinese = w.wish("eu-castra", "tw-cnfi");
        String toEnglish = w.wish("tw-aero", "eu-nordic");

        // 47 hours: not yet two days.
        at("2018-05-03T09:00");
        w.run(0, 0, 0, 0);
        at("2018-05-03T10:30");
        w.run(0, 0, 2, 0);
        w.run(0, 0, 0, 0);
        assertTrue(text(w.mail("tw-cnfi", EVENT + "：有 1 項會談邀請等待您回覆")).contains("- Marie Dubois（CASTRA）"));
        assertTrue(text(w.mail("eu-nordic", EVENT + ": 1 request waits for your answer"))
                .contains("A request left unanswered 5 days expires."));

        // Three days after wishes opened: those who asked no one and have an address (eu-levante and tw-tpca have none).
        at("2018-05-04T08:59");
        w.run(0, 0, 0, 0);
        at("2018-05-04T09:30");
        // The timer sends them this time, as it would every few minutes; the button then finds nothing left.
        timer.runAll();
        w.run(0, 0, 0, 0);
        w.mail("tw-cnfi", EVENT + "：您想與誰會談？");
        w.mail("eu-nordic", EVENT + ": whom would you like to meet?");

        // eu-castra fills its cap of three; it may not ask tw-cnfi twice.
        at("2018-05-05T12:00");
        String accepted = w.wish("eu-castra", "tw-aero");
        w.wish("eu-castra", "tw-tpca");
        w.send("eu-castra", "tw-cnfi").then().statusCode(409).contentType(startsWith("application/problem+json"));

        // Five days: the first two wishes expire; the later ones are a day old, reminded of by no one yet.
        at("2018-05-06T10:30");
        w.run(0, 0, 0, 2);
        w.run(0, 0, 0, 0);
        w.organiser().get("/api/events/{eventId}/requests/{requestId}", w.eventId, toChinese).then()
                .body("status", equalTo("DECLINED"));
        w.organiser().get("/api/events/{eventId}/requests/{requestId}", w.eventId, toEnglish).then()
                .body("status", equalTo("DECLINED"));
        w.mail("eu-castra", EVENT + ": your request to 林明哲 has expired");
        w.mail("tw-cnfi", EVENT + "：Marie Dubois 的會談邀請已失效");
        w.mail("tw-aero", EVENT + "：您對 Aino Mäkelä 的會談邀請已失效");
        w.mail("eu-nordic", EVENT + ": the request from 航太公會代表 has expired");
        // Both sides see it expired, not declined by its receiver: the API marks it, the wishes page says so.
        w.participant("eu-castra").get("/api/events/{eventId}/wishes", w.eventId).then()
                .body("sent.find { it.id == '" + toChinese + "' }.expiredAt", notNullValue());
        w.participant("tw-cnfi").get("/api/events/{eventId}/wishes", w.eventId).then()
                .body("received.find { it.id == '" + toChinese + "' }.expiredAt", notNullValue());
        w.participant("tw-aero").get("/api/events/{eventId}/wishes", w.eventId).then()
                .body("received.find { it.id == '" + accepted + "' }.expiredAt", nullValue());
        w.participant("eu-castra").accept("text/html").get("/participant/wishes").then().statusCode(200)
                .body(containsString("Expired unanswered"));
        w.participant("tw-cnfi").accept("text/html").header("Accept-Language", "zh-TW")
                .get("/participant/wishes").then().statusCode(200).body(containsString("逾期未回覆，已失效"));
        // The expired wish no longer counts against the cap nor stands in the way of asking again.
        w.wish("eu-castra", "tw-cnfi");

        // The agenda, the evening before the event day, to those with published meetings.
        w.participant("tw-aero").post("/api/events/{eventId}/wishes/{requestId}/accept", w.eventId, accepted).then()
                .statusCode(200);
        w.phase("WISHES_CLOSED");
        w.solve();
        w.phase("PUBLISHED");
        w.organiser().get("/api/events/{eventId}/meetings", w.eventId).then()
                .body("participants", hasItem(List.of("eu-castra", "tw-aero")))
                .body("participants", not(hasItem(List.of("eu-castra", "tw-cnfi"))));
        at("2018-06-04T17:59");
        w.run(0, 0, 0, 0);
        at("2018-06-04T18:00");
        w.run(2, 0, 0, 0);
        w.run(0, 0, 0, 0);
        MimeMessage english = w.mail("eu-castra", EVENT + ": your meetings on Tue 2018-06-05");
        assertTrue(text(english).contains(": 航太公會代表 (台灣區航太工業同業公會)"), text(english));
        assertTrue(attachments(english).contains("agenda-eu-castra.pdf"), attachments(english).toString());
        MimeMessage chinese = w.mail("tw-aero", EVENT + "：您 2018-06-05（週二） 的會談");
        assertTrue(text(chinese).contains("Marie Dubois（CASTRA）"), text(chinese));
        at("2018-06-05T13:30");
        w.run(0, 0, 0, 0);

        // Nothing else reached anyone, and no reminder twice. eu-castra: expired, accepted, timetable, agenda;
        // tw-aero: a wish, expired, timetable, agenda; tw-cnfi: two wishes, reminder, nudge, expired; eu-nordic: a
        // wish, reminder, nudge, expired.
        Thread.sleep(1000);
        assertEquals(4, w.mails("eu-castra", 0).size());
        assertEquals(4, w.mails("tw-aero", 0).size());
        assertEquals(5, w.mails("tw-cnfi", 0).size());
        assertEquals(4, w.mails("eu-nordic", 0).size());
    }

    @Test
    void remindersThatAreOffSendNothing() throws Exception {
        Run w = Run.start(this);
        at("2018-05-01T09:00");
        Map<String, Object> off = allOn();
        off.put("agendaEvening", false);
        off.put("noWish", false);
        off.put("unanswered", false);
        off.put("expiry", false);
        w.organiser().contentType(ContentType.JSON).body(off).put(REMINDERS, w.eventId).then().statusCode(200);
        w.phase("WISHES_OPEN");
        at("2018-05-01T10:00");
        String wish = w.wish("eu-castra", "tw-cnfi");
        at("2018-05-30T10:00");
        w.run(0, 0, 0, 0);
        w.organiser().get("/api/events/{eventId}/requests/{requestId}", w.eventId, wish).then()
                .body("status", equalTo("PENDING"));
        // Only the wish's own mail to its receiver.
        w.mails("tw-cnfi", 1);
        Thread.sleep(1000);
        assertEquals(1, w.mails("tw-cnfi", 0).size());
        assertEquals(0, w.mails("eu-nordic", 0).size());
    }

    @Test
    void badSettingsAreRefusedNamingTheFieldAndChangeNothing() {
        Run w = Run.start(this);
        w.organiser().contentType(ContentType.JSON).body(allOn()).put(REMINDERS, w.eventId).then().statusCode(200);

        Map<String, Object> bad = allOn();
        bad.put("agendaHour", 24);
        bad.put("noWishDays", 0);
        bad.put("unanswered", false);
        w.organiser().contentType(ContentType.JSON).body(bad).put(REMINDERS, w.eventId).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.path", equalTo(List.of("$.agendaHour", "$.noWishDays")));

        Map<String, Object> late = allOn();
        late.put("expiryDays", 2);
        w.organiser().contentType(ContentType.JSON).body(late).put(REMINDERS, w.eventId).then().statusCode(400)
                .body("code", equalTo("problems.reminders"))
                .body("errors[0].path", equalTo("$.expiryDays"))
                .body("errors[0].code", equalTo("reminders.expiry.field"));

        Map<String, Object> missing = allOn();
        missing.remove("expiry");
        w.organiser().contentType(ContentType.JSON).body(missing).put(REMINDERS, w.eventId).then().statusCode(400)
                .body("errors[0].path", equalTo("$.expiry"));

        w.organiser().get(REMINDERS, w.eventId).then().statusCode(200).body("agendaHour", equalTo(18))
                .body("noWishDays", equalTo(3)).body("unanswered", equalTo(true)).body("expiryDays", equalTo(5));
    }

    private static Map<String, Object> allOn() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("agendaEvening", true);
        settings.put("agendaHour", 18);
        settings.put("noWish", true);
        settings.put("noWishDays", 3);
        settings.put("unanswered", true);
        settings.put("unansweredDays", 2);
        settings.put("expiry", true);
        settings.put("expiryDays", 5);
        return settings;
    }

    private void at(String taipei) {
        clock.set(LocalDateTime.parse(taipei).atZone(TAIPEI).toInstant());
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return ((String) part.getContent()).replace("\r\n", "\n");
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    private static List<String> attachments(MimeMessage message) throws MessagingException, IOException {
        List<String> names = new ArrayList<>();
        if (message.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                if (multipart.getBodyPart(i).getFileName() != null) {
                    names.add(multipart.getBodyPart(i).getFileName());
                }
            }
        }
        return names;
    }

    /** The workflow test event imported by a new organiser, with addresses of this run's own. */
    private static final class Run {

        final String organiser;
        final long eventId;
        final String domain;
        final Map<String, String> tokens = new HashMap<>();

        private Run(String organiser, long eventId, String domain) {
            this.organiser = organiser;
            this.eventId = eventId;
            this.domain = domain;
        }

        static Run start(ReminderTest test) {
            long n = System.nanoTime();
            String organiser = AccessFixture.account("reminders-" + n, "ORGANISER");
            String domain = "remind" + n + ".example";
            String document = TestEvents.document("workflow-event.json").replace(".example\"", "." + domain + "\"");
            long eventId = as(organiser).contentType(ContentType.JSON).body(document).post("/api/events/import")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            Run run = new Run(organiser, eventId, domain);
            Response links = as(organiser).contentType(ContentType.JSON).body("{}")
                    .post("/api/events/{eventId}/links", eventId);
            links.then().statusCode(201);
            List<Map<String, String>> issued = links.jsonPath().getList("$");
            issued.forEach(link -> run.tokens.put(link.get("participant"), link.get("token")));
            return run;
        }

        RequestSpecification organiser() {
            return as(organiser);
        }

        RequestSpecification participant(String code) {
            return AccessFixture.withToken(tokens.get(code));
        }

        void phase(String phase) {
            organiser().contentType(ContentType.JSON).body(Map.of("phase", phase))
                    .put("/api/events/{eventId}/phase", eventId).then().statusCode(200);
        }

        Response send(String from, String to) {
            return participant(from).contentType(ContentType.JSON).body(Map.of("to", to))
                    .post("/api/events/{eventId}/wishes", eventId);
        }

        String wish(String from, String to) {
            return send(from, to).then().statusCode(201).extract().jsonPath().getString("id");
        }

        void run(int agenda, int noWish, int unanswered, int expired) {
            organiser().post(REMINDERS + "/run", eventId).then().statusCode(200)
                    .body("agenda", equalTo(agenda)).body("noWish", equalTo(noWish))
                    .body("unanswered", equalTo(unanswered)).body("expired", equalTo(expired));
        }

        void solve() {
            organiser().post("/api/events/{eventId}/solve?seconds=2", eventId).then().statusCode(202);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> "NOT_SOLVING".equals(organiser().get("/api/events/{eventId}/solve", eventId)
                            .jsonPath().getString("status")));
        }

        /** The one mail to a participant with this subject, once it arrived. */
        MimeMessage mail(String participant, String subject) throws MessagingException {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (true) {
                List<MimeMessage> found = new ArrayList<>();
                for (MimeMessage message : mails(participant, 0)) {
                    if (subject.equals(message.getSubject())) {
                        found.add(message);
                    }
                }
                assertTrue(found.size() <= 1, found.size() + " mails \"" + subject + "\"");
                if (found.size() == 1) {
                    return found.get(0);
                }
                if (System.nanoTime() > deadline) {
                    List<String> subjects = new ArrayList<>();
                    for (MimeMessage message : mails(participant, 0)) {
                        subjects.add(message.getSubject());
                    }
                    throw new AssertionError("No mail \"" + subject + "\" to " + participant + ", only " + subjects);
                }
                SmtpServer.server().waitForIncomingEmail(500, SmtpServer.server().getReceivedMessages().length + 1);
            }
        }

        /** The mails to a participant of this run, in the order they arrived, once there are at least {@code count}. */
        List<MimeMessage> mails(String participant, int count) throws MessagingException {
            String address = address(participant);
            GreenMail server = SmtpServer.server();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (true) {
                List<MimeMessage> found = new ArrayList<>();
                for (MimeMessage message : server.getReceivedMessages()) {
                    for (jakarta.mail.Address to : message.getRecipients(Message.RecipientType.TO)) {
                        if (((InternetAddress) to).getAddress().equals(address)) {
                            found.add(message);
                        }
                    }
                }
                if (found.size() >= count) {
                    return found;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Only " + found.size() + " mails reached " + address);
                }
                server.waitForIncomingEmail(500, server.getReceivedMessages().length + 1);
            }
        }

        private String address(String participant) {
            return switch (participant) {
                case "eu-castra" -> "marie.dubois@castra." + domain;
                case "eu-nordic" -> "aino@nordic5g." + domain;
                case "tw-cnfi" -> "lin@cnfi." + domain;
                case "tw-aero" -> "aero@taia." + domain;
                default -> throw new IllegalArgumentException(participant + " has no address");
            };
        }
    }
}
