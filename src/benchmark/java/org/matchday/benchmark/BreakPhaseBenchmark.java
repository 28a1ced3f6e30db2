package org.matchday.benchmark;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.jboss.logmanager.LogContext;
import org.matchday.mapping.DetachedEvents;
import org.matchday.mapping.ScheduleMapper;
import org.matchday.solver.Schedule;
import org.matchday.solver.exact.ExactSolver;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Level;

/**
 * The break phase alone, per CP-SAT worker count: on planted forums, Timefold for {@code start} moves, then the
 * exact break phase over the meeting set it leaves, with each worker count from the same start, for at most
 * {@code limit} seconds. Prints the breaks before and after, whether the phase proved its optimum for the set,
 * and when. Not a test. Arguments: {@code workers=1,2,4,8 seeds=1,2,3 start=40000 limit=20 extra=0}, and
 * {@code participants=32 meetings=60} for a smaller forum than the benchmark's. Run on the
 * class path the {@code benchmark-solver} profile compiles, as {@link SolverBenchmark}.
 */
public final class BreakPhaseBenchmark {

    private BreakPhaseBenchmark() {
    }

    public static void main(String[] args) {
        LogContext.getLogContext().getLogger("").setLevel(Level.INFO);
        int[] workers = {1, 2, 4, 8};
        long[] seeds = {1, 2, 3};
        long startMoves = 40_000;
        long limit = 20;
        int extra = 0;
        int participants = 0;
        int meetings = 0;
        boolean neighbourhoods = false;
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            switch (kv[0]) {
                case "workers" -> workers = Arrays.stream(kv[1].split(",")).mapToInt(Integer::parseInt).toArray();
                case "seeds" -> seeds = Arrays.stream(kv[1].split(",")).mapToLong(Long::parseLong).toArray();
                case "start" -> startMoves = Long.parseLong(kv[1]);
                case "limit" -> limit = Long.parseLong(kv[1]);
                case "extra" -> extra = Integer.parseInt(kv[1]);
                case "participants" -> participants = Integer.parseInt(kv[1]);
                case "meetings" -> meetings = Integer.parseInt(kv[1]);
                case "phase" -> neighbourhoods = "lns".equals(kv[1]);
                default -> throw new IllegalArgumentException(arg);
            }
        }
        for (long seed : seeds) {
            // A smaller forum (a morning of 7 slots and an afternoon of 6) when its size is given.
            EventGenerator.Planted planted = participants == 0 ? EventGenerator.plantedForum(seed, extra)
                    : EventGenerator.plantedForum(seed, extra, participants, meetings, 7, 6);
            // A number of moves, not seconds: the same start whatever the load of the machine.
            SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml")
                    .withTerminationConfig(new TerminationConfig().withMoveCountLimit(startMoves)
                            .withSpentLimit(Duration.ofMinutes(5)));
            Schedule start = SolverFactory.<Schedule>create(config).buildSolver()
                    .solve(ScheduleMapper.toProblem(DetachedEvents.of(planted.event())));
            ExactSolver.Figures before = ExactSolver.Figures.of(start);
            for (int w : workers) {
                double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                long began = System.nanoTime();
                StringBuilder trace = new StringBuilder();
                java.util.function.Consumer<Schedule> onImproved = s -> trace.append(String.format(Locale.ROOT,
                        " %d@%.1fs", ExactSolver.Figures.of(s).breaks(), (System.nanoTime() - began) / 1e9));
                ExactSolver.BreakPhase phase = neighbourhoods
                        ? ExactSolver.configured(w, true).fewerBreaks(start, Duration.ofSeconds(limit), onImproved)
                        : ExactSolver.configured(w, true).fewestBreaks(start, Duration.ofSeconds(limit), onImproved);
                System.out.println("  improvements:" + trace);
                ExactSolver.Figures after = ExactSolver.Figures.of(phase.best());
                System.out.printf(Locale.ROOT, "planted forum seed %d (extra %d, planted %d breaks): start priority"
                                + " %d of %d, %d breaks; workers %d: %d breaks, fewest proven after %s ms, whole soft level %s in"
                                + " %d ms, load %.1f%n", seed, extra, planted.breaks(), before.priority(),
                        planted.priority(), before.breaks(), w, after.breaks(), phase.breaksProvenAfter() == null
                                ? "-" : phase.breaksProvenAfter().toMillis(),
                        phase.proven() ? "proven" : "not proven", phase.took().toMillis(), load);
            }
        }
    }
}
