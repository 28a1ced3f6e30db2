package org.matchday.publication;

import org.matchday.problem.Problem;
import org.matchday.rest.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.matchday.export.ReadBack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Agendas, calendars and table sheets in Traditional Chinese, by the participant's language or by
 * {@code ?lang=}, read back with PDFBox and ical4j.
 */
@QuarkusTest
class ExportLanguageResourceTest {

    @Test
    void agendaPdfSpeaksTraditionalChineseWhenAsked() {
        long id = TestEvents.importFixture("solved-event.json");
        String text = ReadBack.pdfText(download(id, "participants/tw-01/agenda.pdf?lang=zh-TW", "application/pdf"));
        for (String expected : List.of("林明哲", "中華民國全國工業總會", "2018年6月5日（週二） – 2018年6月6日（週三）",
                "時間均為 Asia/Taipei 當地時間（UTC+08:00）", "4 場會議", "草稿 – 尚未公布，時間表仍可能變動",
                "2018年6月5日 星期二", "2018年6月6日 星期三", "10:00–10:20 Table 1 Antti Peltomäki", "空檔", "休息",
                "林明哲（tw-01）的議程")) {
            assertThat(text, containsString(expected));
        }
        assertThat(text, not(containsString("meetings")));
        assertThat(text, not(containsString("Free")));
        assertThat(text, not(containsString("?")));
    }

    @Test
    void agendaFollowsTheParticipantsFirstLanguageUnlessTheUrlNamesOne() {
        long id = TestEvents.importFixture("solved-event.json");
        setLanguages(id, "tw-01", List.of("zh-Hant-TW", "en"));
        assertThat(ReadBack.pdfText(download(id, "participants/tw-01/agenda.pdf", "application/pdf")),
                containsString("4 場會議"));
        assertThat(ReadBack.pdfText(download(id, "participants/tw-01/agenda.pdf?lang=en", "application/pdf")),
                containsString("4 meetings"));
        setLanguages(id, "tw-01", List.of("en", "zh-TW"));
        assertThat(ReadBack.pdfText(download(id, "participants/tw-01/agenda.pdf", "application/pdf")),
                containsString("4 meetings"));
    }

    @Test
    void calendarSummariesAndDescriptionsSpeakTraditionalChinese() {
        long id = TestEvents.importFixture("solved-event.json");
        publish(id);
        setLanguages(id, "eu-02", List.of("zh-TW"));
        Calendar calendar = ReadBack.calendar(download(id, "participants/eu-02/agenda.ics", "text/calendar"));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(3, events.size());
        VEvent first = events.stream()
                .filter(e -> e.getSummary().getValue().contains("林明哲")).findFirst().orElseThrow();
        assertEquals("與 林明哲（中華民國全國工業總會）會面", first.getSummary().getValue());
        String description = first.getDescription().getValue();
        for (String expected : List.of("桌號：Table 1", "會面對象：林明哲", "單位：中華民國全國工業總會", "國家：TW",
                "產業：Smart manufacturing")) {
            assertThat(description, containsString(expected));
        }
        Calendar english = ReadBack.calendar(download(id, "participants/eu-02/agenda.ics?lang=en", "text/calendar"));
        assertThat(english.<VEvent>getComponents("VEVENT").get(0).getSummary().getValue(), startsWith("Meeting with "));
    }

    @Test
    void draftCalendarEntriesSayDraftInChinese() {
        long id = TestEvents.importFixture("solved-event.json");
        Calendar calendar = ReadBack.calendar(download(id, "participants/eu-02/agenda.ics?lang=zh-TW",
                "text/calendar"));
        for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
            assertThat(event.getSummary().getValue(), startsWith("草稿：與 "));
        }
    }

    @Test
    void tableSheetsAreEnglishUnlessTheUrlAsksForChinese() {
        long id = TestEvents.importFixture("solved-event.json");
        String english = ReadBack.pdfText(download(id, "tables/T01/sheet.pdf", "application/pdf"));
        assertThat(english, containsString("Table T01 · Taiwan-EU Cluster Matchmaking 2018"));
        String chinese = ReadBack.pdfText(download(id, "tables/T01/sheet.pdf?lang=zh-TW", "application/pdf"));
        for (String expected : List.of("桌號 T01 · Taiwan-EU Cluster Matchmaking 2018", "2018年6月5日 星期二",
                "11:00–11:15 休息", "桌次時間表 Table 1", "草稿 – 尚未公布")) {
            assertThat(chinese, containsString(expected));
        }
        List<String> all = ReadBack.pdfPages(download(id, "table-sheets.pdf?lang=zh-TW", "application/pdf"));
        assertEquals(3, all.size());
        assertThat(all.get(1), containsString("桌號 T02"));
    }

    @Test
    void archiveGivesEachParticipantItsOwnLanguageWithFontsCutToFit() throws IOException {
        long id = TestEvents.importFixture("solved-event.json");
        setLanguages(id, "tw-01", List.of("zh-TW"));
        Map<String, byte[]> entries = unzip(download(id, "agendas.zip", "application/zip"));
        String chinese = ReadBack.pdfText(entries.get("tw-01.pdf"));
        assertThat(chinese, containsString("4 場會議"));
        assertThat(chinese, containsString("2018年6月5日 星期二"));
        assertFalse(chinese.contains("?"), "every character of the Chinese wording is in the cut fonts");
        assertThat(ReadBack.pdfText(entries.get("eu-02.pdf")), containsString("3 meetings"));
        assertThat(new String(entries.get("tw-01.ics"), StandardCharsets.UTF_8),
                containsString("草稿：與 "));
        Map<String, byte[]> forced = unzip(download(id, "agendas.zip?lang=en", "application/zip"));
        assertThat(ReadBack.pdfText(forced.get("tw-01.pdf")), containsString("4 meetings"));
    }

    @Test
    void bulkAgendaPdfSpeaksEachParticipantsLanguage() {
        long id = TestEvents.importFixture("solved-event.json");
        setLanguages(id, "tw-01", List.of("zh-TW"));
        List<String> pages = ReadBack.pdfPages(download(id, "agendas.pdf?order=id", "application/pdf"));
        assertThat(pages.get(4), containsString("4 場會議"));
        assertThat(pages.get(4), containsString("草稿 – 尚未公布"));
        assertThat(pages.get(0), containsString("DRAFT – not published yet"));
    }

    @Test
    void anUnknownLanguageIsABadRequestNamingTheParameter() {
        long id = TestEvents.importFixture("solved-event.json");
        for (String path : List.of("participants/tw-01/agenda.pdf", "participants/tw-01/agenda.ics",
                "agendas.pdf", "agendas.zip", "tables/T01/sheet.pdf", "table-sheets.pdf")) {
            given().get("/api/events/{id}/" + path + "?lang=fr", id).then().statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].path", equalTo("lang"))
                    .body("errors[0].message", equalTo("must be en or zh-TW"));
        }
    }

    private static void setLanguages(long id, String participant, List<String> languages) {
        Map<String, Object> current = given().get("/api/events/{id}/participants/{p}", id, participant).then()
                .statusCode(200).extract().jsonPath().getMap("$");
        Map<String, Object> profile = new HashMap<>();
        for (String field : List.of("organisation", "group", "country", "sectors", "description", "offers", "seeks",
                "email")) {
            if (current.get(field) != null) {
                profile.put(field, current.get(field));
            }
        }
        profile.put("languages", languages);
        given().contentType(ContentType.JSON).body(profile)
                .put("/api/events/{id}/participants/{p}/profile", id, participant).then().statusCode(200);
    }

    private static void publish(long id) {
        given().post("/api/events/{id}/publication", id).then().statusCode(201);
    }

    private static byte[] download(long id, String path, String type) {
        return given().get("/api/events/{id}/" + path, id).then().statusCode(200).contentType(startsWith(type))
                .extract().asByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
