package org.matchday.mail;

import io.quarkus.mailer.MockMailbox;
import io.vertx.ext.mail.MailAttachment;
import io.vertx.ext.mail.MailMessage;
import org.awaitility.Awaitility;
import org.matchday.rest.TestEvents;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The mail test event (events/mail-event.json) imported with addresses of its own, so that tests sharing the
 * application's one mock mailbox never read each other's mail.
 */
final class MailFixture {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final AtomicInteger NEXT = new AtomicInteger();

    final long eventId;
    private final String domain;

    private MailFixture(long eventId, String domain) {
        this.eventId = eventId;
        this.domain = domain;
    }

    static MailFixture importEvent() {
        return importEvent(UnaryOperator.identity());
    }

    /** The mail test event, changed by {@code edit} (of its JSON text) before it is imported. */
    static MailFixture importEvent(UnaryOperator<String> edit) {
        String domain = "run" + NEXT.incrementAndGet() + "-" + System.nanoTime() + ".example.org";
        String json = edit.apply(TestEvents.document("mail-event.json")).replace("@example.org", "@" + domain);
        return new MailFixture(TestEvents.importEvent(json), domain);
    }

    /** The address of eu-01, tw-01 ... in this copy of the event. */
    String address(String participant) {
        return switch (participant) {
            case "eu-01" -> "marie.dubois@" + domain;
            case "eu-03" -> "katrin.weber@" + domain;
            case "tw-01" -> "lin.ming-che@" + domain;
            case "tw-02" -> "chen.chih-chang@" + domain;
            default -> throw new IllegalArgumentException(participant + " has no address");
        };
    }

    /** Waits until the participant has at least {@code count} mails, and answers all of them in the order sent. */
    List<MailMessage> await(MockMailbox mailbox, String participant, int count) {
        String to = address(participant);
        Awaitility.await().atMost(PATIENCE).until(() -> mailbox.getMailMessagesSentTo(to).size() >= count);
        return mailbox.getMailMessagesSentTo(to);
    }

    List<MailMessage> sent(MockMailbox mailbox, String participant) {
        return mailbox.getMailMessagesSentTo(address(participant));
    }

    static byte[] attachment(MailMessage mail, String name) {
        return mail.getAttachment().stream().filter(a -> a.getName().equals(name)).map(MailAttachment::getData)
                .findFirst().orElseThrow(() -> new AssertionError("no attachment " + name + " in " + mail.getSubject()))
                .getBytes();
    }
}
