package org.matchday.outcome;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.matchday.config.SettableClock;
import org.matchday.export.ReadBack;
import org.matchday.mail.SmtpProfile;
import org.matchday.mail.SmtpServer;
import org.matchday.security.AccessFixture;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feedback, follow-up and the outcome report over HTTP on the published Taipei 2018 sample, with mails read from a
 * real SMTP server and the workbook and PDF read back with POI and PDFBox.
 */
@QuarkusTest
@TestProfile(SmtpProfile.class)
class OutcomeResourceTest {

    private static final String FEEDBACK = "/api/events/{eventId}/meetings/{a}/{b}/feedback";
    private static final String OUTCOME = "/api/events/{eventId}/meetings/{a}/{b}/outcome";
    private static final String HELD = "/api/events/{eventId}/meetings/{a}/{b}/held";

    @Inject
    SettableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void eachSideGivesAndReadsOnlyItsOwnFeedbackAndTheOrganiserReadsBoth() throws Exception {
        OutcomeFixture f = OutcomeFixture.published();
        List<String> m = f.meetings.get(0);
        String a = m.get(0);
        String b = m.get(1);
        put(f, a, FEEDBACK, a, b, Map.of("held", true, "rating", 4, "interest", "FOLLOW_UP", "note", "Send specs"))
                .then().statusCode(200).body("answers", hasSize(1)).body("answers[0].participant", equalTo(a))
                .body("answers[0].rating", equalTo(4));
        // The other side names the pair the other way round: the same meeting.
        put(f, b, FEEDBACK, b, a, Map.of("held", true, "rating", 2, "interest", "NONE")).then().statusCode(200);

        f.participant(a).get(FEEDBACK, f.eventId, b, a).then().statusCode(200).body("answers", hasSize(1))
                .body("answers[0].participant", equalTo(a)).body("answers[0].rating", equalTo(4))
                .body("answers[0].interest", equalTo("FOLLOW_UP")).body("answers[0].note", equalTo("Send specs"));
        f.participant(b).get(FEEDBACK, f.eventId, a, b).then().statusCode(200).body("answers", hasSize(1))
                .body("answers[0].participant", equalTo(b)).body("answers[0].rating", equalTo(2))
                .body("answers[0].note", equalTo(null));
        JsonPath both = AccessFixture.as(f.organiser).get(FEEDBACK, f.eventId, a, b).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(Set.of(a, b), new HashSet<>(both.getList("answers.participant")));
        assertEquals(Set.of(4, 2), new HashSet<>(both.getList("answers.rating")));

        // A third participant, staff, and the organiser answering for a side are refused.
        String outsider = f.outsider(m);
        f.participant(outsider).get(FEEDBACK, f.eventId, a, b).then().statusCode(403);
        put(f, outsider, FEEDBACK, a, b, Map.of("held", true)).then().statusCode(403)
                .body("code", equalTo("outcome.own-answer"));
        put(f, outsider, OUTCOME, a, b, Map.of("status", "NONE")).then().statusCode(403);
        AccessFixture.as(f.staff).contentType(ContentType.JSON).body(Map.of("held", true))
                .put(FEEDBACK, f.eventId, a, b).then().statusCode(403);
        AccessFixture.as(f.staff).get(FEEDBACK, f.eventId, a, b).then().statusCode(403);
        AccessFixture.as(f.organiser).contentType(ContentType.JSON).body(Map.of("held", true))
                .put(FEEDBACK, f.eventId, a, b).then().statusCode(403);

        // A pair without a published meeting, asked by one of its own: a problem naming both.
        List<String> unrelated = f.unrelatedPair();
        put(f, unrelated.get(0), FEEDBACK, unrelated.get(0), unrelated.get(1), Map.of("held", true))
                .then().statusCode(404).contentType(containsString("application/problem+json"))
                .body("code", equalTo("outcome.no-meeting"))
                .body("detail", containsString(unrelated.get(0))).body("detail", containsString(unrelated.get(1)));
    }

    @Test
    void badAnswersAreRefusedNamingTheField() throws Exception {
        OutcomeFixture f = OutcomeFixture.published();
        String a = f.meetings.get(0).get(0);
        String b = f.meetings.get(0).get(1);
        put(f, a, FEEDBACK, a, b, Map.of("held", true, "rating", 0)).then().statusCode(400)
                .body("errors[0].path", equalTo("$.rating"));
        put(f, a, FEEDBACK, a, b, Map.of("held", true, "interest", "MAYBE")).then().statusCode(400)
                .body("errors[0].path", equalTo("$.interest"));
        put(f, a, FEEDBACK, a, b, Map.of("rating", 3)).then().statusCode(400)
                .body("errors[0].path", equalTo("$.held"));
        put(f, a, FEEDBACK, a, b, Map.of("held", false, "rating", 3)).then().statusCode(400)
                .body("errors[0].path", equalTo("$.rating"));
        put(f, a, OUTCOME, a, b, Map.of("status", "AGREEMENT", "kinds", List.of("TECHNOLOGY", "BARTER")))
                .then().statusCode(400).body("errors[0].path", equalTo("$.kinds[1]"));
        put(f, a, OUTCOME, a, b, Map.of("status", "DONE")).then().statusCode(400)
                .body("errors[0].path", equalTo("$.status"));
        // Nothing was saved by the refusals.
        f.participant(a).get(FEEDBACK, f.eventId, a, b).then().statusCode(200).body("answers", hasSize(0));
    }

    /**
     * Five meetings with no participant in common, answered as below; every other published meeting is unanswered.
     * M1: both held (5 cooperation likely, 4 follow-up), later A agreement (technology, research; story published),
     * B in progress. M2: A held (3, none), B says not held. M3: staff recorded it from the table sheets. M4: A held
     * with a follow-up and no rating; later B agreement (commercial; story kept private). M5: nobody.
     * By hand: held M1, M3, M4 = 3; not held M2 = 1; rated M1, M2 = 2 with ratings 5, 4, 3 averaging 4.0; interest
     * M1, M4 = 2; agreements M1, M4 = 2; in progress 0 (M1 has an agreement); unknown = planned - 4.
     */
    @Test
    void theReportCountsTheAnswersAndTheFollowUpAsksOnlyThoseWithInterest() throws Exception {
        OutcomeFixture f = OutcomeFixture.published();
        assertTrue(f.meetings.size() >= 5, "disjoint meetings: " + f.meetings);
        List<String> m1 = f.meetings.get(0);
        List<String> m2 = f.meetings.get(1);
        List<String> m3 = f.meetings.get(2);
        List<String> m4 = f.meetings.get(3);
        feedback(f, m1, 0, Map.of("held", true, "rating", 5, "interest", "COOPERATION_LIKELY"));
        feedback(f, m1, 1, Map.of("held", true, "rating", 4, "interest", "FOLLOW_UP"));
        feedback(f, m2, 0, Map.of("held", true, "rating", 3, "interest", "NONE"));
        feedback(f, m2, 1, Map.of("held", false));
        AccessFixture.as(f.staff).contentType(ContentType.JSON).body(Map.of("held", true))
                .put(HELD, f.eventId, m3.get(1), m3.get(0)).then().statusCode(200).body("heldByStaff", equalTo(true));
        feedback(f, m4, 0, Map.of("held", true, "interest", "FOLLOW_UP"));

        Instant start = Instant.parse("2018-12-05T02:00:00Z");
        clock.set(start);
        JsonPath asked = AccessFixture.as(f.organiser).post("/api/events/{eventId}/follow-up", f.eventId)
                .then().statusCode(202).extract().jsonPath();
        assertEquals(4, asked.getInt("asked"), asked.prettify());
        assertEquals(0, asked.getInt("reminded"));
        Set<String> interested = Set.of(m1.get(0), m1.get(1), m4.get(0), m4.get(1));
        Map<String, MimeMessage> mails = followUpMails(f, 4);
        assertEquals(interested, mails.keySet());
        for (String p : interested) {
            String subject = mails.get(p).getSubject();
            String text = (String) mails.get(p).getContent();
            if (p.startsWith("tw-")) {
                assertTrue(subject.endsWith("的會談帶來了什麼成果？"), subject);
                assertTrue(text.contains("會後回饋"), text);
            } else {
                assertTrue(subject.startsWith("What came of your meetings at"), subject);
            }
            assertTrue(text.matches("(?s).*https?://\\S+/p/[A-Za-z0-9_-]{43}\\s.*"), text);
        }

        outcome(f, m1, 0, Map.of("status", "AGREEMENT", "kinds", List.of("TECHNOLOGY", "RESEARCH"),
                "story", "We now co-develop a drone test bed.", "publishStory", true));
        outcome(f, m1, 1, Map.of("status", "IN_PROGRESS"));
        outcome(f, m4, 1, Map.of("status", "AGREEMENT", "kinds", List.of("COMMERCIAL"), "story", "Private deal",
                "publishStory", false));

        // Asking again at once reminds nobody: three answered, the fourth was asked too recently.
        JsonPath again = AccessFixture.as(f.organiser).post("/api/events/{eventId}/follow-up", f.eventId)
                .then().statusCode(202).extract().jsonPath();
        assertEquals(0, again.getInt("asked"));
        assertEquals(List.of(m4.get(0)), again.getList("heldBack"));
        assertEquals(3, again.getList("answered").size());
        // A week later the one who did not answer gets a reminder, and at most two.
        clock.set(start.plus(Duration.ofDays(8)));
        JsonPath reminder = AccessFixture.as(f.organiser).post("/api/events/{eventId}/follow-up", f.eventId)
                .then().statusCode(202).extract().jsonPath();
        assertEquals(1, reminder.getInt("asked"));
        assertEquals(1, reminder.getInt("reminded"));
        clock.set(start.plus(Duration.ofDays(16)));
        assertEquals(1, AccessFixture.as(f.organiser).post("/api/events/{eventId}/follow-up", f.eventId)
                .then().statusCode(202).extract().jsonPath().getInt("reminded"));
        clock.set(start.plus(Duration.ofDays(24)));
        assertEquals(0, AccessFixture.as(f.organiser).post("/api/events/{eventId}/follow-up", f.eventId)
                .then().statusCode(202).extract().jsonPath().getInt("asked"));

        int planned = f.planned();
        JsonPath report = AccessFixture.as(f.staff).get("/api/events/{eventId}/outcomes", f.eventId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(planned, report.getInt("planned"));
        assertEquals(3, report.getInt("held"));
        assertEquals(1, report.getInt("notHeld"));
        assertEquals(2, report.getInt("rated"));
        assertEquals(4.0, report.getDouble("averageRating"));
        assertEquals(2, report.getInt("followUpInterest"));
        assertEquals(2, report.getInt("agreements"));
        assertEquals(0, report.getInt("inProgress"));
        assertEquals(planned - 4, report.getInt("unknown"));
        assertEquals(Map.of("COMMERCIAL", 1, "TECHNOLOGY", 1, "RESEARCH", 1, "INVESTMENT", 0, "OTHER", 0),
                report.getMap("agreementsByKind"));
        assertEquals(planned, report.getList("byGroupPair.planned", Integer.class).stream()
                .mapToInt(Integer::intValue).sum());
        assertEquals(2, report.getList("byGroupPair.agreements", Integer.class).stream()
                .mapToInt(Integer::intValue).sum());
        assertEquals(List.of("We now co-develop a drone test bed."), report.getList("stories.story"));
        assertEquals(List.of(m1.get(0)), report.getList("stories.author"));

        // The workbook carries the same totals and breakdowns.
        byte[] xlsx = AccessFixture.as(f.organiser).get("/api/events/{eventId}/outcomes.xlsx", f.eventId)
                .then().statusCode(200).contentType(OutcomeResource.XLSX).extract().asByteArray();
        try (XSSFWorkbook book = ReadBack.workbook(xlsx)) {
            Sheet totals = book.getSheetAt(0);
            assertEquals("Planned meetings", totals.getRow(1).getCell(0).getStringCellValue());
            int[] expected = {planned, 3, 1, 2, -1, 2, 2, 0, planned - 4};
            for (int i = 0; i < expected.length; i++) {
                double value = totals.getRow(i + 1).getCell(1).getNumericCellValue();
                assertEquals(i == 4 ? 4.0 : expected[i], value, "totals row " + (i + 1));
            }
            Sheet kinds = book.getSheetAt(1);
            assertEquals("Technology", kinds.getRow(2).getCell(0).getStringCellValue());
            assertEquals(1, (int) kinds.getRow(2).getCell(1).getNumericCellValue());
            Sheet pairs = book.getSheetAt(2);
            List<String> keys = report.getList("byGroupPair.key");
            for (int i = 0; i < keys.size(); i++) {
                assertEquals(keys.get(i), pairs.getRow(i + 1).getCell(0).getStringCellValue());
                assertEquals(report.getInt("byGroupPair[" + i + "].planned"),
                        (int) pairs.getRow(i + 1).getCell(1).getNumericCellValue());
            }
            assertEquals("We now co-develop a drone test bed.",
                    book.getSheetAt(5).getRow(1).getCell(3).getStringCellValue());
        }
        byte[] zhXlsx = AccessFixture.as(f.organiser).get("/api/events/{eventId}/outcomes.xlsx?lang=zh-TW", f.eventId)
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = ReadBack.workbook(zhXlsx)) {
            assertEquals("排定的會談", book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
        }

        // The PDF, in both languages, with the same figures and bar charts.
        byte[] pdf = AccessFixture.as(f.organiser).get("/api/events/{eventId}/outcomes.pdf", f.eventId)
                .then().statusCode(200).contentType(OutcomeResource.PDF).extract().asByteArray();
        String text = ReadBack.pdfText(pdf);
        assertTrue(text.contains("Outcome report"), text);
        assertTrue(text.contains("Planned meetings " + planned), text);
        assertTrue(text.contains("Agreements 2"), text);
        assertTrue(text.contains("Unknown " + (planned - 4)), text);
        assertTrue(text.contains("Average rating 4.0"), text);
        assertTrue(text.contains("We now co-develop a drone test bed."), text);
        assertTrue(!text.contains("Private deal"), "a private story is never printed");
        // One bar per count of the totals (all but the average) and one per kind of agreement.
        assertEquals(8 + 5, filledRectangles(pdf), "bars of the two charts");
        String zh = ReadBack.pdfText(AccessFixture.as(f.organiser)
                .get("/api/events/{eventId}/outcomes.pdf?lang=zh-TW", f.eventId).then().statusCode(200)
                .extract().asByteArray());
        assertTrue(zh.contains("成果報告") && zh.contains("達成協議 2") && zh.contains("不明 " + (planned - 4)), zh);
        AccessFixture.as(f.organiser).get("/api/events/{eventId}/outcomes.pdf?lang=fr", f.eventId).then()
                .statusCode(400).body("errors[0].path", equalTo("lang"));
    }

    @Test
    void feedbackRequestsGoToParticipantsWithMeetingsInTheirLanguage() throws Exception {
        OutcomeFixture f = OutcomeFixture.published();
        List<String> m = f.meetings.get(0);
        Set<String> withMeetings = new HashSet<>();
        f.published.forEach(withMeetings::addAll);
        // Both sides of one meeting answered already: they are not asked.
        feedback(f, m, 0, Map.of("held", true));
        feedback(f, m, 1, Map.of("held", true));
        JsonPath asked = AccessFixture.as(f.organiser).post("/api/events/{eventId}/feedback-requests", f.eventId)
                .then().statusCode(202).extract().jsonPath();
        Set<String> expected = new HashSet<>(withMeetings);
        f.published.stream().filter(pair -> pair.containsAll(m)).findFirst();
        // Those two answered every meeting only if the pair is their one meeting; count from the answer's lists.
        assertEquals(withMeetings.size(), asked.getInt("asked") + asked.getList("answered").size());
        assertTrue(asked.getInt("asked") > 0);
        String tw = expected.stream().filter(p -> p.startsWith("tw-") && !asked.getList("answered").contains(p))
                .findFirst().orElseThrow();
        MimeMessage mail = waitFor(f.address(tw), "的會談進行得如何？");
        assertTrue(((String) mail.getContent()).contains("只有您與主辦單位看得到"), (String) mail.getContent());
    }

    private static io.restassured.response.Response put(OutcomeFixture f, String caller, String path, String a,
            String b, Map<String, Object> body) {
        return f.participant(caller).contentType(ContentType.JSON).body(body).put(path, f.eventId, a, b);
    }

    private static void feedback(OutcomeFixture f, List<String> pair, int side, Map<String, Object> body) {
        put(f, pair.get(side), FEEDBACK, pair.get(0), pair.get(1), body).then().statusCode(200);
    }

    private static void outcome(OutcomeFixture f, List<String> pair, int side, Map<String, Object> body) {
        put(f, pair.get(side), OUTCOME, pair.get(0), pair.get(1), body).then().statusCode(200)
                .body("answers[0].status", equalTo(body.get("status")));
    }

    /** The follow-up mails of this fixture's event, by participant, once there are {@code count}. */
    private static Map<String, MimeMessage> followUpMails(OutcomeFixture f, int count) throws Exception {
        GreenMail server = SmtpServer.server();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            Map<String, MimeMessage> found = new java.util.TreeMap<>();
            for (MimeMessage message : server.getReceivedMessages()) {
                String to = ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
                String subject = message.getSubject();
                if (to.contains("." + f.mailTag + "@") && (subject.contains("What came of")
                        || subject.contains("帶來了什麼成果"))) {
                    found.put(to.substring(0, to.indexOf("." + f.mailTag + "@")), message);
                }
            }
            if (found.size() >= count || System.nanoTime() > deadline) {
                Thread.sleep(300);
                return found;
            }
            Thread.sleep(100);
        }
    }

    private static MimeMessage waitFor(String address, String subjectPart) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : SmtpServer.server().getReceivedMessages()) {
                String to = ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
                if (to.equals(address) && message.getSubject().contains(subjectPart)) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail \"" + subjectPart + "\" to " + address);
    }

    /** Rectangles drawn on every page: the bars. */
    private static int filledRectangles(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int count = 0;
            for (var page : document.getPages()) {
                List<Object> tokens = new ArrayList<>(new PDFStreamParser(page).parse());
                for (Object token : tokens) {
                    if (token instanceof Operator op && op.getName().equals("re")) {
                        count++;
                    }
                }
            }
            return count;
        }
    }
}
