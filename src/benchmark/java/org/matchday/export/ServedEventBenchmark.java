package org.matchday.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Where people wait, over HTTP on a running application with its database: importing the 2,000-participant event,
 * its statistics and capacity report (computed after a change, and kept when nothing changed), and one participant's
 * agenda; next to reference requests of the same run (a health check, and the whole schedule as CSV, which reads
 * the whole event as the agenda once did). Medians of several runs after a warm-up. docs/benchmarks.md, "Imports
 * and reports".
 */
final class ServedEventBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String auth;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ServedEventBenchmark(String base) {
        this.base = base;
        String password = System.getenv().getOrDefault("MATCHDAY_ADMIN_PASSWORD", "");
        this.auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    static void run(String base, Path document, int runs) throws Exception {
        new ServedEventBenchmark(base).measure(Files.readString(document), runs);
    }

    private void measure(String document, int runs) throws Exception {
        System.out.printf(Locale.ROOT, "Served-event benchmark, %s, against %s, Java %s, load average %.1f%n",
                LocalDateTime.now().withNano(0), base, System.getProperty("java.version"), load());
        List<Double> health = new ArrayList<>();
        List<Double> imports = new ArrayList<>();
        long event = -1;
        for (int i = 0; i <= runs; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = send("POST", "/api/events/import", document);
            double ms = (System.nanoTime() - start) / 1e6;
            check(answer, 201);
            event = JSON.readTree(answer.body()).get("id").asLong();
            if (i > 0) {
                imports.add(ms);
            }
            health.add(time("GET", "/q/health/live", null));
        }
        String e = "/api/events/" + event;
        String code = JSON.readTree(send("GET", e + "/participants?size=1", null).body()).get(0).get("id").asText();
        List<Double> statisticsFresh = new ArrayList<>();
        List<Double> statisticsKept = new ArrayList<>();
        List<Double> capacityFresh = new ArrayList<>();
        List<Double> capacityKept = new ArrayList<>();
        List<Double> agendaPdf = new ArrayList<>();
        List<Double> agendaIcs = new ArrayList<>();
        List<Double> wholeCsv = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            // A change (a participant's wish cap) makes both reports stale.
            JsonNode p = JSON.readTree(send("GET", e + "/participants/" + code, null).body());
            ((com.fasterxml.jackson.databind.node.ObjectNode) p).put("maxMeetings", 20 + i);
            check(send("PUT", e + "/participants/" + code, p.toString()), 200);
            double fresh = time("GET", e + "/statistics", null);
            double capacity = time("GET", e + "/capacity", null);
            List<Double> kept = new ArrayList<>();
            List<Double> keptCapacity = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                kept.add(time("GET", e + "/statistics", null));
                keptCapacity.add(time("GET", e + "/capacity", null));
                agendaPdf.add(time("GET", e + "/participants/" + code + "/agenda.pdf", null));
                agendaIcs.add(time("GET", e + "/participants/" + code + "/agenda.ics", null));
            }
            wholeCsv.add(time("GET", e + "/schedule.csv", null));
            if (i > 0) {
                statisticsFresh.add(fresh);
                capacityFresh.add(capacity);
                statisticsKept.add(median(kept));
                capacityKept.add(median(keptCapacity));
            }
        }
        System.out.println();
        System.out.println("| Request | Median | Fastest | Runs |");
        System.out.println("| --- | ---: | ---: | ---: |");
        row("Import, 2,000 participants and 11,054 requests", imports);
        row("Statistics, first after a change", statisticsFresh);
        row("Statistics, unchanged event", statisticsKept);
        row("Capacity report, first after a change", capacityFresh);
        row("Capacity report, unchanged event", capacityKept);
        row("Agenda PDF, one participant", agendaPdf);
        row("Agenda iCalendar, one participant", agendaIcs);
        row("*Reference: whole schedule CSV*", wholeCsv);
        row("*Reference: GET /q/health/live*", health);
        System.out.printf(Locale.ROOT, "%nLoad average at the end %.1f%n", load());
    }

    private double time(String method, String path, String body) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> answer = send(method, path, body);
        double ms = (System.nanoTime() - start) / 1e6;
        check(answer, 200);
        return ms;
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(2)).header("Authorization", auth);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void check(HttpResponse<String> answer, int status) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(answer.request().method() + " " + answer.uri() + " answered "
                    + answer.statusCode() + ": " + answer.body());
        }
    }

    private static void row(String label, List<Double> ms) {
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %d |%n", label, format(median(ms)),
                format(ms.stream().mapToDouble(Double::doubleValue).min().orElse(-1)), ms.size());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String format(double ms) {
        return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000)
                : String.format(Locale.ROOT, ms >= 10 ? "%.0f ms" : "%.1f ms", ms);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
