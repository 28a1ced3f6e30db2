package org.matchday.mail;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.matchday.export.ReadBack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With MATCHDAY_SMTP_HOST set, mails leave through SMTP (with the configured login and sender) and arrive whole:
 * Chinese subjects and text, and agendas that still read back as PDF and iCalendar after MIME encoding.
 */
@QuarkusTest
@TestProfile(SmtpProfile.class)
class SmtpDeliveryTest {

    private static final String EVENT = "Taiwan-EU Cluster Matchmaking (mail test)";

    @Test
    void aConfiguredHostTurnsTheMockMailerOff() {
        assertEquals(Optional.of(false),
                ConfigProvider.getConfig().getOptionalValue("quarkus.mailer.mock", Boolean.class));
    }

    @Test
    void invitationsAndTimetablesArriveThroughSmtp() throws Exception {
        MailFixture f = MailFixture.importEvent();
        given().contentType(ContentType.JSON).body(Map.of("participants", List.of("tw-01")))
                .post("/api/events/{eventId}/invitations", f.eventId).then().statusCode(202);
        MimeMessage invitation = waitFor(f.address("tw-01"), 1).get(0);
        assertEquals(EVENT + "：您的個人連結", invitation.getSubject());
        assertEquals(SmtpServer.FROM, ((InternetAddress) invitation.getFrom()[0]).toUnicodeString());
        String text = text(invitation);
        assertTrue(text.startsWith("林明哲 您好："), text);
        assertTrue(text.matches("(?s).*https?://\\S+/p/[A-Za-z0-9_-]{43}\\s.*"), text);

        given().post("/api/events/{eventId}/publication", f.eventId).then().statusCode(201);
        MimeMessage timetable = waitFor(f.address("eu-01"), 1).get(0);
        assertEquals(EVENT + ": your timetable", timetable.getSubject());
        assertTrue(text(timetable).contains("- Tue 2018-06-05, 13:30–13:50, Table 1: 林明哲 (中華民國全國工業總會)"),
                text(timetable));
        String pdf = ReadBack.pdfText(attachment(timetable, "agenda-eu-01.pdf"));
        assertTrue(pdf.contains("林明哲") && pdf.contains("Marie Dubois"), pdf);
        assertEquals(2, ReadBack.calendar(attachment(timetable, "agenda-eu-01.ics")).getComponents("VEVENT").size());
        assertFalse(Arrays.stream(timetable.getAllRecipients()).anyMatch(a -> a.toString().contains("lin.")),
                "each participant gets a mail of its own");
    }

    /** Messages GreenMail received for {@code address}, once there are at least {@code count}. */
    private static List<MimeMessage> waitFor(String address, int count) throws MessagingException {
        GreenMail server = SmtpServer.server();
        long deadline = System.nanoTime() + MailFixture.PATIENCE.toNanos();
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

    private static String text(Part part) throws MessagingException, IOException {
        String text = textOrNull(part);
        if (text == null) {
            throw new AssertionError("No text part");
        }
        return text;
    }

    private static String textOrNull(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return ((String) part.getContent()).replace("\r\n", "\n");
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = textOrNull(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static byte[] attachment(MimeMessage message, String name) throws MessagingException, IOException {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (name.equals(part.getFileName())) {
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("No attachment " + name);
    }
}
