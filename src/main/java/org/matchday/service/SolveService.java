package org.matchday.service;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverStatus;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.matchday.config.SolverSettings;
import org.matchday.domain.EventSession;
import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.Publication;
import org.matchday.domain.PublishedMeeting;
import org.matchday.format.InvalidDocumentException;
import org.matchday.format.Violation;
import org.matchday.mapping.ScheduleMapper;
import org.matchday.persistence.EventData;
import org.matchday.rest.dto.SolveStatus;
import org.matchday.solver.Schedule;
import org.matchday.solver.SolutionFigures;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Solving as a job per event. A job loads the event, hands it to the solver and returns at once; the best
 * schedule is written back onto the meeting rows as it improves (at most once per save interval, and always at
 * the end), so exports show it and it survives a restart. One job per event at a time; events solve in parallel.
 */
@ApplicationScoped
public class SolveService {

    private static final Logger LOG = Logger.getLogger(SolveService.class);
    private static final String MEETINGS_OF_EVENT = "select m from Meeting m join fetch m.participantA"
            + " join fetch m.participantB left join fetch m.session left join fetch m.table where m.event.id = ?1";

    private final SolverManager<Schedule, Long> solverManager;
    private final SolutionManager<Schedule, HardMediumSoftLongScore> solutionManager;
    private final SolverSettings settings;
    private final ExplanationService explanations;
    private final Map<Long, SolveJob> jobs = new ConcurrentHashMap<>();
    private ScheduledExecutorService saver;

    public SolveService(SolverManager<Schedule, Long> solverManager,
            SolutionManager<Schedule, HardMediumSoftLongScore> solutionManager, SolverSettings settings,
            ExplanationService explanations) {
        this.solverManager = solverManager;
        this.solutionManager = solutionManager;
        this.settings = settings;
        this.explanations = explanations;
    }

    @PostConstruct
    void startSaver() {
        saver = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "matchday-solve-saver");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.saveInterval().toMillis();
        saver.scheduleWithFixedDelay(this::saveDueJobs, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** Stops running jobs while the database is still there, so that their best schedule is saved. */
    void stopAll(@Observes ShutdownEvent shutdown) {
        for (SolveJob job : jobs.values()) {
            if (job.isActive()) {
                solverManager.terminateEarly(job.eventId);
                job.awaitEnd(Duration.ofSeconds(10));
            }
        }
    }

    @PreDestroy
    void stopSaver() {
        saver.shutdownNow();
    }

    /**
     * Starts solving the event for {@code seconds} (the configured default when null) and returns at once.
     *
     * @throws ConflictException when the event is being solved already
     * @throws UnknownIdException when there is no such event
     */
    public SolveStatus start(long eventId, Integer seconds) {
        int limit = seconds == null ? settings.defaultSeconds() : seconds;
        if (limit < 1 || limit > settings.maxSeconds()) {
            throw new InvalidDocumentException("The time limit is out of range.", List.of(new Violation("seconds",
                    "must be between 1 and " + settings.maxSeconds() + " seconds")));
        }
        SolveJob job = new SolveJob(eventId, limit);
        synchronized (jobs) {
            SolveJob current = jobs.get(eventId);
            if (current != null && current.isActive()) {
                throw new ConflictException("Event " + eventId + " is being solved already; stop that job"
                        + " (DELETE /api/events/" + eventId + "/solve) or wait until it ends.");
            }
            jobs.put(eventId, job);
        }
        try {
            Schedule problem = QuarkusTransaction.requiringNew().call(() -> load(job));
            job.started(problem);
            // Also stop at a perfect score: nothing is left to improve.
            TerminationConfig termination = new TerminationConfig()
                    .withSpentLimit(Duration.ofSeconds(limit))
                    .withUnimprovedSpentLimit(Duration.ofSeconds(settings.unimprovedSeconds()))
                    .withBestScoreLimit(HardMediumSoftLongScore.ZERO.toString());
            solverManager.solveBuilder()
                    .withProblemId(eventId)
                    .withProblem(problem)
                    .withConfigOverride(new SolverConfigOverride<Schedule>().withTerminationConfig(termination))
                    .withBestSolutionConsumer(best -> improved(job, best))
                    .withFinalBestSolutionConsumer(best -> finished(job, best))
                    .withExceptionHandler((id, error) -> failed(job, error))
                    .run();
        } catch (RuntimeException e) {
            job.end(null);
            jobs.remove(eventId, job);
            throw e;
        }
        LOG.infof("Solving event %d for at most %d s", eventId, limit);
        return job.progress();
    }

    /** The current job's progress, or the stored schedule's figures when no job runs. */
    public SolveStatus status(long eventId) {
        SolveJob job = jobs.get(eventId);
        if (job != null && job.isActive()) {
            return job.progress();
        }
        SolveStatus stored = QuarkusTransaction.requiringNew().call(() -> storedProgress(eventId));
        return job == null ? stored : job.lastRun(stored);
    }

    /** Stops the event's job early and waits until its best schedule is saved; a no-op when none runs. */
    public SolveStatus stop(long eventId) {
        SolveJob job = jobs.get(eventId);
        if (job != null && job.isActive()) {
            solverManager.terminateEarly(eventId);
            if (!job.awaitEnd(Duration.ofSeconds(30)) && solverManager.getSolverStatus(eventId)
                    == SolverStatus.NOT_SOLVING) {
                // Stopped while still queued: no solver ran, so no final schedule will come.
                job.end(null);
            }
        }
        return status(eventId);
    }

    public boolean isSolving(long eventId) {
        SolveJob job = jobs.get(eventId);
        return job != null && job.isActive();
    }

    /**
     * The progress as a stream for pages: the current state at once, then once a second while the job runs,
     * ending with the first state that is no longer solving.
     */
    public Multi<SolveStatus> progress(long eventId) {
        SolveStatus first = status(eventId);
        if (!first.isSolving()) {
            return Multi.createFrom().item(first);
        }
        AtomicBoolean ended = new AtomicBoolean();
        Multi<SolveStatus> updates = Multi.createFrom().ticks().every(Duration.ofSeconds(1))
                .onOverflow().drop()
                .map(tick -> streamedProgress(eventId));
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(first), updates)
                .select().first(progress -> !ended.getAndSet(!progress.isSolving()));
    }

    /** Score analysis of the event's stored schedule, with a justification for every match. */
    public ScoreAnalysis<HardMediumSoftLongScore> analyze(long eventId) {
        return QuarkusTransaction.requiringNew().call(
                () -> analyze(ScheduleMapper.toStoredSchedule(EventData.load(eventId),
                        ConstraintWeightService.of(eventId))));
    }

    /**
     * Score analysis of any schedule, such as the stored one with a change made by hand: build it with
     * {@link ScheduleMapper#toStoredSchedule}, set the changed meeting's slot and explicit table, analyse.
     */
    public ScoreAnalysis<HardMediumSoftLongScore> analyze(Schedule schedule) {
        return solutionManager.analyze(schedule);
    }

    private Schedule load(SolveJob job) {
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

    private SolveStatus storedProgress(long eventId) {
        Schedule stored = ScheduleMapper.toStoredSchedule(EventData.load(eventId), ConstraintWeightService.of(eventId));
        HardMediumSoftLongScore score = solutionManager.update(stored);
        return SolveJob.figures(eventId, SolveStatus.NOT_SOLVING, score, SolutionFigures.of(stored), null,
                null, null, null, null);
    }

    /** From memory only: a stream must not block on the database. */
    private SolveStatus streamedProgress(long eventId) {
        return jobs.get(eventId).progress();
    }

    private void improved(SolveJob job, Schedule best) {
        if (job.offer(best) && job.isDueForSave(settings.saveInterval())) {
            save(job);
        }
    }

    private void finished(SolveJob job, Schedule best) {
        job.offer(best);
        String error = save(job);
        if (error == null) {
            error = explain(job);
        }
        job.end(error);
        LOG.infof("Solved event %d: %s", job.eventId, best.getScore());
    }

    private void failed(SolveJob job, Throwable error) {
        LOG.errorf(error, "Solving event %d failed", job.eventId);
        save(job);
        job.end("The solver failed: " + error.getMessage());
    }

    private void saveDueJobs() {
        for (SolveJob job : jobs.values()) {
            if (job.isActive() && job.isDueForSave(settings.saveInterval())) {
                save(job);
            }
        }
    }

    /** Once the schedule is final: says why each meeting left out has no slot (too slow for every save). */
    private String explain(SolveJob job) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                EventService.lock(job.eventId);
                explanations.storeReasons(EventData.load(job.eventId));
            });
            return null;
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not explain the schedule of event %d", job.eventId);
            return "The unscheduled meetings could not be explained: " + e.getMessage();
        }
    }

    /** Writes the job's newest unsaved best schedule; answers why it could not, or null. */
    private String save(SolveJob job) {
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
        EventService.lock(job.eventId);
        List<Meeting> rows = Meeting.list(MEETINGS_OF_EVENT, job.eventId);
        List<EventSession> sessions = EventSession.list("event.id", job.eventId);
        List<EventTable> tables = EventTable.list("event.id", job.eventId);
        ScheduleMapper.WriteBack result = ScheduleMapper.writeBack(best, rows, sessions, tables, job.versions);
        Meeting.getEntityManager().flush();
        result.written().forEach(m -> job.versions.put(m.id, m.version));
    }

    /** One solve of one event, from loading to the last save. */
    private static final class SolveJob {

        final long eventId;
        final int secondsLimit;
        final Instant startedAt = Instant.now();
        final long startNanos = System.nanoTime();
        /** Versions of the meeting rows as the solver knows them: a row changed by someone else is left alone. */
        final Map<Long, Long> versions = new ConcurrentHashMap<>();
        private final CountDownLatch end = new CountDownLatch(1);
        private volatile boolean active = true;
        private volatile Schedule unsaved;
        private volatile Schedule best;
        private volatile SolutionFigures statistics;
        private volatile long lastSaveNanos = System.nanoTime();
        private volatile Instant savedAt;
        private volatile long endNanos;
        private volatile String error;

        SolveJob(long eventId, int secondsLimit) {
            this.eventId = eventId;
            this.secondsLimit = secondsLimit;
        }

        boolean isActive() {
            return active;
        }

        void started(Schedule problem) {
            statistics = SolutionFigures.of(problem);
        }

        /** Takes a new best schedule; false once the job has ended. */
        boolean offer(Schedule schedule) {
            if (!active) {
                return false;
            }
            statistics = SolutionFigures.of(schedule);
            best = schedule;
            unsaved = schedule;
            return true;
        }

        boolean isDueForSave(Duration interval) {
            return unsaved != null && System.nanoTime() - lastSaveNanos >= interval.toNanos();
        }

        Schedule takeUnsaved() {
            Schedule schedule = unsaved;
            unsaved = null;
            return schedule;
        }

        void saved() {
            lastSaveNanos = System.nanoTime();
            savedAt = Instant.now();
        }

        void end(String failure) {
            error = failure;
            endNanos = System.nanoTime();
            active = false;
            end.countDown();
        }

        boolean awaitEnd(Duration timeout) {
            try {
                return end.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        /** While active the best so far; after the end, the final best as the job left it. */
        SolveStatus progress() {
            Schedule current = best;
            boolean running = active;
            long elapsed = ((running ? System.nanoTime() : endNanos) - startNanos) / 1_000_000;
            return figures(eventId, running ? SolveStatus.SOLVING : SolveStatus.NOT_SOLVING,
                    current == null ? null : current.getScore(), statistics, elapsed, secondsLimit, startedAt,
                    savedAt, error);
        }

        /** The stored schedule's figures with what this last job did. */
        SolveStatus lastRun(SolveStatus stored) {
            HardMediumSoftLongScore score = stored.score() == null ? null
                    : HardMediumSoftLongScore.parseScore(stored.score());
            return figures(eventId, SolveStatus.NOT_SOLVING, score, new SolutionFigures(stored.scheduled(),
                            stored.unscheduled(), stored.breaks(), stored.scheduledPriority(),
                            stored.requestedPriority()),
                    (endNanos - startNanos) / 1_000_000, secondsLimit, startedAt, savedAt, error);
        }

        static SolveStatus figures(long eventId, String status, HardMediumSoftLongScore score,
                SolutionFigures statistics, Long elapsedMillis, Integer secondsLimit, Instant startedAt,
                Instant savedAt, String error) {
            return new SolveStatus(eventId, status, score == null ? null : score.toString(),
                    score != null && score.isFeasible(), statistics.scheduled(), statistics.unscheduled(),
                    statistics.breaks(), statistics.scheduledPriority(), statistics.requestedPriority(),
                    elapsedMillis, secondsLimit, startedAt, savedAt, error);
        }
    }
}
