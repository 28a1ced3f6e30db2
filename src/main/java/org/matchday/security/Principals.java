package org.matchday.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import org.matchday.domain.Account;
import org.matchday.domain.Event;
import org.matchday.domain.EventMember;
import org.matchday.domain.ParticipantLink;
import org.matchday.domain.Role;

import java.time.Instant;

/**
 * Whom credentials belong to, read straight from the entities: the account behind a username, the participant
 * behind a link token, and whether an account belongs to an event. Security reads these itself so that it never
 * depends on the features it guards.
 */
@ApplicationScoped
public class Principals {

    /** What logging in needs to know of an account, read outside any request. */
    public record Credentials(long id, String username, String passwordHash, Role role, boolean administrator,
            boolean enabled) {
    }

    /** The participant a valid link was issued to. */
    public record LinkHolder(long eventId, long participantId, String participantCode) {
    }

    /** The account with this username, or null. */
    @Transactional
    @ActivateRequestContext
    public Credentials account(String username) {
        Account account = Account.findByUsername(username);
        return account == null ? null : credentialsOf(account);
    }

    static Credentials credentialsOf(Account account) {
        return new Credentials(account.id, account.username, account.passwordHash, account.role,
                account.administrator, account.enabled);
    }

    /** The holder of the token with this hash, or null when it is unknown, expired or revoked. */
    @Transactional
    @ActivateRequestContext
    public LinkHolder linkHolder(String tokenHash) {
        ParticipantLink link = ParticipantLink.find("select l from ParticipantLink l join fetch l.participant"
                + " where l.tokenHash = ?1", tokenHash).firstResult();
        if (link == null || !link.isValidAt(Instant.now())) {
            return null;
        }
        return new LinkHolder(link.participant.event.id, link.participant.id, link.participant.code);
    }

    /** Whether the event exists and is archived. */
    @Transactional
    public boolean isArchived(long eventId) {
        return Event.count("id = ?1 and archivedAt is not null", eventId) > 0;
    }

    @Transactional
    public boolean isMember(long eventId, long accountId) {
        return EventMember.exists(eventId, accountId);
    }
}
