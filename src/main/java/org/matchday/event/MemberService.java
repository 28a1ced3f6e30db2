package org.matchday.event;

import org.matchday.problem.ProblemCode;
import org.matchday.persistence.EventData;
import org.matchday.problem.ConflictException;
import org.matchday.problem.UnknownIdException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Account;
import org.matchday.domain.Event;
import org.matchday.domain.EventMember;
import org.matchday.problem.Violation;

import java.time.Instant;
import java.util.List;

/** Who belongs to an event: its organisers and staff. */
@ApplicationScoped
public class MemberService {

    @Transactional
    public List<Long> eventsOf(long accountId) {
        return EventMember.<EventMember>list("account.id", accountId).stream().map(m -> m.event.id).toList();
    }

    /** Makes the account a member of the event; used for whoever creates or imports it. */
    @Transactional
    public void join(long eventId, long accountId) {
        if (!EventMember.exists(eventId, accountId)) {
            EventMember member = new EventMember();
            member.event = Event.getEntityManager().getReference(Event.class, eventId);
            member.account = Account.getEntityManager().getReference(Account.class, accountId);
            member.createdAt = Instant.now();
            member.persist();
        }
    }

    @Transactional
    public List<MemberView> list(long eventId) {
        EventData.event(eventId);
        return EventMember.<EventMember>list("select m from EventMember m join fetch m.account"
                        + " where m.event.id = ?1 order by m.account.username", eventId).stream()
                .map(m -> new MemberView(m.account.username, m.account.role, m.createdAt)).toList();
    }

    @Transactional
    public MemberView add(long eventId, String username) {
        EventData.lockEvent(eventId);
        Account account = Account.findByUsername(username);
        if (account == null) {
            throw new ConflictException(ProblemCode.MEMBER_NO_ACCOUNT.with("username", username),
                    List.of(Violation.of("$.username", ProblemCode.MEMBER_NO_ACCOUNT_FIELD)));
        }
        join(eventId, account.id);
        EventMember member = EventMember.find("event.id = ?1 and account.id = ?2", eventId, account.id).firstResult();
        return new MemberView(account.username, account.role, member.createdAt);
    }

    /** Removes a member; the event's last organiser stays, or nobody but the administrator could run it. */
    @Transactional
    public void remove(long eventId, String username) {
        EventData.lockEvent(eventId);
        EventMember member = EventMember.find("select m from EventMember m join fetch m.account"
                + " where m.event.id = ?1 and m.account.username = ?2", eventId, username).firstResult();
        if (member == null) {
            throw new UnknownIdException(ProblemCode.MEMBER_UNKNOWN.with("username", username, "event", eventId));
        }
        long organisers = EventMember.count("event.id = ?1 and account.role = org.matchday.domain.Role.ORGANISER",
                eventId);
        if (member.account.role == org.matchday.domain.Role.ORGANISER && organisers <= 1) {
            throw new ConflictException(ProblemCode.MEMBER_LAST_ORGANISER.with("username", username));
        }
        member.delete();
    }
}
