package org.matchday.solve;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What solving looks like from outside, at /q/metrics: how long solve jobs take and how they end
 * ({@code matchday_solve_duration_seconds}), how many run ({@code matchday_solve_running}) and each event's best score
 * so far by level ({@code matchday_solve_best_score}, one series per event solved since the start).
 */
@ApplicationScoped
public class SolveMetrics {

    static final String SOLVED = "solved";
    static final String FAILED = "failed";

    private final MeterRegistry registry;
    private final Map<Long, BestScore> bestScores = new ConcurrentHashMap<>();

    public SolveMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Reports the number of running jobs as the supplier counts them. */
    void countRunning(Supplier<Number> running) {
        Gauge.builder("matchday.solve.running", running)
                .description("Solve jobs running now")
                .register(registry);
    }

    void improved(long eventId, HardMediumSoftLongScore score) {
        if (score != null) {
            bestScores.computeIfAbsent(eventId, this::register).set(score);
        }
    }

    /** A job has ended with {@code outcome} ({@link #SOLVED} or {@link #FAILED}) after {@code duration}. */
    void ended(String outcome, Duration duration) {
        Timer.builder("matchday.solve.duration")
                .description("Time from the start of a solve job to its last save")
                .tag("outcome", outcome)
                .register(registry)
                .record(duration);
    }

    private BestScore register(long eventId) {
        BestScore best = new BestScore();
        Tags event = Tags.of("event", Long.toString(eventId));
        gauge(event.and("level", "hard"), best.hard);
        gauge(event.and("level", "medium"), best.medium);
        gauge(event.and("level", "soft"), best.soft);
        return best;
    }

    private void gauge(Tags tags, AtomicLong value) {
        Gauge.builder("matchday.solve.best.score", value, AtomicLong::get)
                .description("Best score of the event's latest solve, by level (0 is perfect; hard below 0 is"
                        + " infeasible)")
                .tags(tags)
                .register(registry);
    }

    /** Held here, because a gauge only keeps a weak reference to what it reads. */
    private static final class BestScore {
        final AtomicLong hard = new AtomicLong();
        final AtomicLong medium = new AtomicLong();
        final AtomicLong soft = new AtomicLong();

        void set(HardMediumSoftLongScore score) {
            hard.set(score.hardScore());
            medium.set(score.mediumScore());
            soft.set(score.softScore());
        }
    }
}
