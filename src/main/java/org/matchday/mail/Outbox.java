package org.matchday.mail;

import io.quarkus.mailer.Attachment;
import io.quarkus.mailer.Mailer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.matchday.mail.ParticipantMails.Letter;
import org.matchday.problem.UnknownIdException;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sends what workflows ask for once their transaction has committed, on one thread of its own: a request never
 * waits for SMTP or for agendas to render, a rolled-back request sends nothing, and a failed mail is a log line,
 * never an error answer. Without an SMTP host the mailer is the mock one and each mail is logged here instead,
 * with personal links hidden.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class);
    /** The token part of a personal link, which must never reach a log. */
    private static final Pattern PERSONAL_LINK = Pattern.compile("/p/[A-Za-z0-9_-]+");

    private final Mailer mailer;
    private final ParticipantMails mails;
    private final boolean logOnly;
    private final ExecutorService worker;

    public Outbox(Mailer mailer, ParticipantMails mails,
            @ConfigProperty(name = "quarkus.mailer.mock", defaultValue = "false") boolean logOnly) {
        this.mailer = mailer;
        this.mails = mails;
        this.logOnly = logOnly;
        this.worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "matchday-mail");
            thread.setDaemon(true);
            return thread;
        });
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailRequest request) {
        try {
            worker.execute(() -> deliver(request));
        } catch (RejectedExecutionException e) {
            LOG.warnf("Not sending the mails of %s: the application is stopping", request.describe());
        }
    }

    private void deliver(MailRequest request) {
        try {
            mails.write(request, this::send);
        } catch (UnknownIdException e) {
            LOG.debugf("No mails for %s: %s", request.describe(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not write the mails for %s", request.describe());
        }
    }

    private void send(Letter letter) {
        try {
            if (logOnly) {
                LOG.infof("Mail not sent (no SMTP host configured): %s to participant %s <%s>, subject \"%s\"%s%n%s",
                        letter.kind(), letter.participant(), String.join(", ", letter.mail().getTo()),
                        letter.mail().getSubject(), attachments(letter),
                        PERSONAL_LINK.matcher(letter.mail().getText()).replaceAll("/p/(personal link, not logged)"));
            }
            mailer.send(letter.mail());
            LOG.debugf("Sent the %s mail to participant %s", letter.kind(), letter.participant());
        } catch (RuntimeException e) {
            LOG.warnf("Could not send the %s mail to participant %s: %s", letter.kind(), letter.participant(),
                    e.toString());
        }
    }

    private static String attachments(Letter letter) {
        return letter.mail().getAttachments().isEmpty() ? "" : ", attached "
                + letter.mail().getAttachments().stream().map(Attachment::getName).collect(Collectors.joining(", "));
    }

    /** Lets mails already handed over finish, for a short while, before the application stops. */
    @PreDestroy
    void stop() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Stopped with mails still to send");
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
