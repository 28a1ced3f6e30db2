package org.matchday.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The wish-day load on a running (packaged) application: participants browsing the directory and sending wishes
 * through their personal links, staff downloading agendas and reports, and an organiser solving another event, all
 * at once over a fixed number of keep-alive connections, each sending its next request as soon as the last one
 * answered (closed loop, as wrk does). Reports throughput, p50, p99 and errors per kind of request, with a health
 * check on its own connection as the baseline of the same run, and checks afterwards that every wish answered 201 is
 * stored. See docs/benchmarks.md, "Load".
 */
public final class LoadBenchmark {

    enum Kind {
        WISH("POST wishes (participant)"),
        DIRECTORY("GET participants?q= (participant)"),
        MY_WISHES("GET wishes (participant)"),
        AGENDA_PDF("GET agenda.pdf (staff)"),
        AGENDA_ICS("GET agenda.ics (staff)"),
        SOLVE_STATUS("GET solve (organiser)"),
        HEALTH("GET /q/health (baseline)");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] WORDS = {"tech", "solar", "bio", "data", "aero", "food", "energy", "smart", "med",
        "auto"};

    private final Map<String, String> options;
    private final String base;
    private final String organiser;
    private final HttpClient http;
    private final AtomicBoolean measuring = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Map<Kind, ConcurrentLinkedQueue<long[]>> samples = new EnumMap<>(Kind.class);
    private final Map<Kind, ConcurrentLinkedQueue<String>> errors = new EnumMap<>(Kind.class);
    private final ConcurrentLinkedQueue<String> wishesSent = new ConcurrentLinkedQueue<>();

    private LoadBenchmark(Map<String, String> options) {
        this.options = options;
        this.base = options.getOrDefault("url", "http://127.0.0.1:8080");
        this.organiser = "Basic " + Base64.getEncoder().encodeToString((options.getOrDefault("user", "admin") + ":"
                + options.getOrDefault("password", System.getenv().getOrDefault("MATCHDAY_ADMIN_PASSWORD", "")))
                .getBytes(StandardCharsets.UTF_8));
        // The client's own threads only move bytes; each connection's thread waits for its answer.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(2)).connectTimeout(Duration.ofSeconds(10)).build();
        for (Kind kind : Kind.values()) {
            samples.put(kind, new ConcurrentLinkedQueue<>());
            errors.put(kind, new ConcurrentLinkedQueue<>());
        }
    }

    /** Options as {@code --name=value}: url, user, password, document, solve-document, connections, seconds. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        // Maven's exec passes -Dbenchmark.args as one argument: options are split on spaces.
        for (String arg : String.join(" ", args).trim().split("\\s+")) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (!arg.isBlank()) {
                throw new IllegalArgumentException("Unknown argument " + arg + "; use --name=value");
            }
        }
        new LoadBenchmark(options).run();
    }

    private void run() throws Exception {
        int connections = Integer.parseInt(options.getOrDefault("connections", "64"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "15"));
        Path document = Path.of(options.getOrDefault("document", "target/bench-event.json"));
        Path solveDocument = Path.of(options.getOrDefault("solve-document",
                "sample-events/brussels-2026-brokerage-two-days.json"));

        System.out.printf(Locale.ROOT, "Load benchmark, %s, against %s, %d connections, %d s after %d s warm-up,"
                + " load average %.1f%n", LocalDateTime.now().withNano(0), base, connections, seconds, warmup, load());
        JsonNode doc = JSON.readTree(document.toFile());
        long eventId = importEvent(Files.readString(document));
        call("PUT", "/api/events/" + eventId + "/phase", organiser, "{\"phase\": \"WISHES_OPEN\"}", 200);
        JsonNode links = JSON.readTree(call("POST", "/api/events/" + eventId + "/links", organiser, "{}", 201));
        List<String> codes = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (JsonNode link : links) {
            codes.add(link.get("participant").asText());
            tokens.add("Bearer " + link.get("token").asText());
        }
        Set<String> asked = new HashSet<>();
        doc.get("requests").forEach(r -> asked.add(r.get("from").asText() + ">" + r.get("to").asText()));
        int storedBefore = JSON.readTree(call("GET", "/api/events/" + eventId + "/requests", organiser, null, 200))
                .size();
        long solveId = importEvent(Files.readString(solveDocument));
        System.out.printf(Locale.ROOT, "Event %d: %d participants with links, %d requests; solving event %d"
                + " meanwhile%n", eventId, codes.size(), storedBefore, solveId);
        call("POST", "/api/events/" + solveId + "/solve?seconds=" + (warmup + seconds + 10), organiser, null, 202);

        List<Runnable> clients = new ArrayList<>();
        clients.add(() -> loop(random -> {
            send(Kind.HEALTH, "GET", "/q/health/live", null, null);
            pause(100);
        }));
        clients.add(() -> loop(random -> {
            send(Kind.SOLVE_STATUS, "GET", "/api/events/" + solveId + "/solve", organiser, null);
            pause(1000);
        }));
        int staff = 2;
        for (int s = 0; s < staff; s++) {
            clients.add(() -> loop(random -> {
                String code = codes.get(random.nextInt(codes.size()));
                String agenda = "/api/events/" + eventId + "/participants/" + code + "/agenda";
                // Staff print agendas at the desk; reports are timed on their own (ExportBenchmark --served), since
                // any wish makes them stale and their first computation takes seconds on this event.
                if (random.nextBoolean()) {
                    send(Kind.AGENDA_PDF, "GET", agenda + ".pdf", organiser, null);
                } else {
                    send(Kind.AGENDA_ICS, "GET", agenda + ".ics", organiser, null);
                }
            }));
        }
        int participants = Math.max(1, connections - clients.size());
        for (int c = 0; c < participants; c++) {
            int client = c;
            // Each connection speaks for its own senders, who ask others in turn and never the same one twice.
            List<Integer> senders = new ArrayList<>();
            for (int i = client; i < codes.size(); i += participants) {
                senders.add(i);
            }
            int[] nextTarget = new int[codes.size()];
            Arrays.fill(nextTarget, 1);
            clients.add(() -> loop(random -> {
                int sender = senders.get(random.nextInt(senders.size()));
                String token = tokens.get(sender);
                int pick = random.nextInt(100);
                if (pick < 75) {
                    String from = codes.get(sender);
                    String to;
                    do {
                        to = codes.get((sender + nextTarget[sender]++ * 7) % codes.size());
                    } while (to.equals(from) || asked.contains(from + ">" + to));
                    String sessions = random.nextInt(10) == 0 ? ", \"sessions\": [\""
                            + doc.get("sessions").get(random.nextInt(doc.get("sessions").size())).get("id").asText()
                            + "\"]" : "";
                    String body = "{\"to\": \"" + to + "\", \"priority\": " + (1 + random.nextInt(5)) + sessions
                            + "}";
                    String answer = send(Kind.WISH, "POST", "/api/events/" + eventId + "/wishes", token, body);
                    if (answer != null) {
                        wishesSent.add(from + ">" + to);
                    }
                } else if (pick < 95) {
                    send(Kind.DIRECTORY, "GET", "/api/events/" + eventId + "/participants?size=20&q="
                            + WORDS[random.nextInt(WORDS.length)], token, null);
                } else {
                    send(Kind.MY_WISHES, "GET", "/api/events/" + eventId + "/wishes", token, null);
                }
            }));
        }

        CountDownLatch done = new CountDownLatch(clients.size());
        for (Runnable client : clients) {
            Thread thread = new Thread(() -> {
                try {
                    client.run();
                } finally {
                    done.countDown();
                }
            });
            thread.setDaemon(true);
            thread.start();
        }
        Thread.sleep(warmup * 1000L);
        double loadBefore = load();
        measuring.set(true);
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - start) / 1e9;
        double loadAfter = load();
        stopped.set(true);
        done.await();
        report(elapsed, loadBefore, loadAfter);
        call("DELETE", "/api/events/" + solveId + "/solve", organiser, null, -1);
        int storedAfter = JSON.readTree(call("GET", "/api/events/" + eventId + "/requests", organiser, null, 200))
                .size();
        System.out.printf(Locale.ROOT, "Stored requests: %d before, %d after, %d wishes answered 201 (warm-up"
                + " included): %s%n", storedBefore, storedAfter, wishesSent.size(),
                storedAfter - storedBefore == wishesSent.size() ? "every one stored" : "MISMATCH");
        System.exit(0);
    }

    private interface Step {
        void run(SplittableRandom random) throws Exception;
    }

    private void loop(Step step) {
        SplittableRandom random = new SplittableRandom(Thread.currentThread().getId());
        while (!stopped.get()) {
            try {
                step.run(random);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }

    /** Sends one request of {@code kind}; answers its body when it succeeded (2xx), null otherwise. */
    private String send(Kind kind, String method, String path, String auth, String body) {
        boolean counted = measuring.get();
        long start = System.nanoTime();
        String problem;
        try {
            HttpResponse<String> response = http.send(request(method, path, auth, body),
                    HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - start;
            if (response.statusCode() / 100 == 2) {
                if (counted) {
                    samples.get(kind).add(new long[] {nanos});
                }
                return response.body();
            }
            problem = response.statusCode() + " " + response.body();
        } catch (IOException e) {
            problem = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (counted) {
            errors.get(kind).add(problem.length() > 300 ? problem.substring(0, 300) : problem);
        }
        return null;
    }

    private HttpRequest request(String method, String path, String auth, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(180));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** A set-up call that must answer {@code expected} (any status when negative); answers the body. */
    private String call(String method, String path, String auth, String body, int expected) throws Exception {
        HttpResponse<String> response = http.send(request(method, path, auth, body),
                HttpResponse.BodyHandlers.ofString());
        if (expected >= 0 && response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private long importEvent(String document) throws Exception {
        return JSON.readTree(call("POST", "/api/events/import", organiser, document, 201)).get("id").asLong();
    }

    private void report(double elapsed, double loadBefore, double loadAfter) {
        System.out.printf(Locale.ROOT, "Measured %.1f s; load average %.1f at the start, %.1f at the end%n%n",
                elapsed, loadBefore, loadAfter);
        System.out.println("| Request | Answered 2xx | Per second | p50 | p99 | Max | Errors |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Kind kind : Kind.values()) {
            long[] nanos = samples.get(kind).stream().mapToLong(s -> s[0]).sorted().toArray();
            System.out.printf(Locale.ROOT, "| %s | %,d | %,.1f | %s | %s | %s | %d |%n", kind.label, nanos.length,
                    nanos.length / elapsed, millis(percentile(nanos, 50)), millis(percentile(nanos, 99)),
                    millis(nanos.length == 0 ? -1 : nanos[nanos.length - 1]), errors.get(kind).size());
        }
        errors.forEach((kind, list) -> list.stream().limit(3).forEach(e -> System.out.println(kind + ": " + e)));
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return -1;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String millis(long nanos) {
        return nanos < 0 ? "-" : String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
