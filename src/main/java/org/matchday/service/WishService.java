package org.matchday.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.matchday.domain.Event;
import org.matchday.domain.EventSession;
import org.matchday.domain.MatchmakingRules;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.Participant;
import org.matchday.domain.RequestStatus;
import org.matchday.format.EventDocumentValidator;
import org.matchday.format.InvalidDocumentException;
import org.matchday.format.RequestDoc;
import org.matchday.format.Violation;
import org.matchday.mapping.EventWriter;
import org.matchday.rest.dto.WishInput;
import org.matchday.rest.dto.WishView;
import org.matchday.rest.dto.WishesView;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Participants' wishes, which are the event's meeting requests: the ones organisers see and the solver schedules.
 * Each action is checked against the event's phase and matchmaking rules, and refused with the rule named.
 */
@ApplicationScoped
public class WishService {

    /** Wishes that count against the cap and block a second wish to the same participant. */
    private static final Set<RequestStatus> STANDING = EnumSet.of(RequestStatus.PENDING, RequestStatus.ACCEPTED);

    private final EventContentService content;
    private final EventDocumentValidator validator;
    private final Notifications notifications;

    public WishService(EventContentService content, EventDocumentValidator validator, Notifications notifications) {
        this.content = content;
        this.validator = validator;
        this.notifications = notifications;
    }

    /**
     * Checks only what a wish can break, with a few small queries instead of loading and validating the whole event:
     * the phase and rules, the two participants, duplicates, the cap and the sessions named. Participants send
     * wishes at once by the thousand, so a wish does not lock the event: it locks the sender and the receiver (lower
     * id first, as every change of a pair's meeting does), which serialises what could race (the same wish twice,
     * the cap, the pair's meeting). A wish naming sessions also locks the event, since an organiser may be deleting
     * one of them. The phase and rules are read as they were when the wish came: a wish racing a phase change by
     * milliseconds counts as sent before it.
     */
    @Transactional
    public WishView send(long eventId, String senderCode, WishInput wish) {
        InvalidDocumentException.throwIfAny("The wish has", validator.validateFields(wish, "$"));
        Event event = wish.sessions() == null ? EventService.find(eventId) : EventService.lock(eventId);
        MatchmakingRules rules = event.rulesOrDefault();
        PhaseService.require(event.phase.allowsWishes(rules.lateWishes()), event, "Sending a wish",
                rules.lateWishes() ? "while wishes are open or after publication" : "while wishes are open");
        Participant sender = participant(eventId, senderCode);
        Participant receiver = wish.to().equals(senderCode) ? sender
                : Participant.<Participant>find("event.id = ?1 and code = ?2", eventId, wish.to()).firstResult();
        if (receiver == null) {
            throw new InvalidDocumentException("There is no participant \"" + wish.to() + "\" in this event.",
                    List.of(new Violation("$.to", "unknown participant \"" + wish.to() + "\"")));
        }
        if (receiver == sender) {
            throw new InvalidDocumentException("A participant cannot ask to meet itself.",
                    List.of(new Violation("$.to", "is yourself")));
        }
        lockPair(sender, receiver);
        if (sender.attendance != null || receiver.attendance != null) {
            throw new ConflictException("A participant who cancelled cannot send or receive wishes.",
                    List.of(new Violation("$.to", "is " + (sender.attendance != null ? "you, " + sender.attendance
                            : receiver.attendance))));
        }
        if (MeetingRequest.count("from MeetingRequest r where r.from = ?1 and r.to = ?2 and r.status in ?3", sender,
                receiver, STANDING) > 0) {
            throw new ConflictException("You have asked " + receiver.code + " already; withdraw that wish to send"
                    + " another.", List.of(new Violation("$.to", "asked already")));
        }
        if (!rules.allowsWish(sender.group, receiver.group)) {
            throw new ConflictException("The event's rules do not let " + describe(sender.group) + " ask "
                    + describe(receiver.group) + ".", List.of(new Violation("rules.allowedPairs",
                    "no pair from \"" + sender.group + "\" to \"" + receiver.group + "\"")));
        }
        Integer cap = rules.maxWishesPerParticipant();
        if (cap != null && MeetingRequest.count("from MeetingRequest r where r.from = ?1 and r.status in ?2", sender,
                STANDING) >= cap) {
            throw new ConflictException("You have sent the most wishes the event allows (" + cap + ").",
                    List.of(new Violation("rules.maxWishesPerParticipant", "is " + cap)));
        }
        checkSessions(eventId, wish.sessions());
        RequestStatus status = rules.acceptanceRequired() ? RequestStatus.PENDING : RequestStatus.ACCEPTED;
        MeetingRequest request = new MeetingRequest();
        request.event = event;
        EventWriter.apply(request, new RequestDoc(nextCode(eventId), sender.code, receiver.code, wish.priority(),
                wish.sessions(), status, wish.note(), null), Map.of(sender.code, sender, receiver.code, receiver));
        request.persist();
        if (status == RequestStatus.ACCEPTED) {
            EventContentService.reconcile(event, sender, receiver);
        }
        notifications.wishReceived(request);
        return WishView.of(request);
    }

    /** Locks both participants' rows, lower id first, reading them afresh. */
    private static void lockPair(Participant x, Participant y) {
        EntityManager em = Participant.getEntityManager();
        em.refresh(x.id < y.id ? x : y, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(x.id < y.id ? y : x, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The sessions a wish names must exist, as the event document's rules say of every request. */
    private static void checkSessions(long eventId, List<String> sessions) {
        if (sessions == null || sessions.isEmpty()) {
            return;
        }
        Set<String> known = Set.copyOf(EventSession.getEntityManager().createQuery(
                "select s.code from EventSession s where s.event.id = ?1", String.class).setParameter(1, eventId)
                .getResultList());
        List<Violation> violations = new ArrayList<>();
        for (int k = 0; k < sessions.size(); k++) {
            if (!known.contains(sessions.get(k))) {
                violations.add(new Violation("$.sessions[" + k + "]", "unknown session \"" + sessions.get(k) + "\""));
            }
        }
        InvalidDocumentException.throwIfAny("The body has", violations);
    }

    @Transactional
    public WishesView list(long eventId, String participantCode) {
        Participant me = participant(eventId, participantCode);
        List<WishView> sent = MeetingRequest.<MeetingRequest>list("select r from MeetingRequest r join fetch r.from"
                + " join fetch r.to where r.from = ?1 order by r.id", me).stream().map(WishView::of).toList();
        List<WishView> received = MeetingRequest.<MeetingRequest>list("select r from MeetingRequest r"
                + " join fetch r.from join fetch r.to where r.to = ?1 order by r.id", me).stream()
                .map(WishView::of).toList();
        return new WishesView(sent, received);
    }

    /** The sender takes its wish back; a meeting it alone asked for goes with it. */
    @Transactional
    public void withdraw(long eventId, String participantCode, String wishId) {
        Event event = EventService.lock(eventId);
        MeetingRequest request = involving(eventId, participantCode, wishId);
        if (!request.from.code.equals(participantCode)) {
            throw new ForbiddenActionException("Only the participant who sent a wish may"
                    + " withdraw it; decline it instead.");
        }
        MatchmakingRules rules = event.rulesOrDefault();
        PhaseService.require(event.phase.allowsWishes(rules.lateWishes()), event, "Withdrawing a wish",
                "while wishes are open");
        content.deleteRequest(eventId, wishId);
    }

    /** The receiver accepts or declines; it may change its mind while wishes are open. */
    @Transactional
    public WishView answer(long eventId, String participantCode, String wishId, boolean accept) {
        Event event = EventService.lock(eventId);
        MeetingRequest request = involving(eventId, participantCode, wishId);
        if (!request.to.code.equals(participantCode)) {
            throw new ForbiddenActionException("Only the participant who received a wish may accept or decline it.");
        }
        MatchmakingRules rules = event.rulesOrDefault();
        PhaseService.require(event.phase.allowsWishes(rules.lateWishes()), event,
                accept ? "Accepting a wish" : "Declining a wish", "while wishes are open");
        if (request.status == RequestStatus.CANCELLED) {
            throw new ConflictException("This wish was cancelled.", List.of(new Violation("status", "is CANCELLED")));
        }
        RequestStatus status = accept ? RequestStatus.ACCEPTED : RequestStatus.DECLINED;
        if (request.status != status) {
            RequestDoc doc = org.matchday.mapping.EventExporter.request(request, true);
            content.updateRequest(eventId, wishId, new RequestDoc(doc.id(), doc.from(), doc.to(), doc.priority(),
                    doc.sessions(), status, doc.note(), doc.version()));
            notifications.wishAnswered(request);
        }
        return WishView.of(request);
    }

    /** A wish the caller sent or received; any other answers 404, as if it did not exist. */
    private static MeetingRequest involving(long eventId, String participantCode, String wishId) {
        MeetingRequest request = find(eventId, wishId);
        if (!request.from.code.equals(participantCode) && !request.to.code.equals(participantCode)) {
            throw unknown(wishId);
        }
        return request;
    }

    private static MeetingRequest find(long eventId, String wishId) {
        MeetingRequest request = MeetingRequest.find("select r from MeetingRequest r join fetch r.from"
                + " join fetch r.to where r.event.id = ?1 and r.code = ?2", eventId, wishId).firstResult();
        if (request == null) {
            throw unknown(wishId);
        }
        return request;
    }

    private static UnknownIdException unknown(String wishId) {
        return new UnknownIdException("You have no wish \"" + wishId + "\".");
    }

    private static Participant participant(long eventId, String code) {
        Participant participant = Participant.find("event.id = ?1 and code = ?2", eventId, code).firstResult();
        return Objects.requireNonNull(participant, "the caller's participant");
    }

    /** A wish code no request of the event has: w1, w2, ... from a sequence shared by all events. */
    private static String nextCode(long eventId) {
        EntityManager em = MeetingRequest.getEntityManager();
        String next = em.unwrap(Session.class).getFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect().getSequenceSupport().getSequenceNextValString("wish_code_seq");
        while (true) {
            String code = "w" + ((Number) em.createNativeQuery(next).getSingleResult()).longValue();
            // Imported requests and organisers' ones may use such codes too.
            if (MeetingRequest.count("event.id = ?1 and code = ?2", eventId, code) == 0) {
                return code;
            }
        }
    }

    private static String describe(String group) {
        return group == null ? "participants without a group" : "\"" + group + "\"";
    }
}
