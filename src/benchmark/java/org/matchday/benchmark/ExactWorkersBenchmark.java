package org.matchday.benchmark;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.jboss.logmanager.LogContext;
import org.matchday.format.EventDocument;
import org.matchday.mapping.DetachedEvents;
import org.matchday.mapping.ScheduleMapper;
import org.matchday.solver.Schedule;
import org.matchday.solver.SolutionFigures;
import org.matchday.solver.exact.ExactResult;
import org.matchday.solver.exact.ExactSolver;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.logging.Level;

/**
 * How many CP-SAT workers pay on this machine: the exact phase proves the priority of the dense day and of the
 * two-day brokerage from the same Timefold start (a short run) with each worker count, and prints when the medium
 * level was proven. Not a test. Arguments: {@code workers=1,2,4,8 seeds=1,2,3 start=3 limit=60}. The exact phase
 * tries the MIP first; {@code -Dmatchday.exact.mip=NONE} (no such backend) leaves the medium level to CP-SAT, which
 * is what the worker count is about. Run on the class path the {@code benchmark-solver} profile compiles:
 * {@code java -Dmatchday.exact.mip=NONE -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.matchday.benchmark.ExactWorkersBenchmark workers=2,8 seeds=1}, after
 * {@code ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class ExactWorkersBenchmark {

    private ExactWorkersBenchmark() {
    }

    public static void main(String[] args) {
        LogContext.getLogContext().getLogger("").setLevel(Level.INFO);
        int[] workers = {1, 2, 4, 8};
        long[] seeds = {1, 2, 3};
        long startSeconds = 3;
        long limit = 60;
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            if (kv.length < 2 || kv[1].isBlank()) {
                continue;
            }
            switch (kv[0]) {
                case "workers" -> workers = Arrays.stream(kv[1].split(",")).mapToInt(Integer::parseInt).toArray();
                case "seeds" -> seeds = Arrays.stream(kv[1].split(",")).mapToLong(Long::parseLong).toArray();
                case "start" -> startSeconds = Long.parseLong(kv[1]);
                case "limit" -> limit = Long.parseLong(kv[1]);
                default -> throw new IllegalArgumentException(arg);
            }
        }
        measure("Dense day", EventGenerator::denseDay, seeds, workers, startSeconds, limit);
        measure("Brokerage, 2 days (issue 24)", EventGenerator::brokerage, seeds, workers, startSeconds, limit);
    }

    private static void measure(String family, LongFunction<EventDocument> events, long[] seeds, int[] workers,
            long startSeconds, long limit) {
        for (long seed : seeds) {
            EventDocument doc = events.apply(seed);
            SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml")
                    .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(startSeconds)));
            Schedule start = SolverFactory.<Schedule>create(config).buildSolver()
                    .solve(ScheduleMapper.toProblem(DetachedEvents.of(doc)));
            long startPriority = SolutionFigures.of(start).scheduledPriority();
            for (int w : workers) {
                double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                ExactResult result = ExactSolver.withWorkers(w).solve(start, Duration.ofSeconds(limit), s -> { },
                        new ExactSolver.Stop());
                SolutionFigures best = SolutionFigures.of(result.best());
                System.out.printf(Locale.ROOT, "%s seed %d, %d variables, workers %d: start %d, best %d, bound %s,"
                                + " medium proven after %s ms, %s in %d ms, breaks %d, load %.1f%n", family, seed,
                        result.variables(), w, startPriority, best.scheduledPriority(), result.priorityAtMost(),
                        result.mediumProvenAfter() == null ? "-" : result.mediumProvenAfter().toMillis(),
                        result.status(), result.took().toMillis(), best.breaks(), load);
            }
        }
    }
}
