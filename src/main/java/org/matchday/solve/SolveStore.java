package org.matchday.solve;

import org.matchday.event.EventService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.matchday.domain.EventSession;
import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.Publication;
import org.matchday.domain.PublishedMeeting;
import org.matchday.mapping.ScheduleMapper;
import org.matchday.persistence.EventData;
import org.matchday.solver.Schedule;

import java.util.List;

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
        return ScheduleMapper.toProblem(data, ConstraintWeightService.of(job.eventId), published(job.eventId));
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
