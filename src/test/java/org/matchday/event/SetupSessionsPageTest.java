package org.matchday.event;

import org.matchday.web.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchday.domain.TimeRange;
import org.matchday.domain.Timeslots;
import org.matchday.security.AccessFixture;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The set-up page: the preview's slot rule is the server's (compared case by case with {@link Timeslots}), a session
 * the server refuses shows why next to the field, tables are added, renamed and deleted, and the page works at
 * phone size.
 */
@QuarkusTest
@Tag("browser")
class SetupSessionsPageTest {

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
    void thePreviewDerivesSlotsExactlyAsTheServerDoes() {
        String organiser = SetupFixture.organiser();
        long eventId = SetupFixture.importSample(organiser);
        Random random = new Random(20180605);
        List<Map<String, Object>> cases = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int start = random.nextInt(23 * 60);
            int end = Math.min(23 * 60 + 59, start + random.nextInt(9 * 60) - (i % 10 == 0 ? 60 : 0));
            int meeting = 1 + random.nextInt(i % 7 == 0 ? 200 : 45);
            int gap = random.nextInt(4) == 0 ? 0 : random.nextInt(20);
            List<TimeRange> pauses = new ArrayList<>();
            int count = random.nextInt(4);
            for (int k = 0; k < count && end > start; k++) {
                // Pauses anywhere around the session, overlapping ones included: the rule must not care.
                int from = start - 30 + random.nextInt(end - start + 60);
                int to = from + 1 + random.nextInt(60);
                if (from >= 0 && to < 24 * 60) {
                    pauses.add(new TimeRange(time(from), time(to)));
                }
            }
            if (i == 0) {
                start = 13 * 60 + 30;
                end = 17 * 60 + 30;
                meeting = 20;
                gap = 5;
                pauses = List.of(new TimeRange(LocalTime.of(15, 10), LocalTime.of(15, 30)));
            }
            Map<String, Object> c = new HashMap<>();
            c.put("start", time(start).toString());
            c.put("end", time(Math.max(0, end)).toString());
            c.put("meeting", meeting);
            c.put("gap", gap);
            c.put("pauses", pauses.stream().map(p -> Map.of("start", p.start().toString(), "end", p.end().toString()))
                    .toList());
            cases.add(c);
            expected.add(Timeslots.derive("s", LocalDate.of(2018, 6, 5), time(start), time(Math.max(0, end)),
                    meeting, gap, pauses).stream().map(s -> s.start() + "-" + s.end())
                    .collect(Collectors.joining(",")));
        }
        try (BrowserContext context = browser.desk("en")) {
            Page page = SetupFixture.loggedIn(context, organiser);
            page.navigate("/events/" + eventId + "/setup");
            @SuppressWarnings("unchecked")
            List<String> derived = (List<String>) page.evaluate("cases => cases.map(c => window.MatchdaySlots"
                    + ".derive(c.start, c.end, c.meeting, c.gap, c.pauses).map(s => s.start + '-' + s.end)"
                    + ".join(','))", cases);
            assertEquals("13:30-13:50,13:55-14:15,14:20-14:40,14:45-15:05,15:30-15:50,15:55-16:15,16:20-16:40,"
                    + "16:45-17:05,17:10-17:30", derived.get(0));
            for (int i = 0; i < cases.size(); i++) {
                assertEquals(expected.get(i), derived.get(i), "case " + cases.get(i));
            }
        }
    }

    @Test
    void aRefusedSessionIsExplainedAndTablesAreEdited() {
        String organiser = SetupFixture.organiser();
        long eventId = SetupFixture.importSample(organiser);
        try (BrowserContext context = browser.desk("en")) {
            Page page = SetupFixture.loggedIn(context, organiser);
            page.navigate("/events/" + eventId + "/setup");
            assertThat(page.locator("#session-cancel")).isHidden();
            assertThat(page.locator("#session-delete")).isHidden();

            page.locator("#s-id").fill("late");
            page.locator("#s-date").fill("2018-06-06");
            page.locator("#s-start").fill("18:00");
            page.locator("#s-end").fill("17:00");
            page.locator("#s-meeting").fill("30");
            assertThat(page.locator("#preview-summary")).hasText(
                    "No slot fits yet: give a start, an end after it and a meeting length.");
            page.locator("#session-form button[type=submit]").click();
            assertThat(page.locator("#session-result [role=alert]")).containsText("Not saved:");
            assertThat(page.locator("#s-end")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#s-end + .field-error")).containsText("must be after the session's start");
            assertThat(page.locator("#s-end")).isFocused();
            Browser.assertAccessible(page);

            page.locator("#s-end").fill("19:00");
            page.locator("#session-form button[type=submit]").click();
            assertThat(page.locator("#session-result .notice")).hasText("Saved.");
            assertThat(page.locator("#s-end")).not().hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#sessions-list tr[data-session=late]")).containsText("18:00–19:00");
            assertThat(page.locator("#sessions-list tr[data-session=late] td.num").last()).hasText("2");

            page.locator("[data-edit-session=late]").click();
            assertThat(page.locator("#session-form-title")).hasText("Edit session late");
            assertThat(page.locator("#preview-list li.slot")).hasCount(2);
            // A 10-minute gap pushes the second meeting past the end.
            page.locator("#s-gap").fill("10");
            assertThat(page.locator("#preview-list li.slot")).hasCount(1);
            page.locator("#session-form button[type=submit]").click();
            assertThat(page.locator("#session-result .notice")).hasText("Saved.");
            assertThat(page.locator("#sessions-list tr[data-session=late] td.num").last()).hasText("1");
            page.locator("[data-edit-session=late]").click();
            page.onceDialog(dialog -> dialog.accept());
            page.locator("#session-delete").click();
            assertThat(page.locator("#session-result .notice")).hasText("Deleted.");
            assertThat(page.locator("#sessions-list tr[data-session=late]")).hasCount(0);

            page.locator("#t-id").fill("T18");
            page.locator("#t-name").fill("Table 18, by the window");
            page.locator("#table-form button[type=submit]").click();
            assertThat(page.locator("#tables-list tr[data-table=T18]")).containsText("Table 18, by the window");
            page.locator("#t-id").fill("T01");
            page.locator("#table-form button[type=submit]").click();
            assertThat(page.locator("#table-result [role=alert]")).containsText("Not saved:");
            page.locator("[data-edit-table=T18]").click();
            assertThat(page.locator("#t-id")).hasJSProperty("readOnly", true);
            page.locator("#t-name").fill("Table 18");
            page.locator("#table-form button[type=submit]").click();
            assertThat(page.locator("#tables-list tr[data-table=T18] td").nth(1)).hasText("Table 18");
            page.locator("[data-edit-table=T18]").click();
            page.onceDialog(dialog -> dialog.accept());
            page.locator("#table-delete").click();
            assertThat(page.locator("#tables-list tr[data-table=T18]")).hasCount(0);
            assertEquals(17, AccessFixture.as(organiser).get("/api/events/{eventId}/tables", eventId)
                    .then().statusCode(200).extract().jsonPath().getList("$").size());
        }
    }

    @Test
    void theSetupPageWorksOnAPhoneInChinese() {
        String organiser = SetupFixture.organiser();
        long eventId = SetupFixture.importSample(organiser);
        try (BrowserContext context = browser.phone("zh-TW")) {
            Page page = SetupFixture.loggedIn(context, organiser);
            page.navigate("/events/" + eventId + "/setup");
            assertThat(page.locator("h1")).hasText("活動設定");
            page.locator("[data-edit-session=pm]").click();
            assertThat(page.locator("#preview-summary")).hasText("共 9 個時段，第一個從 13:30 開始，最後一個於 17:30 結束。");
            Browser.assertAccessible(page);
            SetupFixture.assertNoSidewaysScroll(page);
            Browser.screenshot(page, "setup-sessions-phone-zh-TW");
        }
    }

    private static LocalTime time(int minuteOfDay) {
        return LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }
}
