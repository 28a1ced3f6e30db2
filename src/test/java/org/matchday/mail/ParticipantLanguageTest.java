package org.matchday.mail;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.ext.mail.MailMessage;
import jakarta.inject.Inject;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.matchday.export.ReadBack;
import org.matchday.security.AccessFixture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One participant, one language: Marie Dubois lists French, which Matchday does not speak, then Traditional Chinese,
 * and gets Chinese everywhere: her mails, the agenda and calendar attached to them, the same files downloaded by the
 * organiser and her calendar subscription. Read back from the mock mailer, with PDFBox and with ical4j.
 */
@QuarkusTest
class ParticipantLanguageTest {

    private static final String EVENT = "Taiwan-EU Cluster Matchmaking (mail test)";
    private static final Pattern LINK = Pattern.compile("https?://\\S+/p/([A-Za-z0-9_-]+)");

    @Inject
    MockMailbox mailbox;

    @Test
    void aFrenchSpeakerWhoReadsChineseGetsChineseMailsAgendasAndCalendars() {
        MailFixture f = MailFixture.importEvent(json -> json.replace(
                "\"languages\": [\"fr\", \"en\"], \"email\": \"marie.dubois@",
                "\"languages\": [\"fr\", \"zh-TW\"], \"email\": \"marie.dubois@"));

        given().contentType(ContentType.JSON).body(Map.of("participants", List.of("eu-01")))
                .post("/api/events/{eventId}/invitations", f.eventId).then().statusCode(202);
        MailMessage invitation = f.await(mailbox, "eu-01", 1).get(0);
        assertEquals(EVENT + "：您的個人連結", invitation.getSubject());
        assertThat(invitation.getText(), startsWith("Marie Dubois 您好：\n\n誠摯邀請您參加 " + EVENT + "。"));
        Matcher link = LINK.matcher(invitation.getText());
        assertTrue(link.find(), invitation.getText());
        String token = link.group(1);

        given().post("/api/events/{eventId}/publication", f.eventId).then().statusCode(201);
        MailMessage timetable = f.await(mailbox, "eu-01", 2).get(1);
        assertEquals(EVENT + "：您的會談時間表", timetable.getSubject());
        assertThat(timetable.getText(), startsWith("Marie Dubois 您好：\n\n" + EVENT + " 的會談時間表已公布。您的會談如下：\n\n"
                + "- 2018-06-05（週二）13:30–13:50，Table 1：林明哲（中華民國全國工業總會）\n"
                + "- 2018-06-05（週二）13:55–14:15，Table 2：陳枝昌（台灣區機械工業同業公會）\n\n"));
        assertChineseAgenda(MailFixture.attachment(timetable, "agenda-eu-01.pdf"));
        assertChineseCalendar(MailFixture.attachment(timetable, "agenda-eu-01.ics"));

        assertChineseAgenda(given().get("/api/events/{eventId}/participants/eu-01/agenda.pdf", f.eventId)
                .then().statusCode(200).contentType(startsWith("application/pdf")).extract().asByteArray());
        assertChineseCalendar(given().get("/api/events/{eventId}/participants/eu-01/agenda.ics", f.eventId)
                .then().statusCode(200).contentType(startsWith("text/calendar")).extract().asByteArray());
        assertChineseCalendar(AccessFixture.anonymous().get("/p/{token}/agenda.ics", token)
                .then().statusCode(200).contentType(startsWith("text/calendar")).extract().asByteArray());
    }

    private static void assertChineseAgenda(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("Marie Dubois 的議程 – " + EVENT, document.getDocumentInformation().getTitle());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = ReadBack.pdfText(pdf);
        for (String expected : List.of("已公布的時間表，第 1 版", "2 場會議", "2018年6月5日 星期二",
                "時間均為 Asia/Taipei 當地時間（UTC+08:00）", "林明哲", "空檔", "Marie Dubois（eu-01）的議程")) {
            assertThat(text, containsString(expected));
        }
        for (String english : List.of("Agenda", "Published", "meetings", "Free", "Times are local", "Tuesday")) {
            assertThat(text, not(containsString(english)));
        }
    }

    private static void assertChineseCalendar(byte[] ics) {
        Calendar calendar = ReadBack.calendar(ics);
        List<VEvent> meetings = calendar.getComponents("VEVENT");
        assertEquals(2, meetings.size());
        VEvent first = meetings.stream().filter(e -> e.getSummary().getValue().contains("林明哲")).findFirst()
                .orElseThrow();
        assertEquals("與 林明哲（中華民國全國工業總會）會面", first.getSummary().getValue());
        String description = first.getDescription().getValue();
        for (String expected : List.of("桌號：Table 1", "會面對象：林明哲", "單位：中華民國全國工業總會", "國家：TW",
                "產業：Smart manufacturing")) {
            assertThat(description, containsString(expected));
        }
        for (VEvent meeting : meetings) {
            assertThat(meeting.getSummary().getValue(), startsWith("與 "));
            assertThat(meeting.getDescription().getValue(), not(containsString("Table:")));
        }
    }
}
