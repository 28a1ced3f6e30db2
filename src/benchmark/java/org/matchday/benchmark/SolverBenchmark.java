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
import org.matchday.service.CapacityService;
import org.matchday.service.DetachedEvents;
import org.matchday.solver.Schedule;
import org.matchday.solver.ScheduleFeasibilityChecker;
import org.matchday.solver.SolutionFigures;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;

/**
 * Measures the solver against the first-come-first-served baseline and the capacity upper bound on each family of
 * events, and writes the medians to the "## Solver" section of docs/benchmarks.md. Not a test: run it on purpose,
 * see docs/benchmarks.md for the command.
 *
 * <p>Arguments: {@code seeds [markdown file [families]]}, seeds comma separated (default {@code 1}); families, to
 * run only some while iterating, are comma-separated beginnings of their names ({@code Dense,Brokerage}).
 */
public final class SolverBenchmark {

    private static final String COMMAND = "./mvnw -B -Pbenchmark-solver test-compile exec:exec";

    /** One family of events solved with one time budget. */
    private record Case(String family, long seconds, LongFunction<EventDocument> document) {
    }

    /** One solve: the best schedule and when and with how much memory it was found. */
    private record Solve(Schedule best, long timeToPriorityMillis, long timeToBestMillis, long totalMillis,
            long peakHeapMiB) {
    }

    /**
     * One run of one case with one seed: the greedy baseline, the solver, and the solver without the fairness rule
     * (the same event with a minimum of 0), all on the same event.
     */
    private record Run(int participants, int pairs, long bound, ScheduleMetrics greedy, long greedyMillis,
            int greedyViolations, ScheduleMetrics solver, Solve solve, int solverViolations, long givenUpEstimate,
            ScheduleMetrics withoutRule, int withoutRuleViolations) {

        double solverPercent() {
            return percent(solver.scheduledPriority(), bound);
        }

        double greedyPercent() {
            return percent(greedy.scheduledPriority(), bound);
        }

        /** The solver's scheduled priority as a percentage of the run without the rule. */
        double priorityShare() {
            return percent(solver.scheduledPriority(), withoutRule.scheduledPriority());
        }

        long timeToPriorityMillis() {
            return solve.timeToPriorityMillis();
        }

        long timeToBestMillis() {
            return solve.timeToBestMillis();
        }

        long totalMillis() {
            return solve.totalMillis();
        }

        long peakHeapMiB() {
            return solve.peakHeapMiB();
        }
    }

    private SolverBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        // Outside Quarkus JBoss LogManager defaults to TRACE, and Timefold then formats a message for every move.
        LogContext.getLogContext().getLogger("").setLevel(Level.INFO);
        long[] seeds = Arrays.stream((args.length > 0 && !args[0].isBlank() ? args[0] : "1").split(","))
                .mapToLong(s -> Long.parseLong(s.trim())).toArray();
        Path markdown = Path.of(args.length > 1 ? args[1] : "docs/benchmarks.md");
        EventDocument taipei = new ObjectMapper().readValue(
                Path.of("sample-events/taipei-2018-cluster-matchmaking.json").toFile(), EventDocument.class);
        List<Case> all = List.of(
                new Case("Taipei 2018 sample", 2, seed -> taipei),
                new Case("Brokerage, 2 days", 10, seed -> generate(EventGenerator.Preset.BROKERAGE_TWO_DAYS, seed)),
                new Case("Brokerage, 2 days", 30, seed -> generate(EventGenerator.Preset.BROKERAGE_TWO_DAYS, seed)),
                new Case("Large, 3 days", 60, seed -> generate(EventGenerator.Preset.LARGE_THREE_DAYS, seed)),
                new Case("Ample", 10, seed -> generate(EventGenerator.Preset.AMPLE, seed)),
                new Case("Packable", 10, seed -> EventGenerator.packable(40, 8, seed)),
                new Case("Dense afternoon", 10, seed -> generate(EventGenerator.Preset.DENSE_AFTERNOON, seed)));
        List<String> families = args.length > 2 ? List.of(args[2].split(",")) : List.of("");
        List<Case> cases = all.stream().filter(c -> families.stream().anyMatch(c.family()::startsWith)).toList();

        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<List<Run>> results = new ArrayList<>();
        for (Case c : cases) {
            List<Run> runs = new ArrayList<>();
            // The sample is one fixed event and the solver's own seed is fixed, so another seed would repeat it.
            long[] caseSeeds = c.family().startsWith("Taipei") ? new long[] {seeds[0]} : seeds;
            for (long seed : caseSeeds) {
                Run run = run(c, seed);
                System.out.printf(Locale.ROOT, "%s, %d s, seed %d: %s%n", c.family(), c.seconds(), seed, run);
                runs.add(run);
            }
            results.add(runs);
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        String section = section(cases, results, seeds, loadBefore, loadAfter);
        System.out.println(section);
        writeSection(markdown, section);
    }

    private static EventDocument generate(EventGenerator.Preset preset, long seed) {
        return EventGenerator.generate(preset.spec().withSeed(seed));
    }

    private static Run run(Case c, long seed) {
        EventDocument doc = c.document().apply(seed);
        int minimum = doc.minimumMeetingsOrDefault();

        EventData greedyData = DetachedEvents.of(doc);
        long bound = new CapacityService().report(greedyData).upperBound();
        long greedyStart = System.nanoTime();
        GreedyScheduler.schedule(greedyData);
        long greedyMillis = (System.nanoTime() - greedyStart) / 1_000_000;
        ScheduleMetrics greedy = ScheduleMetrics.of(greedyData, minimum);
        int greedyViolations = ScheduleFeasibilityChecker.violations(DetachedEvents.export(greedyData)).size();

        EventData data = DetachedEvents.of(doc);
        Solve solve = solve(data, c.seconds());
        int violations = violations(data);

        EventData unfair = DetachedEvents.of(doc.withMinimumMeetings(0));
        solve(unfair, c.seconds());
        int unfairViolations = violations(unfair);

        return new Run(data.participants().size(), data.meetings().size(), bound, greedy, greedyMillis,
                greedyViolations, ScheduleMetrics.of(data, minimum), solve, violations,
                SolutionFigures.of(solve.best()).priorityGivenUp(), ScheduleMetrics.of(unfair, minimum),
                unfairViolations);
    }

    /** Solves the event with the production configuration and writes the best schedule onto its meeting rows. */
    private static Solve solve(EventData data, long seconds) {
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml")
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds)));
        Solver<Schedule> solver = SolverFactory.<Schedule>create(config).buildSolver();
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long[] lastImprovement = {0};
        long[] lastPriorityGain = {0};
        HardMediumSoftLongScore[] previous = {null};
        solver.addEventListener(event -> {
            long now = (System.nanoTime() - start) / 1_000_000;
            HardMediumSoftLongScore score = event.getNewBestSolution().getScore();
            // Hard and medium are the rules, fairness and the unscheduled priority; soft is breaks and idle time.
            if (previous[0] == null || score.hardScore() != previous[0].hardScore()
                    || score.mediumScore() != previous[0].mediumScore()) {
                lastPriorityGain[0] = now;
            }
            previous[0] = score;
            lastImprovement[0] = now;
        });
        Schedule best = solver.solve(ScheduleMapper.toProblem(data));
        long totalMillis = (System.nanoTime() - start) / 1_000_000;
        long peak = peakHeapMiB();
        ScheduleMapper.writeBack(best, data.meetings(), data.sessions(), data.tables(), Map.of());
        return new Solve(best, lastPriorityGain[0], lastImprovement[0], totalMillis, peak);
    }

    private static int violations(EventData data) {
        List<String> violations = ScheduleFeasibilityChecker.violations(DetachedEvents.export(data));
        violations.stream().limit(5).forEach(v -> System.out.println("  hard violation: " + v));
        return violations.size();
    }

    private static String section(List<Case> cases, List<List<Run>> results, long[] seeds, double loadBefore,
            double loadAfter) {
        StringBuilder out = new StringBuilder();
        out.append("## Solver\n\n");
        out.append("**What is measured.** The production solver configuration (`solverConfig.xml`, the same model and"
                + " constraints as the application) against the first-come-first-served baseline (`GreedyScheduler`:"
                + " each meeting in the order of its first request, at its earliest free slot and table; the solver"
                + " tests measure against the same one), on the same event in the same run. \"% of bound\" is the"
                + " scheduled priority sum over the sound upper bound of `CapacityService` (max-weight fractional"
                + " b-matching), so 100% is the most any timetable can reach and may be out of reach. Breaks are a"
                + " participant's runs of idle slots between two of its meetings on one day, counted from the meeting"
                + " rows (`ScheduleMetrics`, with the application's own `IdleBreaks`), not from a score. Every result,"
                + " the greedy one included, is checked by the independent `ScheduleFeasibilityChecker`. Time to"
                + " priority is when the last gain in scheduled priority (or in hard rules) was found, time to best when"
                + " the last improvement of any kind was (usually fewer breaks); peak heap is the sum of the heap pools' peaks during the"
                + " solve, garbage included.\n\n");
        out.append("Families: the 2018 Taipei sample (`sample-events/taipei-2018-cluster-matchmaking.json`);"
                + " `EventGenerator` presets `BROKERAGE_TWO_DAYS` (about 300 participants, 1,500 wishes),"
                + " `LARGE_THREE_DAYS` (about 2,000 participants, 11,000 wishes, 300 tables), `AMPLE` (every wish"
                + " fits); `EventGenerator.packable(40, 8, seed)`, where every visitor's eight meetings can be"
                + " packed back to back, so a perfect timetable has no breaks at all; and `DENSE_AFTERNOON` (120"
                + " participants, 600 wishes, 6 slots at 40 tables), where the popular are overbooked and some who"
                + " asked little asked only them.\n\n");
        out.append("```shell\n").append(COMMAND).append("                         # seed 1\n")
                .append(COMMAND).append(" -Dbenchmark.seeds=1,2,3   # medians over three seeds\n```\n\n");
        out.append("Source: `src/benchmark/java/org/matchday/benchmark/SolverBenchmark.java`, compiled only by the"
                + " `benchmark-solver` profile; the event generator, the greedy baseline and the feasibility checker"
                + " are in `src/test/java`, shared with the tests. The whole run is one JVM with `-Xmx1g`, which is the"
                + " heap target of the large family.\n\n");
        out.append(String.format(Locale.ROOT, "**Run of %s**, Java %s, %d cores, `-Xmx1g`, seed%s %s%s, on a machine"
                        + " shared with other builds (load average %.1f at the start, %.1f at the end), so absolute"
                        + " times are inflated: compare the ratios within this run.\n\n",
                LocalDate.now(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                seeds.length > 1 ? "s" : "", joined(seeds), seeds.length > 1 ? " (each figure the median)" : "",
                loadBefore, loadAfter));
        out.append("| Family | Participants / pairs | Budget | Solver % of bound | Greedy % of bound | Solver breaks"
                + " | Greedy breaks | Breaks solver/greedy | Unscheduled solver / greedy | Time to priority | Time to best | Solver total"
                + " | Greedy time | Peak heap | Hard violations solver / greedy |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            List<Run> runs = results.get(i);
            double solverBreaks = median(runs, r -> r.solver().breaks());
            double greedyBreaks = median(runs, r -> r.greedy().breaks());
            out.append(String.format(Locale.ROOT,
                    "| %s | %s / %s | %d s | %.2f%% | %.2f%% | %s | %s | %s | %s / %s | %s ms | %s ms | %s ms | %s ms | %s MiB"
                            + " | %s / %s |\n",
                    c.family(), number(median(runs, Run::participants)), number(median(runs, Run::pairs)), c.seconds(),
                    median(runs, Run::solverPercent), median(runs, Run::greedyPercent), number(solverBreaks),
                    number(greedyBreaks), greedyBreaks == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f",
                            solverBreaks / greedyBreaks),
                    number(median(runs, r -> r.solver().unscheduled())),
                    number(median(runs, r -> r.greedy().unscheduled())), number(median(runs, Run::timeToPriorityMillis)),
                    number(median(runs, Run::timeToBestMillis)),
                    number(median(runs, Run::totalMillis)), number(median(runs, Run::greedyMillis)),
                    number(median(runs, Run::peakHeapMiB)), number(max(runs, Run::solverViolations)),
                    number(max(runs, Run::greedyViolations))));
        }
        out.append("\nHard violations are the most found in any seed, not the median.\n\n");
        out.append("**Targets** (issue 3), as measured by this run:\n\n");
        for (int i = 0; i < cases.size(); i++) {
            String verdict = verdict(cases.get(i), results.get(i));
            if (verdict != null) {
                out.append("- ").append(verdict).append('\n');
            }
        }
        fairness(out, cases, results);
        return out.toString();
    }

    private static void fairness(StringBuilder out, List<Case> cases, List<List<Run>> results) {
        out.append("\n### Fairness\n\n");
        out.append("Every case above is also solved without the fairness rule, in the same run: the same event with"
                + " `minimumMeetings` 0, the same configuration and budget. The minimum is the event's own, 1 in every"
                + " family. *Owed* are the participants with a request that can take place (`FairShares`); *without*"
                + " and *below k* count those of them with no meeting and with fewer than k, from the meeting rows."
                + " *Priority share* is the solver's scheduled priority as a percentage of the run without the rule,"
                + " and the price of fairness is 100% minus it (a share above 100% is search noise: that run happened"
                + " to end lower). *Given up* is what `FairnessPrice` finds in the solver's schedule, the estimate the"
                + " solve status and the statistics report.\n\n");
        out.append("| Family | Budget | Owed | Without a meeting: solver / without the rule / greedy | Below k: solver /"
                + " without the rule / greedy | Below their fair share, solver | Priority: solver / without the rule"
                + " | Priority share | Given up (estimate) | Hard violations without the rule |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            List<Run> runs = results.get(i);
            out.append(String.format(Locale.ROOT, "| %s | %d s | %s | %s / %s / %s | %s / %s / %s | %s | %s / %s |"
                            + " %.2f%% | %s | %s |\n",
                    c.family(), c.seconds(), number(median(runs, r -> r.solver().owed())),
                    number(median(runs, r -> r.solver().withoutMeetings())),
                    number(median(runs, r -> r.withoutRule().withoutMeetings())),
                    number(median(runs, r -> r.greedy().withoutMeetings())),
                    number(median(runs, r -> r.solver().belowMinimum())),
                    number(median(runs, r -> r.withoutRule().belowMinimum())),
                    number(median(runs, r -> r.greedy().belowMinimum())),
                    number(median(runs, r -> r.solver().belowFairShare())),
                    number(median(runs, r -> r.solver().scheduledPriority())),
                    number(median(runs, r -> r.withoutRule().scheduledPriority())),
                    median(runs, Run::priorityShare), number(median(runs, Run::givenUpEstimate)),
                    number(max(runs, Run::withoutRuleViolations))));
        }
        out.append("\n**Targets** (issue 13), as measured by this run: on every family, no participant who could"
                + " have a meeting is left without one, at a priority cost under 0.5%.\n\n");
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            List<Run> runs = results.get(i);
            double without = max(runs, r -> r.solver().withoutMeetings());
            double cost = 100 - median(runs, Run::priorityShare);
            out.append(String.format(Locale.ROOT, "- %s, %d s: nobody owed a meeting left without one: %s (%s of %s"
                            + " owed, %s without the rule); priority cost under 0.5%%: %s (%.2f%%).\n",
                    c.family(), c.seconds(), without == 0 ? "**met**" : "**missed**", number(without),
                    number(median(runs, r -> r.solver().owed())),
                    number(median(runs, r -> r.withoutRule().withoutMeetings())),
                    cost < 0.5 ? "**met**" : "**missed**", cost));
        }
        out.append("\nWithout a meeting is the most found in any seed, not the median.\n");
    }

    private static String verdict(Case c, List<Run> runs) {
        double percent = median(runs, Run::solverPercent);
        double solverBreaks = median(runs, r -> r.solver().breaks());
        double greedyBreaks = median(runs, r -> r.greedy().breaks());
        double toPriority = median(runs, Run::timeToPriorityMillis);
        double violations = max(runs, Run::solverViolations);
        if (c.family().startsWith("Taipei")) {
            return String.format(Locale.ROOT, "Taipei sample, every meeting that can fit scheduled, 0 hard violations,"
                            + " under 2 s: %s (%.2f%% of the bound, %s unscheduled, %s violations, last priority gain"
                            + " at %s ms).", percent >= 100 && violations == 0 && toPriority < 2000 ? "**met**"
                            : percent < 100 && violations == 0 && toPriority < 2000
                            ? "**not shown**: below 100% of the bound, which may not be reachable" : "**missed**",
                    percent, number(median(runs, r -> r.solver().unscheduled())), number(violations), number(toPriority));
        }
        if (c.family().startsWith("Brokerage") && c.seconds() == 30) {
            boolean priority = percent >= 99.5;
            boolean breaks = solverBreaks * 2 <= greedyBreaks;
            return String.format(Locale.ROOT, "Brokerage within 30 s, at least 99.5%% of the bound: %s (%.2f%%);"
                            + " breaks at most half the greedy baseline's: %s (%s against %s).",
                    priority ? "**met**" : "**missed**", percent, breaks ? "**met**" : "**missed**",
                    number(solverBreaks), number(greedyBreaks));
        }
        if (c.family().startsWith("Large")) {
            double heap = median(runs, Run::peakHeapMiB);
            return String.format(Locale.ROOT, "Large within 60 s, at least 99%% of the bound: %s (%.2f%%); under 1 GiB"
                            + " of heap: %s (ran under `-Xmx1g`, peak %s MiB).", percent >= 99 ? "**met**"
                            : "**missed**", percent, heap < 1024 ? "**met**" : "**missed**", number(heap));
        }
        if (c.family().equals("Ample") || c.family().equals("Packable")) {
            double unscheduled = median(runs, r -> r.solver().unscheduled());
            double participants = median(runs, Run::participants);
            return String.format(Locale.ROOT, "%s, every wish scheduled: %s (%s unscheduled); breaks approach zero: %s"
                            + " breaks for %s participants (greedy %s).", c.family(),
                    unscheduled == 0 ? "**met**" : "**missed**", number(unscheduled), number(solverBreaks),
                    number(participants), number(greedyBreaks));
        }
        return null;
    }

    private static void writeSection(Path markdown, String section) throws IOException {
        String text = Files.readString(markdown, StandardCharsets.UTF_8);
        int start = text.startsWith("## Solver\n") ? 0 : text.indexOf("\n## Solver\n") + 1;
        String updated;
        if (start <= 0 && !text.startsWith("## Solver\n")) {
            updated = text.stripTrailing() + "\n\n" + section;
        } else {
            int end = text.indexOf("\n## ", start + 1);
            updated = text.substring(0, start) + section + (end < 0 ? "" : "\n" + text.substring(end + 1));
        }
        Files.writeString(markdown, updated, StandardCharsets.UTF_8);
        System.out.println("Wrote the Solver section of " + markdown);
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

    private static String joined(long[] seeds) {
        return String.join(", ", Arrays.stream(seeds).mapToObj(Long::toString).toList());
    }

    private static double percent(long part, long whole) {
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
