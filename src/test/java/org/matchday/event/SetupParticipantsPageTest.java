package org.matchday.event;

import org.matchday.web.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchday.security.AccessFixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The participants page: adding and editing participants (an edit keeps what the form does not show), a refused
 * id shown, a search rendered by the server for a link, links for the selected participants, invitations by e-mail,
 * and the page at phone size.
 */
@QuarkusTest
@Tag("browser")
class SetupParticipantsPageTest {

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
    void anOrganiserAddsAndEditsParticipants() {
        String organiser = SetupFixture.organiser();
        long eventId = SetupFixture.importSample(organiser);
        try (BrowserContext context = browser.desk("en")) {
            Page page = SetupFixture.loggedIn(context, organiser);
            page.navigate("/events/" + eventId + "/participants");
            assertThat(page.locator("#participant-cancel")).isHidden();

            page.locator("#p-id").fill("eu-01");
            page.locator("#p-name").fill("Someone else");
            page.locator("#participant-form button[type=submit]").click();
            assertThat(page.locator("#participant-result [role=alert]")).containsText("Not saved:");

            page.locator("#p-id").fill("eu-99");
            page.locator("#p-name").fill("Ingrid Berg");
            page.locator("#p-organisation").fill("Norwegian Offshore Wind Cluster");
            page.locator("#p-group").fill("EU cluster");
            page.locator("#p-country").fill("NO");
            page.locator("#p-sectors").fill("Wind energy, Offshore");
            page.locator("#p-email").fill("ingrid.berg@example.org");
            page.locator("#p-languages").fill("en, nb");
            page.locator("#p-max").fill("6");
            page.locator("#participant-form button[type=submit]").click();
            assertThat(page.locator("#participant-result .notice")).hasText("Saved.");
            JsonPath added = new JsonPath(AccessFixture.as(organiser)
                    .get("/api/events/{eventId}/participants/eu-99", eventId).then().statusCode(200)
                    .extract().asString());
            assertEquals(List.of("Wind energy", "Offshore"), added.getList("sectors"));
            assertEquals(List.of("en", "nb"), added.getList("languages"));
            assertEquals(6, added.getInt("maxMeetings"));
            assertEquals("ingrid.berg@example.org", added.getString("email"));

            page.locator("#q").fill("ingrid");
            assertThat(page.locator("#participant-rows tr")).hasCount(1);
            assertThat(page.locator("#participant-rows")).containsText("Norwegian Offshore Wind Cluster");

            // Élodie Le Gall can only meet until 16:15: editing her organisation keeps that.
            page.locator("#q").fill("elodie");
            assertThat(page.locator("#participant-rows tr")).hasCount(1);
            page.locator("[data-edit-participant=eu-05]").click();
            assertThat(page.locator("#participant-form-title")).hasText("Edit Élodie Le Gall");
            assertThat(page.locator("#participant-form-title")).isFocused();
            assertThat(page.locator("#p-id")).hasJSProperty("readOnly", true);
            page.locator("#p-organisation").fill("Pôle Mer Bretagne Atlantique");
            page.locator("#participant-form button[type=submit]").click();
            assertThat(page.locator("#participant-result .notice")).hasText("Saved.");
            assertThat(page.locator("#participant-rows")).containsText("Pôle Mer Bretagne Atlantique");
            JsonPath edited = new JsonPath(AccessFixture.as(organiser)
                    .get("/api/events/{eventId}/participants/eu-05", eventId).then().statusCode(200)
                    .extract().asString());
            assertEquals(List.of(Map.of("session", "pm", "from", "13:30", "to", "16:15")),
                    edited.getList("availability"));
            Browser.assertAccessible(page);

            page.locator("#q").fill("ingrid");
            page.locator("[data-edit-participant=eu-99]").click();
            page.locator("#participant-delete").click();
            // An accessible dialog asks first, naming who is deleted.
            assertThat(page.locator("dialog.confirm-dialog h2")).containsText("Ingrid");
            page.locator("dialog.confirm-dialog [data-confirm]").click();
            assertThat(page.locator("#participant-result .notice")).hasText("Deleted.");
            assertThat(page.locator("#participant-rows tr")).hasCount(0);
            assertThat(page.locator("#search-count")).hasText("No participant matches.");
        }
    }

    @Test
    void aSearchLinkIsRenderedByTheServerAndPagesOnWithTheApi() {
        String organiser = SetupFixture.organiser();
        long eventId = SetupFixture.importSample(organiser);
        try (BrowserContext context = browser.desk("zh-TW")) {
            Page page = SetupFixture.loggedIn(context, organiser);
            page.navigate("/events/" + eventId + "/participants?group=EU+cluster&page=0");
            assertThat(page.locator("#f-group")).hasValue("EU cluster");
            assertThat(page.locator("#participant-rows tr")).hasCount(17);
            assertThat(page.locator("#search-count")).hasText("第 1–17 位，共 17 位參與者");
            assertThat(page.locator("#page-of")).hasText("第 1 頁，共 1 頁");
            page.locator("#f-group").selectOption("");
            assertThat(page.locator("#page-of")).hasText("第 1 頁，共 2 頁");
            page.locator("#page-next").click();
            assertThat(page.locator("#page-of")).hasText("第 2 頁，共 2 頁");
            assertTrue(page.url().endsWith("?page=1"), page.url());
            page.reload();
            assertThat(page.locator("#participant-rows tr")).hasCount(9);
            Browser.assertAccessible(page);
        }
    }

    @Test
    void linksForTheSelectedAndInvitationsByMail() throws IOException {
        String organiser = SetupFixture.organiser();
        long eventId = SetupFixture.importSample(organiser);
        try (BrowserContext context = browser.desk("en")) {
            Page page = SetupFixture.loggedIn(context, organiser);
            page.navigate("/events/" + eventId + "/participants");
            assertThat(page.locator("#links-selected")).isDisabled();
            page.locator("input[data-select=eu-01]").check();
            page.locator("input[data-select=eu-02]").check();
            assertThat(page.locator("#links-selected")).hasText("Issue links for the selected (2)");
            page.locator("#links-selected").click();
            assertThat(page.locator("#links-result .notice")).containsText("Personal links issued: 2.");
            Download download = page.waitForDownload(() -> page.locator("#links-download").click());
            List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
            assertEquals(3, lines.size());
            assertTrue(lines.get(1).startsWith("eu-01,http://") && lines.get(2).startsWith("eu-02,http://"),
                    String.join("\n", lines));
            String url = lines.get(1).substring("eu-01,".length());
            assertEquals(200, AccessFixture.anonymous().redirects().follow(false)
                    .header("Authorization", "Bearer " + url.substring(url.lastIndexOf('/') + 1))
                    .get("/api/events/{eventId}/participants/eu-01", eventId).statusCode());

            // Invitations go to whoever has an address: give eu-01 one, eu-02 has none.
            AccessFixture.as(organiser).contentType(io.restassured.http.ContentType.JSON)
                    .body(java.util.Map.of("email", "eu-01@invitations.example", "group", "EU cluster"))
                    .put("/api/events/{eventId}/participants/eu-01/profile", eventId).then().statusCode(200);
            assertThat(page.locator("#links-mail")).hasText("Send invitations to the selected (2)");
            page.onceDialog(dialog -> {
                assertTrue(dialog.message().contains("2 participants"), dialog.message());
                dialog.accept();
            });
            page.locator("#links-mail").click();
            assertThat(page.locator("#links-result .notice")).hasText("Invitations sent by e-mail: 1.");
            Browser.assertAccessible(page);
        }
    }

    @Test
    void theParticipantsPageWorksOnAPhone() {
        String organiser = SetupFixture.organiser();
        long eventId = SetupFixture.importSample(organiser);
        try (BrowserContext context = browser.phone("en")) {
            Page page = SetupFixture.loggedIn(context, organiser);
            page.navigate("/events/" + eventId + "/participants");
            assertThat(page.locator("#participant-rows tr")).hasCount(25);
            Browser.assertAccessible(page);
            SetupFixture.assertNoSidewaysScroll(page);
            Browser.screenshot(page, "setup-participants-phone-en");
        }
    }
}
