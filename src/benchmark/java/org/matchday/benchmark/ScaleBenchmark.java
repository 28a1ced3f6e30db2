package org.matchday.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logmanager.LogContext;
import org.matchday.format.EventDocument;
import org.matchday.mapping.DetachedEvents;
import org.matchday.mapping.ScheduleMapper;
import org.matchday.persistence.EventData;
import org.matchday.solve.CapacityService;
import org.matchday.solver.Schedule;
import org.matchday.solver.ScheduleFeasibilityChecker;
import org.matchday.solver.exact.SessionLpBound;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

/**
 * How importing and solving grow with the event (issue 24, "Scale"): the generated brokerages of 300, 2,000 and
 * 5,000 participants, each solved by the production configuration for its budget in this JVM, against the tighter
 * of two bounds (the capacity bound of the wish graph and the session LP bound) and the first-come-first-served
 * baseline, and, given a running
 * application, imported over HTTP into its database. Not a test: docs/benchmarks.md has the command and the runs.
 *
 * <p>Arguments, each optional: {@code sizes=300,2000,5000}, {@code budgets=30,60,300} (seconds, one per size),
 * {@code seed=1}, {@code served=http://127.0.0.1:8098} (imports there, as {@code admin} with the password in
 * {@code MATCHDAY_ADMIN_PASSWORD}), {@code imports=3} (timed imports per size after one warm-up), {@code
 * solve=false} (imports only), {@code config=solverConfig.xml} (a configuration on the class path or a file).
 */
public final class ScaleBenchmark {

    private static final Map<Integer, EventGenerator.Preset> PRESETS = Map.of(
            300, EventGenerator.Preset.BROKERAGE_TWO_DAYS,
            2000, EventGenerator.Preset.LARGE_THREE_DAYS,
            5000, EventGenerator.Preset.HUGE_THREE_DAYS);

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // Outside Quarkus JBoss LogManager defaults to TRACE, and Timefold then formats a message for every move.
        LogContext.getLogContext().getLogger("").setLevel(Level.INFO);
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            options.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
        List<Integer> sizes = numbers(options.getOrDefault("sizes", "300,2000,5000"));
        List<Integer> budgets = numbers(options.getOrDefault("budgets", "30,60,300"));
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        String served = options.get("served");
        int imports = Integer.parseInt(options.getOrDefault("imports", "3"));
        boolean solve = Boolean.parseBoolean(options.getOrDefault("solve", "true"));
        String config = options.getOrDefault("config", "solverConfig.xml");
        System.out.printf(Locale.ROOT, "Scale benchmark, %s, Java %s, %d cores, max heap %d MiB, load average %.1f%n",
                LocalDateTime.now().withNano(0), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, load());

        List<String> rows = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            rows.add(measure(sizes.get(i), budgets.get(i), seed, served, imports, solve, config));
        }
        System.out.printf(Locale.ROOT, "%nLoad average at the end %.1f%n%n", load());
        System.out.println("| Participants / wishes / meetings to place | Import over HTTP, median (fastest) | Model"
                + " built | Capacity bound (time) | Session LP bound (time) | Greedy | Solver at 10, 30, 60, 120 s | Solver at the end (budget) | Time to"
                + " 99% of the bound | Time to 99.5% | Peak heap while solving | Breaks | Hard violations |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        rows.forEach(System.out::println);
    }

    private static String measure(int size, int budget, long seed, String served, int imports, boolean solving,
            String config)
            throws Exception {
        EventGenerator.Preset preset = PRESETS.get(size);
        if (preset == null) {
            throw new IllegalArgumentException("sizes are among " + PRESETS.keySet());
        }
        EventDocument doc = EventGenerator.generate(preset.spec().withSeed(seed));
        String importTime = served == null ? "" : timeImports(served, doc, imports);
        if (!solving) {
            return String.format(Locale.ROOT, "| %,d / %,d | %s |", doc.participants().size(),
                    doc.requests().size(), importTime);
        }

        long start = System.nanoTime();
        EventData data = DetachedEvents.of(doc);
        Schedule problem = ScheduleMapper.toProblem(data);
        long modelMillis = millisSince(start);
        start = System.nanoTime();
        long capacity = new CapacityService().report(data).upperBound();
        long capacityMillis = millisSince(start);
        start = System.nanoTime();
        long sessionLp = SessionLpBound.of(problem);
        long sessionLpMillis = millisSince(start);
        long bound = Referee.tighterBound(capacity, sessionLp);

        EventData greedyData = DetachedEvents.of(doc);
        GreedyScheduler.schedule(greedyData);
        long greedy = ScheduleMetrics.of(greedyData, doc.minimumMeetingsOrDefault()).scheduledPriority();

        SolverBenchmark.Solve solve = SolverBenchmark.solve(data, config, budget, 0);
        ScheduleMetrics metrics = ScheduleMetrics.of(data, doc.minimumMeetingsOrDefault());
        int violations = ScheduleFeasibilityChecker.violations(doc, DetachedEvents.export(data)).size();
        String row = String.format(Locale.ROOT,
                "| %,d / %,d / %,d | %s | %,d ms | %,d (%,d ms) | %,d (%,d ms) | %.2f%% | %s | %.2f%% (%d s) | %s | %s | %,d MiB"
                        + " | %,d | %d |",
                data.participants().size(), doc.requests().size(), data.meetings().size(), importTime, modelMillis,
                capacity, capacityMillis, sessionLp, sessionLpMillis, SolverBenchmark.percent(greedy, bound),
                trajectory(solve, bound, budget),
                SolverBenchmark.percent(metrics.scheduledPriority(), bound), budget,
                seconds(solve.millisTo(0.99 * bound)), seconds(solve.millisTo(0.995 * bound)), solve.peakHeapMiB(),
                metrics.breaks(), violations);
        System.out.println(row);
        // The first best schedule is the construction heuristic's: its time is the construction's.
        StringBuilder samples = new StringBuilder("  % of the bound over time:");
        long next = 0;
        for (long[] sample : solve.prioritySamples()) {
            if (sample[0] >= next) {
                samples.append(String.format(Locale.ROOT, " %.1f s %.2f%%;", sample[0] / 1000.0,
                        SolverBenchmark.percent(sample[1], bound)));
                next = sample[0] + 5000;
            }
        }
        System.out.println(samples);
        return row;
    }

    /** The solver's share of the bound at 10, 30, 60 and 120 s, as far as the budget goes. */
    private static String trajectory(SolverBenchmark.Solve solve, long bound, int budget) {
        StringBuilder text = new StringBuilder();
        for (int seconds : new int[] {10, 30, 60, 120}) {
            if (seconds < budget) {
                text.append(text.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.2f%%",
                        SolverBenchmark.percent(solve.priorityAt(seconds * 1000L), bound)));
            }
        }
        return text.toString();
    }

    /** Imports the document {@code runs} times after a warm-up; the median and the fastest. */
    private static String timeImports(String base, EventDocument doc, int runs) throws Exception {
        byte[] body = new ObjectMapper().writeValueAsBytes(doc);
        String password = System.getenv().getOrDefault("MATCHDAY_ADMIN_PASSWORD", "");
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/events/import"))
                    .timeout(Duration.ofMinutes(5)).header("Authorization", auth)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("import answered " + answer.statusCode() + ": " + answer.body());
            }
            if (i > 0) {
                seconds.add(elapsed);
            }
        }
        double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        return String.format(Locale.ROOT, "%.2f s (%.2f s), %d MB", median, sorted[0], body.length >> 20);
    }

    private static String seconds(long millis) {
        return millis < 0 ? "not reached" : String.format(Locale.ROOT, "%.0f s", millis / 1000.0);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static List<Integer> numbers(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
