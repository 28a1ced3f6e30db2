package org.matchday.schedule;

import org.matchday.web.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.microsoft.playwright.options.WaitUntilState;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchday.security.AccessFixture;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The timetable of the 300-participant two-day sample, solved first so that the grid is full: the page holds every
 * meeting, and the browser shows a usable grid (visible, with its keyboard script ready). How fast is measured, not
 * asserted (a loaded machine proves nothing about speed): the medians over HTTP and in the browser go to
 * target/benchmarks/pages.txt, and docs/benchmarks.md ("Pages") records runs against the figures aimed for.
 */
@QuarkusTest
@Tag("browser")
class ScheduleSpeedTest {

    static final String SAMPLE = "brussels-2026-brokerage-two-days.json";
    static final int WARM_UP = 5;
    static final int RUNS = 7;

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theTwoDayGridHoldsEveryMeetingAndIsMeasured() throws Exception {
        ScheduleFixture event = ScheduleFixture.importSample(SAMPLE).solved(15);
        int scheduled = event.scheduledMeetings();
        // The whole grid, every session: a large grid opens on its first session unless all are asked for.
        String grid = "/events/" + event.eventId + "/schedule?session=all";
        String byParticipant = "/events/" + event.eventId + "/schedule?view=participants";
        HttpClient http = HttpClient.newHttpClient();
        String basic = "Basic " + Base64.getEncoder().encodeToString((event.organiser + ":" + AccessFixture.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));

        String page = get(http, grid, basic);
        assertEquals(scheduled, count(page, "<div class=\"m"), "meetings in the grid");
        assertTrue(scheduled > 1000, "the solved sample has " + scheduled + " meetings");
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "Timetable of %s: %d meetings in the grid, %d KiB of HTML; %d warm-up runs, then the median of %d%n",
                SAMPLE, scheduled, page.getBytes(StandardCharsets.UTF_8).length / 1024, WARM_UP, RUNS));

        String firstSession = "/events/" + event.eventId + "/schedule";
        assertEquals(1, count(get(http, firstSession, basic), "<tr class=\"session\">"), "opens on one session");
        measure(report, "server over HTTP, grid", () -> time(() -> get(http, grid, basic).length()));
        measure(report, "server over HTTP, grid of the first session (as it opens)",
                () -> time(() -> get(http, firstSession, basic).length()));
        measure(report, "server over HTTP, one row per participant",
                () -> time(() -> get(http, byParticipant, basic).length()));
        try (BrowserContext context = browser.desk("en")) {
            Page tab = context.newPage();
            Browser.login(tab, event.organiser, AccessFixture.PASSWORD);
            measure(report, "browser, navigation to a usable grid", () -> time(() -> {
                tab.navigate(grid, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
                tab.waitForSelector("#grid td[tabindex='0']",
                        new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
                return 0;
            }));
            measure(report, "browser, navigation to a usable grid of the first session (as it opens)",
                    () -> time(() -> {
                        tab.navigate(firstSession, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
                        tab.waitForSelector("#grid td[tabindex='0']",
                                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
                        return 0;
                    }));
            tab.navigate(grid);
            tab.waitForSelector("#grid td[tabindex='0']");
            report.append(String.format(Locale.ROOT, "last navigation (whole grid): first byte %s ms, DOM ready %s ms,"
                            + " first paint %s ms%n",
                    tab.evaluate("() => Math.round(performance.getEntriesByType('navigation')[0].responseStart)"),
                    tab.evaluate("() => Math.round(performance.getEntriesByType('navigation')[0]"
                            + ".domContentLoadedEventEnd)"),
                    tab.evaluate("() => Math.round(performance.getEntriesByType('paint')[0].startTime)")));
        }
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/pages.txt"), report);
        System.out.print(report);
    }

    /** Measures the runs and writes their median down. */
    private static void measure(StringBuilder report, String what, LongSupplier run) {
        Timing timing = Timing.of(run);
        report.append(String.format(Locale.ROOT, "%s: median %d ms (fastest %d, slowest %d)%n", what,
                timing.median(), timing.fastest(), timing.slowest()));
    }

    /** Milliseconds of each measured run, after the warm-up runs. */
    record Timing(List<Long> runs) {

        static Timing of(LongSupplier run) {
            for (int i = 0; i < WARM_UP; i++) {
                run.getAsLong();
            }
            List<Long> runs = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                runs.add(run.getAsLong());
            }
            runs.sort(null);
            return new Timing(runs);
        }

        long median() {
            return runs.get(runs.size() / 2);
        }

        long fastest() {
            return runs.get(0);
        }

        long slowest() {
            return runs.get(runs.size() - 1);
        }
    }

    interface Work {
        int run() throws Exception;
    }

    private static long time(Work work) {
        long started = System.nanoTime();
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String get(HttpClient http, String path, String authorization)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(Browser.baseUrl() + path))
                .header("Authorization", authorization).header("Accept-Language", "en").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
