package org.matchday.solve;

import org.matchday.event.EventService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.matchday.domain.Event;
import org.matchday.domain.EventPhase;
import org.matchday.domain.EventSession;
import org.matchday.domain.Participant;
import org.matchday.problem.ConflictException;
import org.matchday.problem.InvalidParameterException;
import org.matchday.problem.ProblemCode;
import org.matchday.problem.Violation;
import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.Publication;
import org.matchday.domain.PublishedMeeting;
import org.matchday.mapping.ScheduleMapper;
import org.matchday.persistence.EventData;
import org.matchday.solver.Schedule;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where solve jobs meet the database: loading an event as a planning problem, writing the best schedule back
 * onto the meeting rows (with the job's figures on its solve lease, for the other instances), and storing the reasons
 * of the meetings left out once a job ends.
 */
@ApplicationScoped
public class SolveStore {

    private static final Logger LOG = Logger.getLogger(SolveStore.class);
    private static final String MEETINGS_OF_EVENT = "select m from Meeting m join fetch m.participantA"
            + " join fetch m.participantB left join fetch m.session left join fetch m.table where m.event.id = ?1";

    private final ExplanationService explanations;
    private final SolveLease lease;

    public SolveStore(ExplanationService explanations, SolveLease lease) {
        this.explanations = explanations;
        this.lease = lease;
    }

    /** The event as a planning problem, remembering which row versions the job starts from. */
    Schedule load(SolveJob job) {
        EventData data = EventData.load(job.eventId);
        data.meetings().forEach(m -> job.versions.put(m.id, m.version));
        List<ScheduleMapper.Placement> published = published(job.eventId);
        if (job.replanFrom != null) {
            return ScheduleMapper.toReplanProblem(data, ConstraintWeightService.of(job.eventId), published,
                    new ScheduleMapper.Replan(job.replanFrom, present(data, published, job.replanFrom)));
        }
        return ScheduleMapper.toProblem(data, ConstraintWeightService.of(job.eventId), published);
    }

    /**
     * The moment a re-plan of the event starts from, read from {@code from} (event-local, ISO like 2018-06-05T15:30):
     * it must fall within one of the event's sessions, and the event must have a timetable (SCHEDULED or PUBLISHED).
     */
    static LocalDateTime replanFrom(long eventId, String from) {
        Event event = EventData.event(eventId);
        LocalDateTime moment;
        try {
            moment = LocalDateTime.parse(from.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(ProblemCode.PARAM_FROM.with("value", from),
                    Violation.of("from", ProblemCode.PARAM_FROM_FORMAT_FIELD));
        }
        boolean inSession = EventSession.<EventSession>list("event.id", eventId).stream()
                .anyMatch(s -> !moment.isBefore(s.date.atTime(s.start)) && moment.isBefore(s.date.atTime(s.end)));
        if (!inSession) {
            throw new InvalidParameterException(ProblemCode.PARAM_FROM.with("value", from),
                    Violation.of("from", ProblemCode.PARAM_FROM_SESSION_FIELD));
        }
        if (event.phase != EventPhase.SCHEDULED && event.phase != EventPhase.PUBLISHED) {
            throw new ConflictException(ProblemCode.PHASE_WRONG.with("action", ProblemCode.ACTION_REPLAN.with(),
                    "when", ProblemCode.WHEN_TIMETABLE.with(), "phase", event.phase), List.of(Violation.of("from",
                    ProblemCode.PARAM_FROM_PHASE_FIELD, "phase", event.phase)));
        }
        return moment;
    }

    /**
     * Who a re-plan may give meetings to: participants not marked absent who are checked in, or not yet due (none of
     * their meetings, in the timetable or the publication, starts before {@code from}).
     */
    private static Set<Long> present(EventData data, List<ScheduleMapper.Placement> published, LocalDateTime from) {
        Set<String> due = new HashSet<>();
        for (Meeting m : data.meetings()) {
            if (m.isScheduled() && m.start.isBefore(from)) {
                due.add(m.participantA.code);
                due.add(m.participantB.code);
            }
        }
        for (ScheduleMapper.Placement p : published) {
            if (p.start().isBefore(from)) {
                due.add(p.participantA());
                due.add(p.participantB());
            }
        }
        Set<Long> present = new HashSet<>();
        for (Participant p : data.participants()) {
            if (p.attendance == null && (p.checkedInAt != null || !due.contains(p.code))) {
                present.add(p.id);
            }
        }
        return present;
    }

    /** The publication in force, which re-solving disturbs as little as it can. */
    private static List<ScheduleMapper.Placement> published(long eventId) {
        Publication publication = Publication.latest(eventId);
        if (publication == null) {
            return List.of();
        }
        return PublishedMeeting.<PublishedMeeting>list("publication", publication).stream()
                .map(pm -> new ScheduleMapper.Placement(pm.participantA, pm.participantB, pm.session, pm.start,
                        pm.table))
                .toList();
    }

    /** Once the schedule is final: says why each meeting left out has no slot (too slow for every save). */
    String explain(SolveJob job) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                EventData.lockEvent(job.eventId);
                explanations.storeReasons(EventData.load(job.eventId));
            });
            return null;
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not explain the schedule of event %d", job.eventId);
            return "The unscheduled meetings could not be explained: " + e.getMessage();
        }
    }

    /** Writes the job's newest unsaved best schedule; answers why it could not, or null. */
    String save(SolveJob job) {
        synchronized (job) {
            Schedule best = job.takeUnsaved();
            if (best == null) {
                return null;
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> writeBack(job, best));
                job.saved();
                return null;
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not save the schedule of event %d", job.eventId);
                return "The best schedule could not be saved: " + e.getMessage();
            }
        }
    }

    private void writeBack(SolveJob job, Schedule best) {
        EventData.lockEvent(job.eventId);
        List<Meeting> rows = Meeting.list(MEETINGS_OF_EVENT, job.eventId);
        List<EventSession> sessions = EventSession.list("event.id", job.eventId);
        List<EventTable> tables = EventTable.list("event.id", job.eventId);
        ScheduleMapper.WriteBack result = ScheduleMapper.writeBack(best, rows, sessions, tables, job.versions);
        Meeting.getEntityManager().flush();
        // In the same transaction: a job that lost its lease writes nothing, and the figures match the rows.
        lease.recordSave(job.eventId, job.leaseToken, lease.progressOf(job.progress()));
        result.written().forEach(m -> job.versions.put(m.id, m.version));
    }
}
