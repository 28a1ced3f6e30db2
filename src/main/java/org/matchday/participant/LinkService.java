package org.matchday.participant;

import org.matchday.problem.ProblemCode;
import org.matchday.persistence.EventData;
import org.matchday.event.EventService;
import org.matchday.mail.Notifications;
import org.matchday.problem.UnknownIdException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import org.matchday.config.MatchdayConfig;
import org.matchday.domain.Event;
import org.matchday.domain.Participant;
import org.matchday.domain.ParticipantLink;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.problem.Violation;
import org.matchday.security.ParticipantTokens;
import org.matchday.security.PublicAddress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Participants' personal links: issued by organisers, shown once, stored as hashes, revocable. */
@ApplicationScoped
public class LinkService {

    private final MatchdayConfig config;
    private final Notifications notifications;
    private final PublicAddress address;

    public LinkService(MatchdayConfig config, Notifications notifications, PublicAddress address) {
        this.config = config;
        this.notifications = notifications;
        this.address = address;
    }

    /** When the link with this token hash stops working, or null when it is unknown. */
    @Transactional
    public Instant expiryOf(String tokenHash) {
        ParticipantLink link = ParticipantLink.find("tokenHash", tokenHash).firstResult();
        return link == null ? null : link.expiresAt;
    }

    @Transactional
    public LinkView issue(long eventId, String participantCode) {
        Event event = EventData.event(eventId);
        Participant participant = Participant.find("event.id = ?1 and code = ?2", eventId, participantCode)
                .firstResult();
        if (participant == null) {
            throw new UnknownIdException(ProblemCode.PARTICIPANT_UNKNOWN.with("event", eventId, "code", participantCode));
        }
        return issue(event, participant);
    }

    /** Links for the listed participants (all of them when {@code codes} is null), all or none. */
    @Transactional
    public List<LinkView> issueAll(long eventId, List<String> codes) {
        Event event = EventData.event(eventId);
        List<Participant> chosen = chosen(eventId, codes);
        List<LinkView> links = new ArrayList<>(chosen.size());
        for (Participant participant : chosen) {
            links.add(issue(event, participant));
        }
        return links;
    }

    /**
     * Mails a new link to each listed participant (all of them when {@code codes} is null) that has an email
     * address, once the transaction commits; the others get no link. An unknown participant invites nobody.
     */
    @Transactional
    public InvitationsView invite(long eventId, List<String> codes) {
        Event event = EventData.event(eventId);
        List<String> invited = new ArrayList<>();
        List<String> withoutEmail = new ArrayList<>();
        for (Participant participant : chosen(eventId, codes)) {
            if (participant.email == null || participant.email.isBlank()) {
                withoutEmail.add(participant.code);
            } else {
                LinkView link = issue(event, participant);
                notifications.invitation(participant, link.url(), link.expires());
                invited.add(participant.code);
            }
        }
        return new InvitationsView(invited, withoutEmail);
    }

    /** The listed participants in the order listed, each once, or every participant; 400 naming unknown ones. */
    private static List<Participant> chosen(long eventId, List<String> codes) {
        List<Participant> all = Participant.list("event.id = ?1 order by id", eventId);
        if (codes == null) {
            return all;
        }
        Map<String, Participant> byCode = new HashMap<>();
        all.forEach(p -> byCode.put(p.code, p));
        List<Participant> chosen = new ArrayList<>();
        List<Violation> unknown = new ArrayList<>();
        for (String code : new LinkedHashSet<>(codes)) {
            Participant participant = byCode.get(code);
            if (participant == null) {
                unknown.add(Violation.of("$.participants[" + codes.indexOf(code) + "]",
                        ProblemCode.LINKS_UNKNOWN_FIELD, "code", code));
            } else {
                chosen.add(participant);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidDocumentException(ProblemCode.LINKS_UNKNOWN.with(), unknown);
        }
        return chosen;
    }

    /** Revokes every link of the participant; answers how many were in force. */
    @Transactional
    public int revoke(long eventId, String participantCode) {
        Participant participant = Participant.find("event.id = ?1 and code = ?2", eventId, participantCode)
                .firstResult();
        if (participant == null) {
            EventData.event(eventId);
            throw new UnknownIdException(ProblemCode.PARTICIPANT_UNKNOWN.with("event", eventId, "code", participantCode));
        }
        Instant now = Instant.now();
        return ParticipantLink.update("revokedAt = ?1 where participant.id = ?2 and revokedAt is null", now,
                participant.id);
    }

    private LinkView issue(Event event, Participant participant) {
        String token = ParticipantTokens.newToken();
        ParticipantLink link = new ParticipantLink();
        link.event = event;
        link.participant = participant;
        link.tokenHash = ParticipantTokens.hash(token);
        link.createdAt = Instant.now();
        link.expiresAt = link.createdAt.plus(config.security().linkValidity());
        link.persist();
        String base = address.base();
        return new LinkView(participant.code, token, base + "/p/" + token, link.expiresAt);
    }
}
