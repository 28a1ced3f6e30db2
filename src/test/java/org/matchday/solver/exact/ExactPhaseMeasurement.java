package org.matchday.solver.exact;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.matchday.benchmark.EventGenerator;
import org.matchday.benchmark.EventGenerator.Crowd;
import org.matchday.benchmark.EventGenerator.Spec;
import org.matchday.benchmark.EventGenerator.Wishes;
import org.matchday.format.EventDocument;
import org.matchday.mapping.ScheduleMapper;
import org.matchday.mapping.DetachedEvents;
import org.matchday.solver.Schedule;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Not a test: how long the exact phase takes to prove optimality after the application's local search, on the
 * small test fixture, the 2018 sample and on generated one-day events of 40, 60 and 80 participants (docs/solver.md, "Proven optimum").
 * Timefold runs as the application runs it before an exact phase (10 s at most, 3 s without improvement), then
 * the exact phase gets {@code exactSeconds}.
 *
 * <pre>./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.matchday.solver.exact.ExactPhaseMeasurement -Dexec.args="60 2"</pre>
 * arguments: seconds for the exact phase (60), seeds per generated size (2).
 */
public final class ExactPhaseMeasurement {

    public static void main(String[] args) throws Exception {
        int exactSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Map<String, EventDocument> events = new LinkedHashMap<>();
        for (String[] fixture : new String[][] {{"small-event (test fixture)", "events/small-event.json"},
                {"taipei-2018", "sample-events/taipei-2018-cluster-matchmaking.json"}}) {
            try (InputStream in = ExactPhaseMeasurement.class.getClassLoader().getResourceAsStream(fixture[1])) {
                events.put(fixture[0], new ObjectMapper().readValue(in, EventDocument.class));
            }
        }
        Spec small = EventGenerator.Preset.SMALL.spec();
        for (int participants : List.of(40, 60, 80)) {
            for (int seed = 1; seed <= seeds; seed++) {
                Crowd c = small.crowd();
                Wishes w = small.wishes();
                Spec spec = new Spec(small.name(), small.timezone(), small.venue(),
                        new EventGenerator.Calendar(small.calendar().firstDay(), 1, small.calendar().sessionsPerDay(),
                                small.calendar().meetingMinutes(), small.calendar().gapMinutes(), participants * 3 / 10),
                        new Crowd(participants, c.groups(), c.partialShare(), c.oneDayShare(), c.boothShare(),
                                c.maxMeetingsShare(), c.taiwanShare()),
                        new Wishes(participants * 3, w.popularitySkew(), w.partnerCapFactor(), w.mutualShare(),
                                w.restrictedShare(), w.declinedShare(), w.pendingShare()), false, seed);
                events.put("generated-" + participants + "p-seed" + seed, EventGenerator.generate(spec));
            }
        }
        System.out.println("| Event | Meetings | Variables | Timefold | Exact | Medium proven after | Proof after"
                + " | Status | Bounds (shortfall / priority / breaks) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Map.Entry<String, EventDocument> event : events.entrySet()) {
            Schedule problem = ScheduleMapper.toProblem(DetachedEvents.of(event.getValue()));
            SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml")
                    .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(10))
                            .withUnimprovedSpentLimit(Duration.ofSeconds(3)).withBestScoreLimit("0hard/0medium/0soft"));
            Schedule timefold = SolverFactory.<Schedule>create(config).buildSolver().solve(problem);
            List<Long> offers = new ArrayList<>();
            ExactResult result = ExactSolver.solve(timefold, Duration.ofSeconds(exactSeconds), s -> offers.add(0L));
            ExactSolver.Figures before = ExactSolver.Figures.of(timefold);
            ExactSolver.Figures after = ExactSolver.Figures.of(result.best());
            System.out.printf("| %s | %d | %d | %s | %s | %s | %s | %s | %s / %s / %s |%n", event.getKey(),
                    problem.getMeetings().size(), result.variables(), describe(before), describe(after),
                    seconds(result.mediumProvenAfter()), result.proven() ? seconds(result.took()) : "-",
                    result.status(), result.shortfallAtLeast(), result.priorityAtMost(), result.breaksAtLeast());
        }
    }

    private static String describe(ExactSolver.Figures f) {
        return "short " + f.shortfall() + ", priority " + f.priority() + ", breaks " + f.breaks();
    }

    private static String seconds(Duration d) {
        return d == null ? "-" : String.format("%.1f s", d.toMillis() / 1000.0);
    }
}
