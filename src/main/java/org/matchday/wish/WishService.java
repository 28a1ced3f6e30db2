package org.matchday.wish;

import org.matchday.problem.ProblemCode;
import org.matchday.problem.ProblemText;
import org.matchday.persistence.EventData;
import org.matchday.event.EventContentService;
import org.matchday.event.EventService;
import org.matchday.event.PhaseService;
import org.matchday.mail.Notifications;
import org.matchday.problem.ConflictException;
import org.matchday.problem.ForbiddenActionException;
import org.matchday.problem.UnknownIdException;
import jakarta.enterprise.context.ApplicationScoped;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.matchday.config.MatchdayConfig;
import org.matchday.domain.Event;
import org.matchday.domain.EventSession;
import org.matchday.domain.MatchmakingRules;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.Participant;
import org.matchday.domain.RequestStatus;
import org.matchday.format.EventDocumentValidator;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.format.RequestDoc;
import org.matchday.problem.Violation;
import org.matchday.mapping.EventWriter;
import org.matchday.persistence.GroupCommit;
import org.matchday.persistence.GroupCommit.Outcome;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Participants' wishes, which are the event's meeting requests: the ones organisers see and the solver schedules.
 * Each action is checked against the event's phase and matchmaking rules, and refused with the rule named.
 */
@ApplicationScoped
public class WishService {

    /**
     * Wishes that count against the cap and block a second wish to the same participant. Written out rather than
     * bound as a list: Hibernate translates a query with a list parameter afresh on every call.
     */
    private static final String STANDING = "r.status in (org.matchday.domain.RequestStatus.PENDING,"
            + " org.matchday.domain.RequestStatus.ACCEPTED)";

    private final EventContentService content;
    private final Notifications notifications;
    private final Clock clock;
    private final GroupCommit<Sending, WishView> sending;

    public WishService(EventContentService content, Notifications notifications, MatchdayConfig config,
            MeterRegistry metrics, Clock clock) {
        this.content = content;
        this.notifications = notifications;
        this.clock = clock;
        this.sending = new GroupCommit<>("wish-writer", config.wishes().writers(), WishService::locks,
                this::store);
        FunctionCounter.builder("matchday.wishes.batches", sending, GroupCommit::batches)
                .description("Transactions that committed wishes").register(metrics);
        FunctionCounter.builder("matchday.wishes.written", sending, GroupCommit::items)
                .description("Wishes answered from committed batches, refused ones included").register(metrics);
        FunctionCounter.builder("matchday.wishes.batches.retried", sending, GroupCommit::retried)
                .description("Batches of wishes that failed and were written again wish by wish").register(metrics);
    }

    /**
     * Checks only what a wish can break, with a few small queries instead of loading and validating the whole event:
     * the phase and rules, the two participants, duplicates, the cap and the sessions named. Participants send
     * wishes at once by the thousand, so a wish does not lock the event: it locks the sender and the receiver (looked
     * up by code first, then locked by id with the other wishes of its batch), which serialises what could race (the
     * same wish twice, the cap, the pair's meeting). A wish naming sessions also locks the event, since an organiser
     * may be deleting one of them. The phase and rules are read as they were when the wish came: a wish racing a
     * phase change by milliseconds counts as sent before it. Wishes that arrive together share one commit
     * ({@link GroupCommit}). The wish's own fields were checked when its body was read, as every body's are; HTTP is
     * the only way a wish comes in.
     */
    public WishView send(long eventId, String senderCode, WishInput wish) {
        return sending.run(new Sending(eventId, senderCode, wish));
    }

    void startSending(@Observes StartupEvent startup) {
        sending.start();
    }

    void stopSending(@Observes ShutdownEvent shutdown) throws InterruptedException {
        sending.stop();
    }

    /** A wish waiting for its batch. */
    private record Sending(long eventId, String senderCode, WishInput wish) {
    }

    /**
     * What a batch locks: the senders and receivers, and the event of each wish naming sessions, which an organiser
     * may be deleting.
     */
    private static GroupCommit.Locks locks(List<Sending> batch) {
        Map<Long, Set<String>> codes = new HashMap<>();
        Set<Long> events = new HashSet<>();
        for (Sending wish : batch) {
            codes.computeIfAbsent(wish.eventId(), id -> new HashSet<>()).addAll(List.of(wish.senderCode(),
                    wish.wish().to()));
            if (wish.wish().sessions() != null) {
                events.add(wish.eventId());
            }
        }
        List<Long> participants = new ArrayList<>();
        codes.forEach((eventId, eventCodes) -> participants.addAll(MeetingRequest.getEntityManager().createQuery(
                "select p.id from Participant p where p.event.id = ?1 and p.code in ?2", Long.class)
                .setParameter(1, eventId).setParameter(2, eventCodes).getResultList()));
        return new GroupCommit.Locks(events, participants);
    }

    /** A wish from one participant to another, by their ids. */
    private record Asked(long from, long to) {
    }

    /** Checks and stores a batch of wishes, in the order they came, with a few queries for the whole batch. */
    private List<Outcome<WishView>> store(List<Sending> batch, GroupCommit.Locks locked) {
        // The batch's own wishes are in Batch's sets: queries need not flush them first.
        MeetingRequest.getEntityManager().setFlushMode(FlushModeType.COMMIT);
        Batch facts = new Batch(locked.participants());
        List<Outcome<WishView>> outcomes = new ArrayList<>(batch.size());
        for (Sending wish : batch) {
            try {
                outcomes.add(Outcome.of(store(wish, facts)));
            } catch (ConflictException | InvalidDocumentException | UnknownIdException refusal) {
                outcomes.add(Outcome.refused(refusal));
            }
        }
        return outcomes;
    }

    /** Refuses a wish the phase or the rules do not allow, before writing anything for it; stores an allowed one. */
    private WishView store(Sending sending, Batch facts) {
        long eventId = sending.eventId();
        WishInput wish = sending.wish();
        Event event = facts.event(eventId);
        MatchmakingRules rules = event.rulesOrDefault();
        PhaseService.require(event.phase.allowsWishes(rules.lateWishes()), event, ProblemCode.ACTION_SEND_WISH.with(),
                rules.lateWishes() ? ProblemCode.WHEN_WISHES_OR_PUBLISHED.with() : ProblemCode.WHEN_WISHES_OPEN.with());
        Participant sender = Objects.requireNonNull(facts.participant(eventId, sending.senderCode()),
                "the caller's participant");
        Participant receiver = facts.participant(eventId, wish.to());
        if (receiver == null) {
            throw new InvalidDocumentException(ProblemCode.WISH_UNKNOWN_RECEIVER.with("to", wish.to()),
                    List.of(Violation.of("$.to", ProblemCode.WISH_UNKNOWN_PARTICIPANT_FIELD, "to", wish.to())));
        }
        if (receiver == sender) {
            throw new InvalidDocumentException(ProblemCode.WISH_SELF.with(),
                    List.of(Violation.of("$.to", ProblemCode.WISH_SELF_FIELD)));
        }
        if (sender.attendance != null || receiver.attendance != null) {
            throw new ConflictException(ProblemCode.WISH_CANCELLED_PARTY.with(), List.of(sender.attendance != null
                    ? Violation.of("$.to", ProblemCode.WISH_CANCELLED_SENDER_FIELD, "attendance", sender.attendance)
                    : Violation.of("$.to", ProblemCode.WISH_CANCELLED_RECEIVER_FIELD, "attendance",
                            receiver.attendance)));
        }
        if (facts.standing.contains(new Asked(sender.id, receiver.id))) {
            throw new ConflictException(ProblemCode.WISH_ASKED_ALREADY.with("to", receiver.code),
                    List.of(Violation.of("$.to", ProblemCode.WISH_ASKED_ALREADY_FIELD)));
        }
        if (!rules.allowsWish(sender.group, receiver.group)) {
            throw new ConflictException(ProblemCode.WISH_PAIR_NOT_ALLOWED.with("from", describe(sender.group),
                    "to", describe(receiver.group)), List.of(Violation.of("rules.allowedPairs",
                    ProblemCode.WISH_PAIR_NOT_ALLOWED_FIELD, "fromGroup", String.valueOf(sender.group),
                    "toGroup", String.valueOf(receiver.group))));
        }
        Integer cap = rules.maxWishesPerParticipant();
        if (cap != null && facts.sent.getOrDefault(sender.id, 0) >= cap) {
            throw new ConflictException(ProblemCode.WISH_CAP.with("cap", cap),
                    List.of(Violation.of("rules.maxWishesPerParticipant", ProblemCode.WISH_CAP_FIELD, "cap", cap)));
        }
        checkSessions(wish.sessions(), facts.sessions(eventId));

        RequestStatus status = rules.acceptanceRequired() ? RequestStatus.PENDING : RequestStatus.ACCEPTED;
        MeetingRequest request = new MeetingRequest();
        request.event = event;
        EventWriter.apply(request, new RequestDoc(facts.nextCode(eventId), sender.code, receiver.code,
                wish.priority(), wish.sessions(), status, wish.note(), null),
                Map.of(sender.code, sender, receiver.code, receiver));
        request.sentAt = clock.instant();
        request.persist();
        facts.standing.add(new Asked(sender.id, receiver.id));
        facts.sent.merge(sender.id, 1, Integer::sum);
        if (status == RequestStatus.ACCEPTED) {
            EventContentService.reconcile(event, sender, receiver);
        }
        notifications.wishReceived(request);
        return WishView.of(request);
    }

    /** The sessions a wish names must exist, as the event document's rules say of every request. */
    private static void checkSessions(List<String> sessions, Supplier<Set<String>> known) {
        if (sessions != null && !sessions.isEmpty()) {
            InvalidDocumentException.throwIfAny(ProblemCode.PROBLEMS_BODY,
                    EventDocumentValidator.unknownSessions("$", sessions, known.get()::contains));
        }
    }

    /**
     * What a batch's checks read after its rows were locked: the participants (as the lock read them), and the
     * standing wishes they sent (one query for the whole batch). Kept up to date as the batch's wishes are stored.
     */
    private static final class Batch {

        private final Map<Long, Event> events = new HashMap<>();
        private final Map<Long, Set<String>> sessions = new HashMap<>();
        private final Map<String, Participant> participants = new HashMap<>();
        /** The standing wishes the batch's participants sent. */
        final Set<Asked> standing = new HashSet<>();
        /** Standing wishes per sender id. */
        final Map<Long, Integer> sent = new HashMap<>();
        private final Set<String> codes = new HashSet<>();

        Batch(Collection<Long> ids) {
            if (ids.isEmpty()) {
                return;
            }
            EntityManager em = MeetingRequest.getEntityManager();
            for (Long id : ids) {
                // Read afresh by the batch's lock: found in the session, without another query.
                Participant participant = em.find(Participant.class, id);
                if (participant != null) {
                    participants.put(participant.event.id + "/" + participant.code, participant);
                }
            }
            for (Object[] row : em.createQuery("select r.from.id, r.to.id from MeetingRequest r where r.from.id in ?1"
                    + " and " + STANDING, Object[].class).setParameter(1, ids).getResultList()) {
                standing.add(new Asked((Long) row[0], (Long) row[1]));
                sent.merge((Long) row[0], 1, Integer::sum);
            }
        }

        Event event(long eventId) {
            Event event = events.get(eventId);
            if (event == null) {
                event = EventData.event(eventId);
                events.put(eventId, event);
            }
            return event;
        }

        Supplier<Set<String>> sessions(long eventId) {
            return () -> sessions.computeIfAbsent(eventId, id -> Set.copyOf(EventSession.getEntityManager()
                    .createQuery("select s.code from EventSession s where s.event.id = ?1", String.class)
                    .setParameter(1, id).getResultList()));
        }

        /** The participant locked for a wish; null if the event has none with {@code code}. */
        Participant participant(long eventId, String code) {
            Participant participant = participants.get(eventId + "/" + code);
            if (participant == null && Participant.count("event.id = ?1 and code = ?2", eventId, code) > 0) {
                // Its code changed between the look-up and the lock: the row locked is not this one.
                throw new ConflictException(ProblemCode.WISH_CHANGED.with(),
                        List.of(Violation.of("$.to", ProblemCode.WISH_CHANGED_FIELD)));
            }
            return participant;
        }

        /** A wish code no request of the event has: w1, w2, ... from a sequence shared by all events. */
        String nextCode(long eventId) {
            EntityManager em = MeetingRequest.getEntityManager();
            String next = em.unwrap(Session.class).getFactory().unwrap(SessionFactoryImplementor.class)
                    .getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString("wish_code_seq");
            while (true) {
                String code = "w" + ((Number) em.createNativeQuery(next).getSingleResult()).longValue();
                // Imported requests and organisers' ones may use such codes too.
                if (codes.add(eventId + "/" + code)
                        && count("from MeetingRequest r where r.event.id = ?1 and r.code = ?2", eventId, code) == 0) {
                    return code;
                }
            }
        }
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
        Event event = EventData.lockEvent(eventId);
        MeetingRequest request = involving(eventId, participantCode, wishId);
        if (!request.from.code.equals(participantCode)) {
            throw new ForbiddenActionException(ProblemCode.WISH_ONLY_SENDER.with());
        }
        MatchmakingRules rules = event.rulesOrDefault();
        PhaseService.require(event.phase.allowsWishes(rules.lateWishes()), event, ProblemCode.ACTION_WITHDRAW_WISH.with(),
                ProblemCode.WHEN_WISHES_OPEN.with());
        content.deleteRequest(eventId, wishId);
    }

    /** The receiver accepts or declines; it may change its mind while wishes are open. */
    @Transactional
    public WishView answer(long eventId, String participantCode, String wishId, boolean accept) {
        Event event = EventData.lockEvent(eventId);
        MeetingRequest request = involving(eventId, participantCode, wishId);
        if (!request.to.code.equals(participantCode)) {
            throw new ForbiddenActionException(ProblemCode.WISH_ONLY_RECEIVER.with());
        }
        MatchmakingRules rules = event.rulesOrDefault();
        PhaseService.require(event.phase.allowsWishes(rules.lateWishes()), event,
                accept ? ProblemCode.ACTION_ACCEPT_WISH.with() : ProblemCode.ACTION_DECLINE_WISH.with(), ProblemCode.WHEN_WISHES_OPEN.with());
        if (request.status == RequestStatus.CANCELLED) {
            throw new ConflictException(ProblemCode.WISH_CANCELLED.with(),
                    List.of(Violation.of("status", ProblemCode.WISH_CANCELLED_FIELD)));
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
        return new UnknownIdException(ProblemCode.WISH_UNKNOWN.with("wish", wishId));
    }

    private static Participant participant(long eventId, String code) {
        Participant participant = Participant.find("event.id = ?1 and code = ?2", eventId, code).firstResult();
        return Objects.requireNonNull(participant, "the caller's participant");
    }

    /**
     * Counts with a query whose translation Hibernate keeps; Panache's {@code count} derives a new count query, and
     * translates it again, on every call, which was most of a wish's time.
     */
    private static long count(String from, Object... parameters) {
        var query = MeetingRequest.getEntityManager().createQuery("select count(*) " + from, Long.class);
        for (int k = 0; k < parameters.length; k++) {
            query.setParameter(k + 1, parameters[k]);
        }
        return query.getSingleResult();
    }

    private static ProblemText describe(String group) {
        return group == null ? ProblemCode.WISH_NO_GROUP.with() : ProblemCode.WISH_GROUP.with("group", group);
    }
}
