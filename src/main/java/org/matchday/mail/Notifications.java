package org.matchday.mail;

import org.matchday.persistence.EventData;
import org.matchday.event.EventService;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.matchday.domain.Event;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.Participant;
import org.matchday.domain.RequestStatus;
import org.matchday.export.ScheduleView.EventInfo;
import org.matchday.export.MeetingChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * What participants are told by mail: invitations, wishes received and answered, timetables and their changes.
 * Called inside the workflow's transaction, it copies what the mail needs and hands it to the mail package, which
 * sends only after the transaction commits (see {@link org.matchday.mail.Outbox}).
 */
@ApplicationScoped
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class);

    private final jakarta.enterprise.event.Event<MailRequest> requests;

    public Notifications(jakarta.enterprise.event.Event<MailRequest> requests) {
        this.requests = requests;
    }

    public void invitation(Participant participant, String url, Instant expires) {
        Recipient to = recipient(participant);
        if (to != null) {
            requests.fire(new MailRequest.Invitation(info(participant.event), to, url, expires));
        }
    }

    /**
     * A mail a feature wrote in the participant's language; false, and nothing sent, for a participant without an
     * address.
     */
    public boolean written(Participant participant, String kind, String subject, List<String> paragraphs) {
        Recipient to = recipient(participant);
        if (to == null) {
            return false;
        }
        requests.fire(new MailRequest.Written(info(participant.event), to, kind, subject, List.copyOf(paragraphs)));
        return true;
    }

    /** To the receiver, who is asked to answer unless the event's rules accepted the wish at once. */
    public void wishReceived(MeetingRequest wish) {
        Recipient to = recipient(wish.to);
        if (to != null) {
            requests.fire(new MailRequest.WishReceived(info(wish.event), to, wish.from.name, wish.from.organisation,
                    wish.note, wish.status == RequestStatus.PENDING));
        }
    }

    /** To the sender, once the receiver accepted or declined. */
    public void wishAnswered(MeetingRequest wish) {
        Recipient to = recipient(wish.from);
        if (to != null) {
            requests.fire(new MailRequest.WishAnswered(info(wish.event), to, wish.to.name, wish.to.organisation,
                    wish.status == RequestStatus.ACCEPTED));
        }
    }

    /** The participant's top suggestions, as the organiser's nudge sends them; false when it has no address. */
    public boolean suggestions(Participant participant, List<MailRequest.Suggestions.Suggested> partners) {
        Recipient to = recipient(participant);
        if (to == null || partners.isEmpty()) {
            return false;
        }
        requests.fire(new MailRequest.Suggestions(info(participant.event), to, List.copyOf(partners)));
        return true;
    }

    /**
     * After a publication, with its changes against the previous one (every meeting APPEARED for the first): each
     * participant a change involves gets its timetable, or what changed for it, with its agenda attached.
     */
    public void published(long eventId, int publicationNumber, List<MeetingChange> changes) {
        List<Recipient> to = publishedTo(eventId, changes);
        if (!to.isEmpty()) {
            Event event = EventData.event(eventId);
            requests.fire(new MailRequest.Published(info(event), publicationNumber, List.copyOf(changes),
                    List.copyOf(to)));
        }
    }

    /** How many participants a publication with these changes mails, as {@link #published} would. */
    public int publishedCount(long eventId, List<MeetingChange> changes) {
        return publishedTo(eventId, changes).size();
    }

    /** The participants the changes involve who have an address. */
    private static List<Recipient> publishedTo(long eventId, List<MeetingChange> changes) {
        Collection<String> involved = new TreeSet<>();
        changes.forEach(change -> involved.addAll(change.participants()));
        List<Recipient> to = new ArrayList<>();
        if (involved.isEmpty()) {
            return to;
        }
        for (Participant participant : Participant.<Participant>list("event.id = ?1 and code in ?2 order by code",
                eventId, involved)) {
            Recipient recipient = recipient(participant);
            if (recipient != null) {
                to.add(recipient);
            }
        }
        return to;
    }

    /** The participant's meetings of {@code day}, the evening before; false when it has no address. */
    public boolean agendaReminder(Participant participant, LocalDate day) {
        Recipient to = recipient(participant);
        if (to != null) {
            requests.fire(new MailRequest.AgendaReminder(info(participant.event), to, day));
        }
        return to != null;
    }

    /** A nudge to a participant who has asked no one yet; false when it has no address. */
    public boolean noWishNudge(Participant participant) {
        Recipient to = recipient(participant);
        if (to != null) {
            requests.fire(new MailRequest.NoWishNudge(info(participant.event), to));
        }
        return to != null;
    }

    /**
     * To the receiver of {@code wishes}, still waiting after {@code days} days; {@code expiryDays} 0 when they do not
     * expire. False when the receiver has no address.
     */
    public boolean unansweredReminder(Participant receiver, List<MeetingRequest> wishes, int days, int expiryDays) {
        Recipient to = recipient(receiver);
        if (to != null) {
            requests.fire(new MailRequest.UnansweredReminder(info(receiver.event), to, wishes.stream()
                    .map(wish -> party(wish.from)).toList(), days, expiryDays));
        }
        return to != null;
    }

    /** To both sides of a wish that expired unanswered after {@code days} days; answers how many have an address. */
    public int wishExpired(MeetingRequest wish, int days) {
        int told = 0;
        Recipient sender = recipient(wish.from);
        if (sender != null) {
            requests.fire(new MailRequest.WishExpired(info(wish.event), sender, party(wish.to), true, days));
            told++;
        }
        Recipient receiver = recipient(wish.to);
        if (receiver != null) {
            requests.fire(new MailRequest.WishExpired(info(wish.event), receiver, party(wish.from), false, days));
            told++;
        }
        return told;
    }

    private static MailRequest.Party party(Participant participant) {
        return new MailRequest.Party(participant.name, participant.organisation);
    }

    /** Null, logged, for a participant without an address. */
    private static Recipient recipient(Participant participant) {
        if (participant.email == null || participant.email.isBlank()) {
            LOG.debugf("No mail for participant %s of event %d: it has no email address", participant.code,
                    participant.event.id);
            return null;
        }
        return new Recipient(participant.code, participant.name, participant.email,
                participant.languages == null ? List.of() : List.copyOf(participant.languages));
    }

    private static EventInfo info(Event event) {
        return new EventInfo(event.id, event.name, event.venue, event.zone());
    }
}
