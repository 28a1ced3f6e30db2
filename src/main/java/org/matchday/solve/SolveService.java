package org.matchday.solve;

import org.matchday.problem.ProblemCode;
import org.matchday.problem.ConflictException;
import org.matchday.problem.InvalidParameterException;
import org.matchday.problem.UnknownIdException;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverStatus;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.matchday.config.SolverSettings;
import org.matchday.problem.Violation;
import org.matchday.mapping.ScheduleMapper;
import org.matchday.persistence.EventData;
import org.matchday.export.Optimality;
import org.matchday.solver.Schedule;
import org.matchday.solver.SolutionFigures;
import org.matchday.solver.exact.ExactResult;
import org.matchday.solver.exact.ExactSolver;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Solving as a job per event. A job loads the event, hands it to the solver and returns at once; the best
 * schedule is written back onto the meeting rows as it improves (at most once per save interval, and always at
 * the end), so exports show it and it survives a restart. One job per event at a time, across every instance on the
 * database: a job holds its event's {@link SolveLease}, and the other instances answer status and stop through it.
 * Events solve in parallel.
 */
@ApplicationScoped
public class SolveService {

    private static final Logger LOG = Logger.getLogger(SolveService.class);
    /** With an exact phase, Timefold gets a third of the time limit and the exact phase the rest. */
    private static final int EXACT_SHARE_DIVISOR = 3;
    /** Timefold improves a small event in under a second when it still can: after 3 s, the exact phase takes over. */
    private static final int UNIMPROVED_SECONDS_BEFORE_EXACT = 3;

    private final SolverManager<Schedule, Long> solverManager;
    private final SolutionManager<Schedule, HardMediumSoftLongScore> solutionManager;
    private final SolverSettings settings;
    private final SolveStore store;
    private final SolveMetrics metrics;
    private final SolveLease lease;
    private final CapacityService capacity;
    private final SolverFactory<Schedule> solverFactory;
    private final Event<Replanned> replanned;
    private final Map<Long, SolveJob> jobs = new ConcurrentHashMap<>();
    private ScheduledExecutorService saver;
    private ScheduledExecutorService renewer;

    public SolveService(SolverManager<Schedule, Long> solverManager,
            SolutionManager<Schedule, HardMediumSoftLongScore> solutionManager, SolverSettings settings,
            SolveStore store, SolveMetrics metrics, SolveLease lease, CapacityService capacity,
            SolverFactory<Schedule> solverFactory, Event<Replanned> replanned) {
        this.solverManager = solverManager;
        this.solutionManager = solutionManager;
        this.settings = settings;
        this.store = store;
        this.metrics = metrics;
        this.lease = lease;
        this.capacity = capacity;
        this.solverFactory = solverFactory;
        this.replanned = replanned;
        metrics.countRunning(() -> jobs.values().stream().filter(SolveJob::isActive).count());
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
        // Its own thread: a long save must not delay renewals until leases expire.
        renewer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "matchday-solve-lease");
            thread.setDaemon(true);
            return thread;
        });
        long renewal = settings.lease().renewal().toMillis();
        renewer.scheduleWithFixedDelay(this::renewLeases, renewal, renewal, TimeUnit.MILLISECONDS);
    }

    /** Stops running jobs while the database is still there, so that their best schedule is saved. */
    void stopAll(@Observes ShutdownEvent shutdown) {
        for (SolveJob job : jobs.values()) {
            if (job.isActive()) {
                solverManager.terminateEarly(job.eventId);
                job.exactStop.stop();
                job.awaitEnd(Duration.ofSeconds(10));
            }
        }
    }

    @PreDestroy
    void stopSaver() {
        saver.shutdownNow();
        renewer.shutdownNow();
    }

    /**
     * Starts solving the event for {@code seconds} (the configured default when null) and returns at once.
     *
     * @throws InvalidParameterException when {@code seconds} is out of range
     * @throws ConflictException when the event is being solved already, here or by another instance
     * @throws UnknownIdException when there is no such event
     */
    public SolveStatus start(long eventId, Integer seconds) {
        return start(eventId, seconds, null);
    }

    /**
     * As {@link #start(long, Integer)}, or with {@code from} (an event-local date and time) a re-plan of the rest of
     * the day from then (see {@link SolveStore#replanFrom}); once it ends, observers of {@link Replanned} carry it on.
     *
     * @throws InvalidParameterException when {@code from} cannot be read or falls outside the event's sessions
     * @throws ConflictException when the event has no timetable to re-plan (not SCHEDULED or PUBLISHED)
     */
    public SolveStatus start(long eventId, Integer seconds, String from) {
        int limit = seconds == null ? settings.defaultSeconds() : seconds;
        if (limit < 1 || limit > settings.maxSeconds()) {
            throw new InvalidParameterException(ProblemCode.PARAM_SECONDS.with(), Violation.of("seconds",
                    ProblemCode.PARAM_SECONDS_FIELD, "max", settings.maxSeconds()));
        }
        LocalDateTime replanFrom = from == null ? null
                : QuarkusTransaction.requiringNew().call(() -> SolveStore.replanFrom(eventId, from));
        SolveJob job = new SolveJob(eventId, limit, replanFrom);
        synchronized (jobs) {
            SolveJob current = jobs.get(eventId);
            if (current != null && current.isActive()) {
                throw solvingAlready(eventId);
            }
            jobs.put(eventId, job);
        }
        SolveLease.Outcome claim;
        try {
            claim = lease.acquire(eventId, job.leaseToken, "{}");
        } catch (RuntimeException e) {
            job.end(null);
            jobs.remove(eventId, job);
            throw e;
        }
        if (claim != SolveLease.Outcome.ACQUIRED) {
            job.end(null);
            jobs.remove(eventId, job);
            throw claim == SolveLease.Outcome.NO_EVENT ? UnknownIdException.event(eventId) : solvingAlready(eventId);
        }
        try {
            Schedule problem = QuarkusTransaction.requiringNew().call(() -> store.load(job));
            job.started(problem);
            lease.describe(eventId, job.leaseToken, lease.progressOf(job.progress()));
            // Also stop at a perfect score: nothing is left to improve.
            TerminationConfig termination = new TerminationConfig()
                    .withSpentLimit(Duration.ofSeconds(limit))
                    .withUnimprovedSpentLimit(Duration.ofSeconds(settings.unimprovedSeconds()))
                    .withBestScoreLimit(HardMediumSoftLongScore.ZERO.toString());
            if (ExactSolver.applies(problem)) {
                // Small enough to prove: the local search gets a share, the exact phase the rest (finished()).
                job.exactPhase = true;
                termination.withSpentLimit(Duration.ofMillis(Math.max(1000, limit * 1000L / EXACT_SHARE_DIVISOR)))
                        .withUnimprovedSpentLimit(Duration.ofSeconds(Math.min(settings.unimprovedSeconds(),
                                UNIMPROVED_SECONDS_BEFORE_EXACT)));
            }
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
            try {
                lease.abandon(eventId, job.leaseToken);
            } catch (RuntimeException abandoning) {
                e.addSuppressed(abandoning);
            }
            throw e;
        }
        LOG.infof("Solving event %d for at most %d s", eventId, limit);
        return job.progress();
    }

    /**
     * The current job's progress, here or (as of its last save) on the instance that holds the lease; otherwise the
     * stored schedule's figures, with those of the last job if there was one.
     */
    public SolveStatus status(long eventId) {
        SolveJob job = jobs.get(eventId);
        if (job != null && job.isActive()) {
            return job.progress();
        }
        Optional<SolveLease.Lease> held = lease.find(eventId);
        boolean lastJobHere = job != null && held.map(l -> l.token().equals(job.leaseToken)).orElse(true);
        if (held.isPresent() && held.get().live() && !lastJobHere) {
            return lease.solving(held.get(),
                    () -> QuarkusTransaction.requiringNew().call(() -> storedProgress(eventId, null)));
        }
        SolveStatus stored = QuarkusTransaction.requiringNew()
                .call(() -> storedProgress(eventId, lastJobHere ? job : null));
        if (lastJobHere) {
            return job.lastRun(stored);
        }
        return held.isPresent() ? lease.lastRun(held.get(), stored) : stored;
    }

    /**
     * Stops the event's job early and waits until its best schedule is saved; a no-op when none runs. A job of
     * another instance is asked to stop through its lease and seen to end when the lease is released.
     */
    public SolveStatus stop(long eventId) {
        SolveJob job = jobs.get(eventId);
        if (job != null && job.isActive()) {
            stopHere(job);
        } else if (lease.requestStop(eventId)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).plus(settings.lease().renewal()).toNanos();
            while (lease.isHeld(eventId) && System.nanoTime() < deadline) {
                sleep(Duration.ofMillis(200));
            }
        }
        return status(eventId);
    }

    /** How close the stored schedule is to the best possible, as the solve status says it. */
    public Optimality optimality(long eventId) {
        SolveStatus status = status(eventId);
        return new Optimality(status.optimality(), status.optimalitySource(), status.meetingsShortAtMost(),
                status.priorityShortAtMost(), status.breaksOverAtMost(), status.optimalityText());
    }

    /** Changes whenever a job of the event starts or ends on this instance: what caches of its judgement key on. */
    public String jobStamp(long eventId) {
        SolveJob job = jobs.get(eventId);
        return job == null ? "-" : job.startedAt + (job.isActive() ? "/running" : "/ended");
    }

    /** Whether a job of the event runs, on this instance or another. */
    public boolean isSolving(long eventId) {
        SolveJob job = jobs.get(eventId);
        return job != null && job.isActive() || lease.isHeld(eventId);
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


    /** The stored schedule's figures; its optimality is the last job's when that job's final schedule is it. */
    private SolveStatus storedProgress(long eventId, SolveJob last) {
        EventData data = EventData.load(eventId);
        Schedule stored = ScheduleMapper.toStoredSchedule(data, ConstraintWeightService.of(eventId));
        HardMediumSoftLongScore score = solutionManager.update(stored);
        boolean judged = last != null && last.optimality() != null && score.equals(last.finalScore());
        return SolveJob.figures(eventId, SolveStatus.NOT_SOLVING, score, SolutionFigures.of(stored),
                stored.getMinimumMeetings(), null, null, null, null, null, judged ? last.optimality()
                        : OptimalityCheck.of(ExactSolver.Figures.of(stored), null,
                                OptimalityCheck.CapacityBound.of(capacity.report(data))));
    }

    /**
     * After the local search, the exact phase for events small enough to prove: it starts from Timefold's best,
     * offers better schedules like Timefold does, and ends early once it proves the best one optimal.
     */
    private ExactResult exactPhase(SolveJob job, Schedule timefoldBest) {
        long left = job.secondsLimit * 1000L - job.duration().toMillis();
        if (!job.exactPhase || left < 100 || job.exactStop.isStopped()) {
            return null;
        }
        try {
            ExactResult result = new ExactSolver(solutionManager, solverFactory).solve(timefoldBest, Duration.ofMillis(left),
                    better -> improved(job, better), job.exactStop);
            LOG.infof("Exact phase of event %d: %s in %d ms", job.eventId, result.status(), result.took().toMillis());
            return result;
        } catch (RuntimeException | LinkageError e) {
            LOG.warnf(e, "The exact phase of event %d failed; Timefold's best stands", job.eventId);
            return null;
        }
    }

    /** How close the final schedule is to the best possible, from the exact phase and the capacity check. */
    private Optimality judge(SolveJob job, Schedule best, ExactResult exact) {
        try {
            OptimalityCheck.CapacityBound bound = QuarkusTransaction.requiringNew().call(
                    () -> OptimalityCheck.CapacityBound.of(capacity.report(EventData.load(job.eventId))));
            return OptimalityCheck.of(ExactSolver.Figures.of(best), exact, bound);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not bound the schedule of event %d", job.eventId);
            return OptimalityCheck.of(ExactSolver.Figures.of(best), exact, null);
        }
    }

    /** From memory when the job runs here: a stream must not block on the database for it. */
    private SolveStatus streamedProgress(long eventId) {
        SolveJob job = jobs.get(eventId);
        return job != null ? job.progress() : status(eventId);
    }

    private static ConflictException solvingAlready(long eventId) {
        return new ConflictException(ProblemCode.SOLVE_RUNNING.with("event", eventId));
    }

    private void stopHere(SolveJob job) {
        solverManager.terminateEarly(job.eventId);
        job.exactStop.stop();
        if (!job.awaitEnd(Duration.ofSeconds(30)) && solverManager.getSolverStatus(job.eventId)
                == SolverStatus.NOT_SOLVING) {
            // Stopped while still queued: no solver ran, so no final schedule will come.
            job.end(null);
            release(job);
        }
    }

    /** Keeps this instance's leases, and stops the jobs asked to stop elsewhere or whose lease was taken. */
    private void renewLeases() {
        for (SolveJob job : jobs.values()) {
            if (!job.isActive()) {
                continue;
            }
            try {
                SolveLease.Renewal renewal = lease.renew(job.eventId, job.leaseToken);
                // A job that ended meanwhile has released its lease: that is no loss.
                if (renewal != SolveLease.Renewal.HELD && job.isActive() && job.stopAsked.compareAndSet(false, true)) {
                    if (renewal == SolveLease.Renewal.LOST) {
                        LOG.warnf("Event %d: the solve lease was lost (taken by another instance after it"
                                + " expired); stopping without saving", job.eventId);
                    } else {
                        LOG.infof("Event %d: stop asked through another instance", job.eventId);
                    }
                    // Not on this thread: stopping waits for the final save, and other leases need renewing.
                    CompletableFuture.runAsync(() -> stopHere(job));
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not renew the solve lease of event %d", job.eventId);
            }
        }
    }

    /** Ends the job's lease with its final figures; if the database is away, the lease expires by itself. */
    private void release(SolveJob job) {
        try {
            lease.release(job.eventId, job.leaseToken, lease.progressOf(job.progress()));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not release the solve lease of event %d; it expires by itself", job.eventId);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void improved(SolveJob job, Schedule best) {
        if (job.offer(best)) {
            metrics.improved(job.eventId, best.getScore());
            if (job.isDueForSave(settings.saveInterval())) {
                store.save(job);
            }
        }
    }

    private void finished(SolveJob job, Schedule timefoldBest) {
        job.offer(timefoldBest);
        ExactResult exact = exactPhase(job, timefoldBest);
        Schedule best = exact == null ? timefoldBest : exact.best();
        job.offer(best);
        job.judged(judge(job, best, exact));
        String error = store.save(job);
        if (error == null) {
            error = store.explain(job);
        }
        if (error == null && job.replanFrom != null) {
            error = carryOn(job);
        }
        job.end(error);
        release(job);
        metrics.improved(job.eventId, best.getScore());
        metrics.ended(error == null ? SolveMetrics.SOLVED : SolveMetrics.FAILED, job.duration());
        LOG.infof("Solved event %d: %s", job.eventId, best.getScore());
    }

    /** Hands a finished re-plan to its observers (publishing it); answers why they could not, or null. */
    private String carryOn(SolveJob job) {
        try {
            replanned.fire(new Replanned(job.eventId, job.replanFrom));
            return null;
        } catch (RuntimeException e) {
            LOG.warnf(e, "The re-plan of event %d was saved but not carried on", job.eventId);
            return "The re-plan was saved but could not be published: " + e.getMessage();
        }
    }

    private void failed(SolveJob job, Throwable error) {
        LOG.errorf(error, "Solving event %d failed", job.eventId);
        store.save(job);
        job.end("The solver failed: " + error.getMessage());
        release(job);
        metrics.ended(SolveMetrics.FAILED, job.duration());
    }

    private void saveDueJobs() {
        for (SolveJob job : jobs.values()) {
            if (job.isActive() && job.isDueForSave(settings.saveInterval())) {
                store.save(job);
            }
        }
    }

}
