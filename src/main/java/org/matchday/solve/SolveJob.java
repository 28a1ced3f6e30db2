package org.matchday.solve;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.matchday.export.Optimality;
import org.matchday.solver.Schedule;
import org.matchday.solver.SolutionFigures;
import org.matchday.solver.exact.ExactSolver;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** One solve of one event, from loading to the last save. */
final class SolveJob {

    final long eventId;
    final int secondsLimit;
    /** The moment of the day a re-plan starts from, in the event's local time; null for a whole solve. */
    final LocalDateTime replanFrom;
    final Instant startedAt = Instant.now();
    final long startNanos = System.nanoTime();
    /** This job's hold on the event's solve lease (SolveLease): a later job, here or elsewhere, has another. */
    final String leaseToken = UUID.randomUUID().toString();
    /** Set once a stop was asked through another instance, so that it is acted on once. */
    final AtomicBoolean stopAsked = new AtomicBoolean();
    /** Versions of the meeting rows as the solver knows them: a row changed by someone else is left alone. */
    final Map<Long, Long> versions = new ConcurrentHashMap<>();
    private final CountDownLatch end = new CountDownLatch(1);
    private volatile boolean active = true;
    private volatile Schedule unsaved;
    private volatile Schedule best;
    private volatile SolutionFigures statistics;
    private volatile int minimumMeetings;
    private volatile long lastSaveNanos = System.nanoTime();
    private volatile Instant savedAt;
    private volatile long endNanos;
    private volatile String error;
    /** Stops the exact phase, which runs after Timefold's and which terminating Timefold does not reach. */
    final ExactSolver.Stop exactStop = new ExactSolver.Stop();
    /** Whether an exact phase follows Timefold's (the event is small enough to prove). */
    volatile boolean exactPhase;
    /** How close the final schedule is to the best possible, once the job has ended. */
    private volatile Optimality optimality;

    SolveJob(long eventId, int secondsLimit) {
        this(eventId, secondsLimit, null);
    }

    SolveJob(long eventId, int secondsLimit, LocalDateTime replanFrom) {
        this.eventId = eventId;
        this.secondsLimit = secondsLimit;
        this.replanFrom = replanFrom;
    }

    boolean isActive() {
        return active;
    }

    void started(Schedule problem) {
        minimumMeetings = problem.getMinimumMeetings();
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

    void judged(Optimality finalOptimality) {
        optimality = finalOptimality;
    }

    /** The final schedule's optimality and score, when the job ended with one; else null. */
    Optimality optimality() {
        return optimality;
    }

    HardMediumSoftLongScore finalScore() {
        Schedule last = best;
        return active || last == null ? null : last.getScore();
    }

    boolean awaitEnd(Duration timeout) {
        try {
            return end.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** From the start to the end, or until now while the job runs. */
    Duration duration() {
        return Duration.ofNanos((active ? System.nanoTime() : endNanos) - startNanos);
    }

    /** While active the best so far; after the end, the final best as the job left it. */
    SolveStatus progress() {
        Schedule current = best;
        boolean running = active;
        long elapsed = ((running ? System.nanoTime() : endNanos) - startNanos) / 1_000_000;
        return figures(eventId, running ? SolveStatus.SOLVING : SolveStatus.NOT_SOLVING,
                current == null ? null : current.getScore(), statistics, minimumMeetings, elapsed, secondsLimit,
                startedAt, savedAt, error, running ? OptimalityCheck.WHILE_SOLVING : optimality);
    }

    /** The stored schedule's figures with what this last job did. */
    SolveStatus lastRun(SolveStatus stored) {
        HardMediumSoftLongScore score = stored.score() == null ? null
                : HardMediumSoftLongScore.parseScore(stored.score());
        return figures(eventId, SolveStatus.NOT_SOLVING, score, new SolutionFigures(stored.scheduled(),
                        stored.unscheduled(), stored.breaks(), stored.scheduledPriority(),
                        stored.requestedPriority(), stored.belowMinimum(), stored.belowFairShare(),
                        stored.withoutMeetings(), stored.priorityGivenUpForFairness()),
                stored.minimumMeetings(), (endNanos - startNanos) / 1_000_000, secondsLimit, startedAt, savedAt,
                error, new Optimality(stored.optimality(), stored.optimalitySource(), stored.meetingsShortAtMost(),
                        stored.priorityShortAtMost(), stored.breaksOverAtMost(), stored.optimalityText()));
    }

    static SolveStatus figures(long eventId, String status, HardMediumSoftLongScore score,
            SolutionFigures statistics, int minimumMeetings, Long elapsedMillis, Integer secondsLimit,
            Instant startedAt, Instant savedAt, String error, Optimality optimality) {
        Optimality known = optimality == null ? OptimalityCheck.NOT_KNOWN : optimality;
        return new SolveStatus(eventId, status, score == null ? null : score.toString(),
                score != null && score.isFeasible(), statistics.scheduled(), statistics.unscheduled(),
                statistics.breaks(), statistics.scheduledPriority(), statistics.requestedPriority(),
                minimumMeetings, statistics.belowMinimum(), statistics.belowFairShare(), statistics.withoutMeetings(),
                statistics.priorityGivenUp(), elapsedMillis, secondsLimit, startedAt, savedAt, error, known.status(),
                known.source(), known.meetingsShortAtMost(), known.priorityShortAtMost(), known.breaksOverAtMost(),
                known.text());
    }
}
