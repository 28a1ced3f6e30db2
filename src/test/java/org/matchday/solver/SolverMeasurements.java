package org.matchday.solver;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.matchday.format.EventDocument;
import org.matchday.mapping.ScheduleMapper;
import org.matchday.persistence.EventData;
import org.matchday.service.DetachedEvents;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Solves a generated event outside the application and prints the figures docs/solver.md records: size,
 * upper bound, the first-come-first-served baseline, and the solver's result over time. Not a test: run it on
 * purpose, see docs/solver.md for the command.
 *
 * <p>Arguments: {@code taipei|small|ample|packable|brokerage|congress seconds [seed] [solver config resource]}.
 */
public final class SolverMeasurements {

    private SolverMeasurements() {
    }

    public static void main(String[] args) {
        logAtInfo();
        String family = args[0];
        long seconds = Long.parseLong(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        String config = args.length > 3 ? args[3] : "solverConfig.xml";
        EventDocument doc = document(family, seed);
        EventData data = DetachedEvents.of(doc);

        Schedule greedy = ScheduleMapper.toProblem(data);
        long bound = PriorityBound.of(greedy);
        long greedyStart = System.nanoTime();
        GreedyScheduler.schedule(greedy);
        long greedyMillis = (System.nanoTime() - greedyStart) / 1_000_000;
        SolutionFigures greedyStats = SolutionFigures.of(greedy);

        Schedule problem = ScheduleMapper.toProblem(data);
        SolverConfig solverConfig = SolverConfig.createFromXmlResource(config)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds)));
        Solver<Schedule> solver = SolverFactory.<Schedule>create(solverConfig).buildSolver();
        long start = System.nanoTime();
        long[] lastImprovement = {0};
        boolean trace = Boolean.getBoolean("matchday.trace");
        solver.addEventListener(event -> {
            lastImprovement[0] = (System.nanoTime() - start) / 1_000_000;
            if (trace) {
                SolutionFigures s = SolutionFigures.of(event.getNewBestSolution());
                System.out.printf(Locale.ROOT, "  %6d ms %s %.2f%% breaks %d%n", lastImprovement[0],
                        event.getNewBestScore(), 100.0 * s.scheduledPriority() / bound, s.breaks());
            }
        });
        Schedule best = solver.solve(problem);
        long millis = (System.nanoTime() - start) / 1_000_000;
        SolutionFigures stats = SolutionFigures.of(best);

        ScheduleMapper.writeBack(best, data.meetings(), data.sessions(), data.tables(), Map.of());
        List<String> violations = ScheduleFeasibilityChecker.violations(DetachedEvents.export(data));

        System.out.printf(Locale.ROOT, "%s seed %d: %d participants, %d pairs, %d slots, %d tables; bound %d%n",
                family, seed, data.participants().size(), data.meetings().size(), problem.getSlots().size(),
                data.tables().size(), bound);
        System.out.printf(Locale.ROOT, "  greedy: %.2f%% of bound, %d scheduled, %d unscheduled, %d breaks (%d ms)%n",
                100.0 * greedyStats.scheduledPriority() / bound, greedyStats.scheduled(), greedyStats.unscheduled(),
                greedyStats.breaks(), greedyMillis);
        System.out.printf(Locale.ROOT, "  solver: %.2f%% of bound, %d scheduled, %d unscheduled, %d breaks; score %s;"
                        + " last improvement at %d ms of %d ms; peak heap %d MiB; %d hard violations found by the"
                        + " independent checker%n",
                100.0 * stats.scheduledPriority() / bound, stats.scheduled(), stats.unscheduled(), stats.breaks(),
                best.getScore(), lastImprovement[0], millis, peakHeapMiB(), violations.size());
        violations.stream().limit(5).forEach(v -> System.out.println("    " + v));
        if (solver instanceof DefaultSolver<Schedule> inner) {
            System.out.printf(Locale.ROOT, "  %d moves evaluated per second%n", inner.getMoveEvaluationSpeed());
        }
    }

    private static void logAtInfo() {
        QuietLogging.infoOnly();
        LogContext.getLogContext().getLogger("").addHandler(
                new ConsoleHandler(new PatternFormatter("%d{HH:mm:ss,SSS} %-5p [%c{1}] %s%e%n")));
    }

    static EventDocument document(String family, long seed) {
        return switch (family) {
            case "taipei" -> EventFixtures.taipeiLike(seed);
            case "small" -> EventFixtures.generate(EventFixtures.SMALL, seed);
            case "ample" -> EventFixtures.generate(EventFixtures.AMPLE, seed);
            case "packable" -> EventFixtures.packable(20, 6, seed);
            case "brokerage" -> EventFixtures.generate(EventFixtures.BROKERAGE, seed);
            case "congress" -> EventFixtures.generate(EventFixtures.CONGRESS, seed);
            default -> throw new IllegalArgumentException("Unknown family " + family);
        };
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
