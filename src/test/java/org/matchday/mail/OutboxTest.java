package org.matchday.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import org.junit.jupiter.api.Test;
import org.matchday.export.ScheduleView.EventInfo;
import org.matchday.mail.ParticipantMails.Letter;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outbox hands work to its own thread and turns every failure into a log line, never into an exception. */
class OutboxTest {

    private static final MailRequest REQUEST = new MailRequest.WishAnswered(
            new EventInfo(1, "Taiwan-EU Cluster Matchmaking", null, ZoneId.of("Asia/Taipei")),
            new Recipient("eu-01", "Marie Dubois", "marie.dubois@example.org", List.of("en")), "林明哲", null, true);

    private final List<String> sent = new CopyOnWriteArrayList<>();

    @Test
    void theCallerDoesNotWaitForSmtp() throws InterruptedException {
        CountDownLatch smtp = new CountDownLatch(1);
        Mailer slow = mails -> {
            await(smtp);
            record(mails);
        };
        Outbox outbox = new Outbox(slow, writing(letter("up@example.org")), false);
        outbox.afterCommit(REQUEST);
        assertTrue(sent.isEmpty(), "the mail is still on its way when the caller goes on");
        smtp.countDown();
        outbox.stop();
        assertEquals(List.of("up@example.org"), sent);
    }

    @Test
    void aMailThatFailsIsLoggedAndTheNextOneStillGoes() {
        Mailer mailer = mails -> {
            if (mails[0].getTo().contains("down@example.org")) {
                throw new IllegalStateException("Connection refused: smtp.example.org:587");
            }
            record(mails);
        };
        Outbox outbox = new Outbox(mailer, writing(letter("down@example.org"), letter("up@example.org")), false);
        outbox.afterCommit(REQUEST);
        outbox.stop();
        assertEquals(List.of("up@example.org"), sent);
    }

    @Test
    void mailsThatCannotBeWrittenAreLoggedAndLaterRequestsStillGo() {
        Mailer mailer = this::record;
        ParticipantMails failingOnce = new ParticipantMails(null, null, null) {
            private boolean failed;

            @Override
            public void write(MailRequest request, Consumer<Letter> out) {
                if (!failed) {
                    failed = true;
                    throw new IllegalStateException("The agenda could not be rendered");
                }
                out.accept(letter("up@example.org"));
            }
        };
        Outbox outbox = new Outbox(mailer, failingOnce, false);
        outbox.afterCommit(REQUEST);
        outbox.afterCommit(REQUEST);
        outbox.stop();
        assertEquals(List.of("up@example.org"), sent);
    }

    @Test
    void aRequestAfterStoppingIsDroppedWithoutAnError() {
        Outbox outbox = new Outbox(this::record, writing(letter("up@example.org")), false);
        outbox.stop();
        outbox.afterCommit(REQUEST);
        assertTrue(sent.isEmpty());
    }

    private void record(Mail... mails) {
        for (Mail mail : mails) {
            sent.addAll(mail.getTo());
        }
    }

    private static ParticipantMails writing(Letter... letters) {
        return new ParticipantMails(null, null, null) {
            @Override
            public void write(MailRequest request, Consumer<Letter> out) {
                List.of(letters).forEach(out);
            }
        };
    }

    private static Letter letter(String address) {
        return new Letter("eu-01", "wish accepted", Mail.withText(address, "Subject", "Text"));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
