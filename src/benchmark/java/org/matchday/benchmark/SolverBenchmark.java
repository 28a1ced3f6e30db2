package org.matchday.benchmark;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logmanager.LogContext;
import org.matchday.format.EventDocument;
import org.matchday.mapping.ScheduleMapper;
import org.matchday.persistence.EventData;
import org.matchday.solve.CapacityService;
import org.matchday.mapping.DetachedEvents;
import org.matchday.solver.Schedule;
import org.matchday.solver.ScheduleFeasibilityChecker;
import org.matchday.solver.SolutionFigures;
import org.matchday.solver.exact.ExactSolver;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

/**
 * Measures the solver against the first-come-first-served baseline and the {@link Referee} (the exact model's
 * optimum, or the best bound known) on each family of generated events, and writes the medians to the "## Solver"
 * section of docs/benchmarks.md. Not a test: run it on purpose, see
 * docs/benchmarks.md for the command.
 *
 * <p>Arguments, each optional: {@code seeds=1,2,3} (the same seeds for every family; by default each family has
 * its own count), {@code families=Forum,Dense} (beginnings of family names, to run only some; a name ending in {@code !} is that family alone), {@code
 * configs=solverConfig.xml,benchmark/solverConfig-before.xml} (solver configurations on the class path: the first is
 * the one reported, the others are measured on the same events in the same run for the tuning record), {@code
 * markdown=docs/benchmarks.md} (where the section goes; {@code -} for nowhere), {@code referee=45} (the exact
 * model's time limit per event, in seconds). A bare first argument is the seeds.
 */
public final class SolverBenchmark {

    private static final String COMMAND = "./mvnw -B -Pbenchmark-solver test-compile exec:exec";
    private static final String PRODUCTION = "solverConfig.xml";
    /**
     * The application's road (SolveService): Timefold for a third of the budget (or until 3 s without
     * improvement), then the exact phase for the rest, where it applies. Variants for comparison:
     * {@code pipeline-no-break-phase} leaves out the break phase, {@code pipeline-w2} runs CP-SAT with 2 workers
     * (any count; both may be combined, {@code pipeline-no-break-phase-w2}).
     */
    private static final String PIPELINE = "pipeline";

    /**
     * One family of events solved with one time budget.
     *
     * @param checkpointSeconds when the priority is also read (the "optimal priority within 5 s"), or 0
     * @param seeds the family's own seeds, used unless the run names its own
     */
    private record Case(String family, long seconds, long checkpointSeconds, long[] seeds,
            LongFunction<EventGenerator.Planted> planted) {

        /** A family without a planted timetable: no break count is known in advance. */
        static Case of(String family, long seconds, long checkpointSeconds, long[] seeds,
                LongFunction<EventDocument> document) {
            return new Case(family, seconds, checkpointSeconds, seeds,
                    seed -> new EventGenerator.Planted(document.apply(seed), -1, -1));
        }

        boolean isPlanted() {
            return family.startsWith("Planted");
        }
    }

    /**
     * One solve: the best schedule, the best one at the checkpoint, when and with how much memory, and the scheduled
     * priority of the best schedule about once a second ({@code {millis, priority}}, the last one at the end).
     */
    record Solve(Schedule best, Schedule atCheckpoint, long timeToPriorityMillis, long timeToBestMillis,
            long totalMillis, long peakHeapMiB, List<long[]> prioritySamples) {

        /** When the best schedule first held at least {@code priority}, to the sample, or -1 if it never did. */
        long millisTo(double priority) {
            return prioritySamples.stream().filter(s -> s[1] >= priority).mapToLong(s -> s[0]).findFirst()
                    .orElse(-1);
        }

        /** The best schedule's priority at {@code millis}, to the sample. */
        long priorityAt(long millis) {
            return prioritySamples.stream().filter(s -> s[0] <= millis).mapToLong(s -> s[1]).reduce((a, b) -> b)
                    .orElse(0);
        }
    }

    /**
     * What the referee knows about the best timetable of an event: its priority sum and breaks, each either proven
     * (an optimum) or a bound that no timetable can beat.
     */
    record Verdict(long priority, boolean priorityProven, long breaks, boolean breaksProven, Long bestBreaks,
            String referee) {
    }

    /** One configuration's result on one event. */
    private record Outcome(String config, ScheduleMetrics metrics, Solve solve, int violations) {

        long checkpointPriority() {
            return solve.atCheckpoint() == null ? 0 : SolutionFigures.of(solve.atCheckpoint()).scheduledPriority();
        }
    }

    /** One run of one case with one seed: the greedy baseline, the solver (each configuration) and the referee. */
    private record Run(long seed, int participants, int pairs, ScheduleMetrics greedy, long greedyMillis,
            int greedyViolations, List<Outcome> outcomes, Verdict verdict, int plantedBreaks) {

        /** On a planted forum: at most the planted timetable's breaks (and every meeting, which it holds). */
        boolean reachesPlanted(Outcome outcome) {
            return priorityOptimal(outcome) && outcome.metrics().breaks() <= plantedBreaks;
        }

        Outcome solver() {
            return outcomes.get(0);
        }

        double solverPercent() {
            return percent(solver().metrics().scheduledPriority(), verdict.priority());
        }

        double checkpointPercent() {
            return percent(solver().checkpointPriority(), verdict.priority());
        }

        double greedyPercent() {
            return percent(greedy.scheduledPriority(), verdict.priority());
        }

        /** Reaching the referee's optimum or bound proves the priority optimal. */
        boolean priorityOptimal(Outcome outcome) {
            return outcome.metrics().scheduledPriority() >= verdict.priority();
        }

        /** With optimal priority, reaching the referee's breaks (an optimum or a lower bound) proves them optimal. */
        boolean breaksOptimal(Outcome outcome) {
            return priorityOptimal(outcome) && outcome.metrics().breaks() <= verdict.breaks();
        }
    }

    private SolverBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        // Outside Quarkus JBoss LogManager defaults to TRACE, and Timefold then formats a message for every move.
        LogContext.getLogContext().getLogger("").setLevel(Level.INFO);
        Map<String, String> options = options(args);
        long[] seeds = options.containsKey("seeds") ? Arrays.stream(options.get("seeds").split(","))
                .mapToLong(s -> Long.parseLong(s.trim())).toArray() : null;
        List<String> configs = List.of(options.getOrDefault("configs", PRODUCTION).split(","));
        String markdown = options.getOrDefault("markdown", "docs/benchmarks.md");
        Duration refereeLimit = Duration.ofSeconds(Long.parseLong(options.getOrDefault("referee", "45")));
        EventDocument taipei = new ObjectMapper().readValue(
                Path.of("sample-events/taipei-2018-cluster-matchmaking.json").toFile(), EventDocument.class);
        List<Case> all = List.of(
                Case.of("Taipei 2018 sample", 30, 5, new long[] {1}, seed -> taipei),
                new Case("Planted forum", 30, 5, range(6), seed -> EventGenerator.plantedForum(seed, 0)),
                new Case("Planted forum, 3 extra", 30, 5, range(4), seed -> EventGenerator.plantedForum(seed, 3)),
                Case.of("Dense day", 15, 0, range(3), EventGenerator::denseDay),
                Case.of("Two-day brokerage", 30, 0, range(3), EventGenerator::brokerage),
                // The same events without the fairness minimum: the referees' optima side by side are its true price.
                Case.of("Dense day, no minimum", 15, 0, range(3), seed -> withoutMinimum(EventGenerator.denseDay(seed))),
                Case.of("Two-day brokerage, no minimum", 30, 0, range(3),
                        seed -> withoutMinimum(EventGenerator.brokerage(seed))),
                Case.of("Forum", 30, 5, range(6), EventGenerator::forum),
                Case.of("Packable", 30, 5, range(2), seed -> EventGenerator.packable(40, 8, seed)),
                Case.of("Dense afternoon", 15, 0, range(4), EventGenerator::dense),
                Case.of("Ample", 10, 0, range(1), seed -> generate(EventGenerator.Preset.AMPLE, seed)),
                Case.of("Brokerage, 2 days", 30, 0, range(2),
                        seed -> generate(EventGenerator.Preset.BROKERAGE_TWO_DAYS, seed)),
                Case.of("Large, 3 days", 60, 0, range(1),
                        seed -> generate(EventGenerator.Preset.LARGE_THREE_DAYS, seed)));
        // A comma followed by a space belongs to a name ("Planted forum, 3 extra"); a bare comma separates names.
        List<String> families = options.containsKey("families")
                ? List.of(options.get("families").split(",(?! )")) : List.of("");
        List<Case> cases = all.stream().filter(c -> families.stream().anyMatch(f -> f.endsWith("!")
                ? c.family().equals(f.substring(0, f.length() - 1)) : c.family().startsWith(f))).toList();

        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long started = System.nanoTime();
        List<List<Run>> results = new ArrayList<>();
        for (Case c : cases) {
            List<Run> runs = new ArrayList<>();
            // The sample is one fixed event and the solver's own seed is fixed, so another seed would repeat it.
            long[] caseSeeds = c.family().startsWith("Taipei") ? new long[] {1} : seeds != null ? seeds : c.seeds();
            for (long seed : caseSeeds) {
                Run run = run(c, seed, configs, refereeLimit);
                System.out.println(line(c, run));
                runs.add(run);
            }
            results.add(runs);
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long minutes = (System.nanoTime() - started) / 60_000_000_000L;

        String section = section(cases, results, configs, options, refereeLimit, loadBefore, loadAfter, minutes);
        System.out.println(section);
        if (!markdown.equals("-")) {
            writeSection(Path.of(markdown), section);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i].trim();
            int equals = arg.indexOf('=');
            if (equals > 0 && equals < arg.length() - 1) {
                options.put(arg.substring(0, equals), arg.substring(equals + 1));
            } else if (i == 0 && !arg.isEmpty() && equals < 0) {
                options.put("seeds", arg);
            }
        }
        return options;
    }

    private static long[] range(int count) {
        return LongStream.rangeClosed(1, count).toArray();
    }

    private static EventDocument withoutMinimum(EventDocument doc) {
        return new EventDocument(doc.format(), doc.name(), doc.timezone(), doc.venue(), doc.phase(), doc.rules(), 0,
                doc.sessions(), doc.tables(), doc.participants(), doc.requests(), doc.meetings(), doc.unscheduled());
    }

    private static EventDocument generate(EventGenerator.Preset preset, long seed) {
        return EventGenerator.generate(preset.spec().withSeed(seed));
    }

    private static Run run(Case c, long seed, List<String> configs, Duration refereeLimit) {
        EventGenerator.Planted planted = c.planted().apply(seed);
        EventDocument doc = planted.event();
        // Without a minimum of its own an event is still measured for who is left without any meeting.
        int minimum = Math.max(1, doc.minimumMeetingsOrDefault());

        EventData greedyData = DetachedEvents.of(doc);
        long greedyStart = System.nanoTime();
        GreedyScheduler.schedule(greedyData);
        long greedyMillis = (System.nanoTime() - greedyStart) / 1_000_000;
        ScheduleMetrics greedy = ScheduleMetrics.of(greedyData, minimum);
        int greedyViolations = ScheduleFeasibilityChecker.violations(doc, DetachedEvents.export(greedyData)).size();

        List<Outcome> outcomes = new ArrayList<>();
        for (String config : configs) {
            EventData data = DetachedEvents.of(doc);
            Solve solve = solve(data, config, c.seconds(), c.checkpointSeconds());
            outcomes.add(new Outcome(config, ScheduleMetrics.of(data, minimum), solve, violations(doc, data)));
        }
        EventData data = DetachedEvents.of(doc);
        Verdict verdict = Referee.judge(data, outcomes.get(0).solve().best(), refereeLimit);
        return new Run(seed, data.participants().size(), data.meetings().size(), greedy, greedyMillis,
                greedyViolations, outcomes, verdict, planted.breaks());
    }

    /** Solves the event with one configuration and writes the best schedule onto its meeting rows. */
    static Solve solve(EventData data, String configResource, long seconds, long checkpointSeconds) {
        if (configResource.startsWith(PIPELINE)) {
            Matcher w = Pattern.compile("-w(\\d+)$").matcher(configResource);
            ExactSolver exact = ExactSolver.configured(w.find() ? Integer.parseInt(w.group(1))
                    : ExactSolver.DEFAULT_WORKERS, !configResource.contains("-no-break-phase"));
            return pipeline(data, seconds, checkpointSeconds, exact);
        }
        // A configuration under tuning may be a file of src/benchmark; the production one is on the class path.
        SolverConfig config = (Files.isRegularFile(Path.of(configResource))
                ? SolverConfig.createFromXmlFile(Path.of(configResource).toFile())
                : SolverConfig.createFromXmlResource(configResource))
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds)));
        Solver<Schedule> solver = SolverFactory.<Schedule>create(config).buildSolver();
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        Progress progress = new Progress(start, checkpointSeconds);
        // Each new best is a fresh clone, so keeping it costs nothing while the search goes on.
        solver.addEventListener(event -> progress.improved(event.getNewBestSolution()));
        Schedule best = solver.solve(ScheduleMapper.toProblem(data));
        return finish(data, best, start, checkpointSeconds, progress);
    }

    private static Solve pipeline(EventData data, long seconds, long checkpointSeconds, ExactSolver exactSolver) {
        Schedule problem = ScheduleMapper.toProblem(data);
        boolean exact = ExactSolver.applies(problem);
        TerminationConfig termination = new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds));
        if (exact) {
            termination.withSpentLimit(Duration.ofMillis(Math.max(1000, seconds * 1000 / 3)))
                    .withUnimprovedSpentLimit(Duration.ofSeconds(3));
        }
        Solver<Schedule> solver = SolverFactory.<Schedule>create(SolverConfig.createFromXmlResource(PRODUCTION)
                .withTerminationConfig(termination)).buildSolver();
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        Progress progress = new Progress(start, checkpointSeconds);
        solver.addEventListener(event -> progress.improved(event.getNewBestSolution()));
        Schedule best = solver.solve(problem);
        long left = seconds * 1000 - (System.nanoTime() - start) / 1_000_000;
        if (exact && left > 100) {
            best = exactSolver.solve(best, Duration.ofMillis(left), progress::improved, new ExactSolver.Stop()).best();
        }
        return finish(data, best, start, checkpointSeconds, progress);
    }

    /** Writes the best schedule onto the meeting rows and tells when it was found, at what memory cost. */
    private static Solve finish(EventData data, Schedule best, long start, long checkpointSeconds,
            Progress progress) {
        long totalMillis = (System.nanoTime() - start) / 1_000_000;
        long peak = peakHeapMiB();
        progress.samples.add(new long[] {progress.lastImprovement, SolutionFigures.of(best).scheduledPriority()});
        ScheduleMapper.writeBack(best, data.meetings(), data.sessions(), data.tables(), Map.of());
        return new Solve(best, checkpointSeconds == 0 ? null : progress.atCheckpoint == null ? best
                : progress.atCheckpoint, progress.lastPriorityGain, progress.lastImprovement, totalMillis, peak,
                progress.samples);
    }

    /** When the best schedule last improved, in priority and at all, and the best at the checkpoint. */
    private static final class Progress {
        private final long start;
        private final long checkpointSeconds;
        private long lastImprovement;
        private long lastPriorityGain;
        private HardMediumSoftLongScore previous;
        private Schedule atCheckpoint;
        private final List<long[]> samples = new ArrayList<>();
        private long nextSample;

        Progress(long start, long checkpointSeconds) {
            this.start = start;
            this.checkpointSeconds = checkpointSeconds;
        }

        synchronized void improved(Schedule best) {
            long now = (System.nanoTime() - start) / 1_000_000;
            HardMediumSoftLongScore score = best.getScore();
            if (previous == null || score.hardScore() != previous.hardScore()
                    || score.mediumScore() != previous.mediumScore()) {
                lastPriorityGain = now;
            }
            previous = score;
            lastImprovement = now;
            if (now <= checkpointSeconds * 1000) {
                atCheckpoint = best;
            }
            // Reading the priority walks every meeting: once a second is enough and keeps the search undisturbed.
            if (now >= nextSample) {
                samples.add(new long[] {now, SolutionFigures.of(best).scheduledPriority()});
                nextSample = now + 1000;
            }
        }
    }

    /** Hard rules the solved rows break, judged by the referee against the generated document's rules. */
    private static int violations(EventDocument doc, EventData data) {
        List<ScheduleFeasibilityChecker.Violation> violations = ScheduleFeasibilityChecker.violations(doc,
                DetachedEvents.export(data));
        violations.stream().limit(5).forEach(v -> System.out.println("  hard violation: " + v));
        return violations.size();
    }

    private static String line(Case c, Run run) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%s, %d s, seed %d: %d participants, %d pairs; referee %s priority %d%s, breaks %d%s, its best %s;"
                        + " greedy %d / %d breaks",
                c.family(), c.seconds(), run.seed(), run.participants(), run.pairs(), run.verdict().referee(),
                run.verdict().priority(), run.verdict().priorityProven() ? " (optimum)" : " (bound)",
                run.verdict().breaks(), run.verdict().breaksProven() ? " (optimum)" : " (bound)",
                run.verdict().bestBreaks(), run.greedy().scheduledPriority(), run.greedy().breaks()));
        for (Outcome o : run.outcomes()) {
            text.append(String.format(Locale.ROOT, "; %s: %d / %d breaks (at %d s: %d), priority at %d ms,"
                            + " best at %d ms, %d owed a meeting of whom %d without one, %d violations", o.config(),
                    o.metrics().scheduledPriority(), o.metrics().breaks(), c.checkpointSeconds(),
                    o.checkpointPriority(), o.solve().timeToPriorityMillis(), o.solve().timeToBestMillis(),
                    o.metrics().owed(), o.metrics().withoutMeetings(), o.violations()));
        }
        return text.toString();
    }

    private static String section(List<Case> cases, List<List<Run>> results, List<String> configs,
            Map<String, String> options, Duration refereeLimit, double loadBefore, double loadAfter, long minutes) {
        StringBuilder out = new StringBuilder();
        out.append("## Solver\n\n");
        out.append("**What is measured.** The production solver configuration (`solverConfig.xml`: Timefold alone"
                + " for the whole budget, without the application's exact phase; the same model and rules) against the first-come-first-served baseline"
                + " (`GreedyScheduler`: each meeting in the order of its first request, at its earliest free slot and"
                + " table; the solver tests measure against the same one) and against the referee, on the same event"
                + " in the same run. The referee says how good the best timetable can be: "
                + String.format(Locale.ROOT, Referee.DESCRIPTION, refereeLimit.toSeconds())
                + " Priority is the scheduled priority sum; \"% of optimum\" divides it by the referee's priority"
                + " (the optimum when proven, else its bound, so 100% may be out of reach). Breaks are a"
                + " participant's runs of idle slots between two of its meetings on one day, counted from the meeting"
                + " rows (`ScheduleMetrics`, with the application's own `IdleBreaks`), not from a score. Every result,"
                + " the greedy one included, is checked by the independent `ScheduleFeasibilityChecker`. \"At 5 s\" is"
                + " the best schedule the solver had after 5 s of the same run; time to priority is when the last gain"
                + " in scheduled priority (or in hard rules) was found, time to best when the last improvement of any"
                + " kind was.\n\n");
        out.append("Families (each seed a different generated event): the 2018 Taipei sample"
                + " (`sample-events/taipei-2018-cluster-matchmaking.json`); `EventGenerator.forum` (one day, a"
                + " morning and an afternoon of 15-minute slots, 40-80 participants, 120-300 meetings, some restricted"
                + " to one session, some participants with forbidden slots or only one session, 2-5 pinned meetings,"
                + " a table for every two participants, and every meeting fits, like the forums of Bofill et al., JAIR"
                + " 2022); `EventGenerator.packable(40, 8, seed)` (every meeting fits with no break at all);"
                + " `EventGenerator.dense` (one afternoon of six slots, 100-150 participants wishing for about 12"
                + " partners each); `AMPLE` (every wish fits); `BROKERAGE_TWO_DAYS` (about 300 participants,"
                + " 1,500 wishes); `LARGE_THREE_DAYS` (about 2,000 participants, 11,000 wishes, 300 tables);"
                + " issue 24's `EventGenerator.plantedForum` (a forum whose timetable is planted first, each"
                + " participant's meetings one unbroken run, or with 3 meetings placed anywhere for the \"3 extra\""
                + " family, then the requests, one-session participants, forbidden slots, session restrictions and"
                + " pins derived from it, so every meeting fits and the fewest breaks is at most the planted count),"
                + " `EventGenerator.denseDay` (one day, a morning and an afternoon of eight 25-minute slots, 120"
                + " participants, 30 tables, about 16 wishes each) and `EventGenerator.brokerage` (300 participants,"
                + " four sessions over two days, 80 tables, about 8 wishes each). The configuration `pipeline` is the"
                + " application's own road: Timefold for a third of the budget (or until 3 s without improvement),"
                + " then the exact phase (`ExactSolver`) for the rest where it applies.\n\n");
        out.append("```shell\n").append(COMMAND).append("                  # every family, its own seeds\n")
                .append(COMMAND).append(" -Dbenchmark.families=Forum,Dense -Dbenchmark.seeds=1,2,3\n```\n\n");
        out.append("Source: `src/benchmark/java/org/matchday/benchmark/SolverBenchmark.java` and `Referee.java`,"
                + " compiled only by the `benchmark-solver` profile; the event generator, the greedy baseline and the"
                + " feasibility checker are in `src/test/java`, shared with the tests. The whole run is one JVM with"
                + " `-Xmx1g`, which is the heap target of the large family.\n\n");
        out.append(String.format(Locale.ROOT, "**Run of %s**, Java %s, %d cores, `-Xmx1g`, %s, %d minutes, on a machine"
                        + " shared with other builds (load average %.1f at the start, %.1f at the end), so absolute"
                        + " times are inflated: compare the ratios within this run. Each figure is the median over"
                        + " the family's seeds.\n\n",
                LocalDate.now(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                options.containsKey("seeds") ? "seeds " + options.get("seeds") : "each family's own seeds", minutes,
                loadBefore, loadAfter));
        out.append("| Family | Seeds | Participants / pairs | Budget | Referee priority (proven) | Solver % of"
                + " optimum at 5 s | Solver % of optimum | Greedy % of optimum | Seeds at optimal priority at 5 s |"
                + " Referee breaks bound (proven) | Fewest breaks found, referee | Solver breaks | Greedy breaks |"
                + " Seeds at optimal breaks | Time to"
                + " priority | Time to best | Hard violations solver / greedy |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
                + " ---: | ---: | ---: |\n");
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            List<Run> runs = results.get(i);
            boolean checkpoint = c.checkpointSeconds() > 0;
            out.append(String.format(Locale.ROOT,
                    "| %s | %d | %s / %s | %d s | %s (%d of %d) | %s | %.2f%% | %.2f%% | %s | %s (%d of %d) | %s | %s |"
                            + " %s | %s | %s ms | %s ms | %s / %s |\n",
                    c.family(), runs.size(), number(median(runs, Run::participants)), number(median(runs, Run::pairs)),
                    c.seconds(), number(median(runs, r -> r.verdict().priority())),
                    count(runs, r -> r.verdict().priorityProven()), runs.size(),
                    checkpoint ? String.format(Locale.ROOT, "%.2f%%", median(runs, Run::checkpointPercent)) : "",
                    median(runs, Run::solverPercent), median(runs, Run::greedyPercent),
                    checkpoint ? count(runs, SolverBenchmark::checkpointOptimal) + " of " + runs.size() : "",
                    number(median(runs, r -> r.verdict().breaks())), count(runs, r -> r.verdict().breaksProven()),
                    runs.size(), runs.stream().allMatch(r -> r.verdict().bestBreaks() != null)
                            ? number(median(runs, r -> r.verdict().bestBreaks())) : "",
                    number(median(runs, r -> r.solver().metrics().breaks())),
                    number(median(runs, r -> r.greedy().breaks())),
                    count(runs, r -> r.breaksOptimal(r.solver())) + " of " + runs.size(),
                    number(median(runs, r -> r.solver().solve().timeToPriorityMillis())),
                    number(median(runs, r -> r.solver().solve().timeToBestMillis())),
                    number(max(runs, r -> r.solver().violations())), number(max(runs, Run::greedyViolations))));
        }
        out.append("\nThe referee's fewest breaks are those of the best schedule it found, which has the optimal"
                + " priority: where the solver's priority is optimal too, the referee started from the solver's schedule,"
                + " so it has at most the solver's breaks and fewer show what the solver missed; where the solver's"
                + " priority is lower (dense afternoons), more meetings usually cost more breaks."
                + " Hard violations are the most found in any seed, not the median. A seed is at the optimum when it"
                + " reaches the referee's optimum or bound (reaching a bound proves optimality).\n\n");
        out.append("**Targets** (issue 12), as measured by this run:\n\n");
        for (int i = 0; i < cases.size(); i++) {
            String verdict = target(cases.get(i), results.get(i));
            if (verdict != null) {
                out.append("- ").append(verdict).append('\n');
            }
        }
        if (configs.size() > 1) {
            tuning(out, cases, results, configs);
        }
        return out.toString();
    }

    private static boolean checkpointOptimal(Run run) {
        return run.solver().checkpointPriority() >= run.verdict().priority();
    }

    private static String target(Case c, List<Run> runs) {
        double percent = median(runs, Run::solverPercent);
        int n = runs.size();
        if (c.checkpointSeconds() > 0 && !c.isPlanted()) {
            long atPriority = count(runs, SolverBenchmark::checkpointOptimal);
            long atBreaks = count(runs, r -> r.breaksOptimal(r.solver()));
            // Beaten: the referee found a schedule with the optimal priority and fewer breaks than the solver's.
            long beaten = count(runs, r -> r.priorityOptimal(r.solver()) && r.verdict().bestBreaks() != null
                    && r.verdict().bestBreaks() < r.solver().metrics().breaks());
            String breaks = atBreaks * 10 >= 9L * n ? "**met**" : beaten == 0
                    ? "**not shown**: the referee neither found fewer breaks nor proved a bound on the other seeds"
                    : "**missed**: the referee found fewer breaks on " + beaten + " seeds";
            return String.format(Locale.ROOT, "%s (up to 80 participants): proven optimal priority within 5 s on"
                            + " at least 90%% of the seeds: %s (%d of %d); proven minimum breaks within %d s on at"
                            + " least 90%%: %s (%d of %d proven).", c.family(), atPriority * 10 >= 9L * n ? "**met**"
                            : "**missed**", atPriority, n, c.seconds(), breaks, atBreaks, n);
        }
        if (c.isPlanted()) {
            long reached = count(runs, r -> r.reachesPlanted(r.solver()));
            return String.format(Locale.ROOT, "%s (up to 80 participants): every meeting and at most the planted"
                            + " breaks (median planted %s, solver %s) within %d s on at least 90%% of the seeds: %s"
                            + " (%d of %d).", c.family(), number(median(runs, Run::plantedBreaks)),
                    number(median(runs, r -> r.solver().metrics().breaks())), c.seconds(),
                    reached * 10 >= 9L * n ? "**met**" : "**missed**", reached, n);
        }
        if (c.family().equals("Dense day")) {
            return String.format(Locale.ROOT, "Dense day (issue 24), at least 99.5%% of the proven optimum in 15 s: %s"
                    + " (%.2f%%, optimum proven on %d of %d).", percent >= 99.5 ? "**met**" : "**missed**", percent,
                    count(runs, r -> r.verdict().priorityProven()), n);
        }
        if (c.family().equals("Two-day brokerage")) {
            return String.format(Locale.ROOT, "Two-day brokerage (issue 24), at least 99.7%% of the proven optimum in"
                    + " 30 s: %s (%.2f%%, optimum proven on %d of %d).", percent >= 99.7 ? "**met**" : "**missed**",
                    percent, count(runs, r -> r.verdict().priorityProven()), n);
        }
        if (c.family().startsWith("Dense")) {
            return String.format(Locale.ROOT, "Dense afternoon, at least 99.5%% of the optimum or bound in 15 s: %s"
                    + " (%.2f%%).", percent >= 99.5 ? "**met**" : "**missed**", percent);
        }
        if (c.family().startsWith("Brokerage")) {
            return String.format(Locale.ROOT, "Brokerage, at least 99.7%% in 30 s: %s (%.2f%%).",
                    percent >= 99.7 ? "**met**" : "**missed**", percent);
        }
        if (c.family().startsWith("Large")) {
            double heap = median(runs, r -> r.solver().solve().peakHeapMiB());
            return String.format(Locale.ROOT, "Large, no worse than 99.5%% of the bound in 60 s: %s (%.2f%%); peak"
                    + " heap %s MiB under `-Xmx1g`.", percent >= 99.5 ? "**met**" : "**missed**", percent,
                    number(heap));
        }
        return null;
    }

    /** The other configurations against the first, on the same events in the same run. */
    private static void tuning(StringBuilder out, List<Case> cases, List<List<Run>> results, List<String> configs) {
        out.append("\n### Configurations compared in this run\n\n");
        out.append("| Family | Configuration | % of optimum at 5 s | % of optimum | Breaks | Seeds at optimal priority"
                + " at 5 s | Seeds at optimal breaks |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            List<Run> runs = results.get(i);
            for (int k = 0; k < configs.size(); k++) {
                int index = k;
                out.append(String.format(Locale.ROOT, "| %s | `%s` | %s | %.2f%% | %s | %d | %d |\n", c.family(),
                        configs.get(k), c.checkpointSeconds() > 0 ? String.format(Locale.ROOT, "%.2f%%",
                                median(runs, r -> percent(r.outcomes().get(index).checkpointPriority(),
                                        r.verdict().priority()))) : "",
                        median(runs, r -> percent(r.outcomes().get(index).metrics().scheduledPriority(),
                                r.verdict().priority())),
                        number(median(runs, r -> r.outcomes().get(index).metrics().breaks())),
                        count(runs, r -> r.outcomes().get(index).checkpointPriority() >= r.verdict().priority()),
                        // On a planted forum the planted breaks are the known optimum (or better).
                        c.isPlanted() ? count(runs, r -> r.reachesPlanted(r.outcomes().get(index)))
                                : count(runs, r -> r.breaksOptimal(r.outcomes().get(index)))));
            }
        }
    }

    private static void writeSection(Path markdown, String section) throws IOException {
        String text = Files.readString(markdown, StandardCharsets.UTF_8);
        int start = text.startsWith("## Solver\n") ? 0 : text.indexOf("\n## Solver\n") + 1;
        String updated;
        if (start <= 0 && !text.startsWith("## Solver\n")) {
            updated = text.stripTrailing() + "\n\n" + section;
        } else {
            int end = text.indexOf("\n## ", start + 1);
            String old = end < 0 ? text.substring(start) : text.substring(start, end + 1);
            int fairness = old.indexOf("\n### Fairness\n");
            // The fairness runs are not repeated here; their subsection stays as measured.
            String kept = fairness < 0 ? "" : old.substring(fairness).stripTrailing() + "\n";
            updated = text.substring(0, start) + section + kept + (end < 0 ? "" : "\n" + text.substring(end + 1));
        }
        Files.writeString(markdown, updated, StandardCharsets.UTF_8);
        System.out.println("Wrote the Solver section of " + markdown);
    }

    private static long count(List<Run> runs, java.util.function.Predicate<Run> test) {
        return runs.stream().filter(test).count();
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> value) {
        double[] values = runs.stream().mapToDouble(value).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static double max(List<Run> runs, ToDoubleFunction<Run> value) {
        return runs.stream().mapToDouble(value).max().orElse(0);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%,.1f", value);
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 100 : 100.0 * part / whole;
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
