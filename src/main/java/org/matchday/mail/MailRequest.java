package org.matchday.mail;

import org.matchday.export.ScheduleView.EventInfo;
import org.matchday.export.MeetingChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a workflow asks to tell participants, copied out of its transaction as plain values. Fired as a CDI event,
 * it reaches {@link Outbox} only once that transaction has committed.
 */
public sealed interface MailRequest {

    EventInfo event();

    /** Names the request in log lines: never an address, a text or a link. */
    String describe();

    /** A personal link to send; besides it only {@link Written} survey mails carry a token. */
    record Invitation(EventInfo event, Recipient to, String url, Instant expires) implements MailRequest {

        @Override
        public String describe() {
            return "invitation of " + to.code() + " to event " + event.id();
        }

        /** Without the link: records print every field, and this one is a secret. */
        @Override
        public String toString() {
            return describe();
        }
    }

    /** A wish arrived; {@code needsAnswer} is false when the event's rules accept wishes at once. */
    record WishReceived(EventInfo event, Recipient to, String sender, String senderOrganisation, String note,
            boolean needsAnswer) implements MailRequest {

        @Override
        public String describe() {
            return "wish from " + sender + " to " + to.code() + " in event " + event.id();
        }
    }

    /** The receiver answered the sender's wish. */
    record WishAnswered(EventInfo event, Recipient to, String receiver, String receiverOrganisation,
            boolean accepted) implements MailRequest {

        @Override
        public String describe() {
            return "answer to the wish of " + to.code() + " in event " + event.id();
        }
    }

    /**
     * A publication: publication 1 sends every recipient its timetable, later ones send the changes that involve
     * the recipient. {@code changes} are against the previous publication; {@code to} are the participants they
     * involve who have an address.
     */
    record Published(EventInfo event, int number, List<MeetingChange> changes, List<Recipient> to)
            implements MailRequest {

        @Override
        public String describe() {
            return "publication " + number + " of event " + event.id();
        }
    }

    /** Someone named in a reminder: a participant's name and organisation. */
    record Party(String name, String organisation) {
    }

    /** The evening before {@code day}: the recipient's published meetings of that day, with its agenda attached. */
    record AgendaReminder(EventInfo event, Recipient to, LocalDate day) implements MailRequest {

        @Override
        public String describe() {
            return "agenda of " + to.code() + " for " + day + " in event " + event.id();
        }
    }

    /** Wishes are open and the recipient has asked no one yet. */
    record NoWishNudge(EventInfo event, Recipient to) implements MailRequest {

        @Override
        public String describe() {
            return "nudge to " + to.code() + " to send wishes in event " + event.id();
        }
    }

    /**
     * Wishes the recipient received {@code days} or more days ago and has not answered; {@code expiryDays} is 0 when
     * they do not expire.
     */
    record UnansweredReminder(EventInfo event, Recipient to, List<Party> senders, int days, int expiryDays)
            implements MailRequest {

        @Override
        public String describe() {
            return "reminder to " + to.code() + " of " + senders.size() + " unanswered wishes in event " + event.id();
        }
    }

    /**
     * A wish expired unanswered after {@code days} days; {@code sent} says whether the recipient sent it (else it
     * received it) and {@code other} is the other side.
     */
    record WishExpired(EventInfo event, Recipient to, Party other, boolean sent, int days) implements MailRequest {

        @Override
        public String describe() {
            return "expiry of a wish " + (sent ? "from " : "to ") + to.code() + " in event " + event.id();
        }
    }

    /**
     * A mail whose paragraphs a feature wrote itself in the recipient's language (the follow-up surveys); it gets the
     * same greeting and signature as every other mail. The paragraphs may hold a personal link.
     */
    record Written(EventInfo event, Recipient to, String kind, String subject, List<String> paragraphs)
            implements MailRequest {

        @Override
        public String describe() {
            return kind + " to " + to.code() + " in event " + event.id();
        }

        /** Without the paragraphs, which may carry a link. */
        @Override
        public String toString() {
            return describe();
        }
    }

    /** Partners suggested to a participant who sent few wishes, each with its reasons in the recipient's language. */
    record Suggestions(EventInfo event, Recipient to, List<Suggested> partners) implements MailRequest {

        /** One suggested partner. */
        public record Suggested(String name, String organisation, List<String> reasons) {
        }

        @Override
        public String describe() {
            return "suggestions to " + to.code() + " in event " + event.id();
        }
    }
}
