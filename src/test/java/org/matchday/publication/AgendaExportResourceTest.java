package org.matchday.publication;

import org.matchday.problem.Problem;
import org.matchday.rest.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.matchday.domain.Meeting;
import org.matchday.export.ReadBack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Participants' agendas, read back with PDFBox, ical4j, commons-csv and java.util.zip. */
@QuarkusTest
class AgendaExportResourceTest {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Test
    void agendaPdfListsMeetingsFreeSlotsAndPausesInEveryScript() {
        long id = TestEvents.importFixture("solved-event.json");
        byte[] pdf = download(id, "participants/eu-02/agenda.pdf", "application/pdf");
        List<String> pages = ReadBack.pdfPages(pdf);
        assertEquals(1, pages.size());
        String text = pages.get(0);
        for (String expected : List.of("Taiwan-EU Cluster Matchmaking 2018", "Taipei Nangang Exhibition Center, Hall 1",
                "Tue 5 Jun 2018 – Wed 6 Jun 2018", "Times are local to Asia/Taipei (UTC+08:00)",
                "Antti Peltomäki", "Wind Cluster Ålborg", "EU cluster · DK · Wind energy", "3 meetings",
                "Tuesday 5 June 2018", "Tuesday morning",
                "10:00–10:20 Table 1 林明哲", "中華民國全國工業總會", "TW · Smart manufacturing",
                "10:25–10:45 Free", "11:00–11:15 Pause", "11:15–11:35 Free",
                "11:40–12:00 Table 2 陳枝昌", "台灣區機械工業同業公會", "TW · Machinery",
                "Tuesday afternoon", "13:30–15:30 Free",
                "Wednesday 6 June 2018", "09:30–09:50 Free", "09:50–10:10 Table 3 –", "王美玲", "工業技術研究院",
                "10:10–11:10 Free")) {
            assertThat(text, containsString(expected));
        }
        assertTrue(text.indexOf("林明哲") < text.indexOf("陳枝昌") && text.indexOf("陳枝昌") < text.indexOf("王美玲"),
                "meetings in time order");
    }

    @Test
    void chineseParticipantsAgendaShowsEuropeanCounterpartsWithAccents() {
        long id = TestEvents.importFixture("solved-event.json");
        String text = ReadBack.pdfText(download(id, "participants/tw-01/agenda.pdf", "application/pdf"));
        for (String expected : List.of("林明哲", "中華民國全國工業總會", "Taiwanese association · TW · Smart manufacturing",
                "4 meetings", "10:00–10:20 Table 1 Antti Peltomäki", "13:30–13:50 Table 1 Marie Dubois", "CASTRA",
                "FR · ICT, Aerospace", "14:45–15:05 Table 1 Jiří Dvořák", "Moravskoslezský automobilový klastr",
                "10:10–10:30 Table 1 Joana Gonçalves", "PRODUTECH – Pólo das Tecnologias de Produção")) {
            assertThat(text, containsString(expected));
        }
    }

    @Test
    void fontsAreEmbeddedAsSubsetsSoFilesStaySmall() throws IOException {
        long id = TestEvents.importFixture("solved-event.json");
        byte[] pdf = download(id, "participants/tw-01/agenda.pdf", "application/pdf");
        Set<String> fonts = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName() + " is a subset");
                    fonts.add(font.getName().substring(7));
                }
            }
        }
        assertThat(fonts.toString(), containsString("DejaVuSans"));
        assertThat(fonts.toString(), containsString("DroidSansFallback"));
        long bundled = resourceSize("fonts/DejaVuSans.ttf") + resourceSize("fonts/DejaVuSans-Bold.ttf")
                + resourceSize("fonts/DroidSansFallbackFull.ttf");
        assertThat("whole fonts would weigh " + bundled + " bytes", (long) pdf.length, lessThan(bundled / 50));
    }

    @Test
    void everyPageSaysDraftUntilTheScheduleIsPublished() {
        long id = TestEvents.importFixture("solved-event.json");
        List<String> draft = ReadBack.pdfPages(download(id, "agendas.pdf", "application/pdf"));
        assertEquals(8, draft.size());
        for (String page : draft) {
            assertThat(page, containsString("DRAFT – not published yet"));
        }
        publish(id);
        List<String> published = ReadBack.pdfPages(download(id, "agendas.pdf", "application/pdf"));
        for (String page : published) {
            assertThat(page, not(containsString("DRAFT")));
            assertThat(page, containsString("Published schedule, version 1"));
        }
    }

    @Test
    void bulkPdfPutsEachParticipantOnOwnPageInTheChosenOrder() {
        long id = TestEvents.importFixture("solved-event.json");
        List<String> byId = ReadBack.pdfPages(download(id, "agendas.pdf?order=id", "application/pdf"));
        List<String> ids = List.of("eu-01", "eu-02", "eu-03", "eu-04", "tw-01", "tw-02", "tw-03", "tw-04");
        for (int i = 0; i < ids.size(); i++) {
            assertThat(byId.get(i), containsString("(" + ids.get(i) + ")"));
        }
        List<String> byName = ReadBack.pdfPages(download(id, "agendas.pdf?order=name", "application/pdf"));
        List<String> firstNames = List.of("Antti Peltomäki", "Jiří Dvořák", "Joana Gonçalves", "Marie Dubois");
        for (int i = 0; i < firstNames.size(); i++) {
            assertThat(byName.get(i), containsString("Agenda of " + firstNames.get(i)));
        }
        List<String> byGroup = ReadBack.pdfPages(download(id, "agendas.pdf?order=group", "application/pdf"));
        assertThat(byGroup.get(7), containsString("Agenda of 王美玲 (tw-03)"));
        assertThat(byId.get(7), containsString("張志豪"));
        assertThat(byId.get(7), containsString("0 meetings"));
    }

    @Test
    void unknownOrderOrFormatIsABadRequestProblem() {
        long id = TestEvents.importFixture("solved-event.json");
        given().get("/api/events/{id}/agendas.pdf?order=shoe-size", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("Unknown order \"shoe-size\"; use one of name, organisation, group, id."));
        given().get("/api/events/{id}/agendas.zip?formats=pdf,doc", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("Unknown format \"doc\"; use pdf, ics or both."));
    }

    @Test
    void calendarUsesTheEventZoneTablesAsLocationsAndStableUids() {
        long id = TestEvents.importFixture("solved-event.json");
        byte[] first = download(id, "participants/eu-02/agenda.ics", "text/calendar");
        Calendar calendar = ReadBack.calendar(first);

        VTimeZone zone = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
        assertEquals("Asia/Taipei", zone.getTimeZoneId().getValue());
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue(), startsWith("DRAFT"));

        Map<String, LocalDateTime> saved = savedMeetingsOf(id, "eu-02");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(saved.size(), events.size());
        Set<String> locations = new HashSet<>();
        for (VEvent event : events) {
            String uid = event.getUid().orElseThrow().getValue();
            assertTrue(saved.containsKey(uid), "unexpected UID " + uid);
            assertEquals(saved.get(uid), local(event, Property.DTSTART), uid);
            assertEquals(saved.get(uid).plusMinutes(20), local(event, Property.DTEND), uid);
            assertEquals("Asia/Taipei",
                    event.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.TZID).orElseThrow()
                            .getValue());
            assertEquals("TENTATIVE", event.getProperty(Property.STATUS).orElseThrow().getValue());
            assertThat(event.getSummary().getValue(), startsWith("DRAFT: Meeting with "));
            assertEquals("0", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
            locations.add(event.getLocation().getValue());
        }
        assertEquals(Set.of("Table 1", "Table 2", "Table 3 – Taiwan booth"), locations);
        assertEquals(uids(first), uids(download(id, "participants/eu-02/agenda.ics", "text/calendar")));
    }

    @Test
    void sequenceRisesWhenAPublicationMovesAMeeting() {
        long id = TestEvents.importFixture("solved-event.json");
        publish(id);
        byte[] before = download(id, "participants/eu-02/agenda.ics", "text/calendar");
        assertThat(new String(before, StandardCharsets.UTF_8), not(containsString("DRAFT")));
        String moved = "matchday-" + id + "-eu-02-tw-03@matchday";
        assertEquals(LocalDateTime.of(2018, 6, 6, 9, 50), eventByUid(before, moved).start());

        moveMeeting(id, "eu-02", "tw-03", LocalDateTime.of(2018, 6, 6, 10, 30));
        // Until it is published again, participants keep seeing the publication in force.
        assertEquals(LocalDateTime.of(2018, 6, 6, 9, 50),
                eventByUid(download(id, "participants/eu-02/agenda.ics", "text/calendar"), moved).start());

        publish(id);
        byte[] after = download(id, "participants/eu-02/agenda.ics", "text/calendar");
        assertEquals(uids(before), uids(after));
        CalendarEntry entry = eventByUid(after, moved);
        assertEquals(LocalDateTime.of(2018, 6, 6, 10, 30), entry.start());
        assertEquals("1", entry.sequence());
        assertEquals("CONFIRMED", entry.status());
        assertEquals("0", eventByUid(after, "matchday-" + id + "-eu-02-tw-01@matchday").sequence());
    }

    @Test
    void agendaCsvHasOneRowPerMeetingFreeStretchAndPause() {
        long id = TestEvents.importFixture("solved-event.json");
        byte[] csv = download(id, "participants/eu-02/agenda.csv", "text/csv");
        assertEquals(List.of("Status", "Date", "Start", "End", "Session", "Type", "Table", "Counterpart id",
                "Counterpart", "Organisation", "Country", "Sectors"), ReadBack.csvHeader(csv));
        List<CSVRecord> rows = ReadBack.csv(csv);
        List<CSVRecord> meetings = rows.stream().filter(r -> r.get("Type").equals("meeting")).toList();
        assertEquals(3, meetings.size());
        CSVRecord first = meetings.get(0);
        assertEquals("2018-06-05", first.get("Date"));
        assertEquals("10:00", first.get("Start"));
        assertEquals("10:20", first.get("End"));
        assertEquals("Table 1", first.get("Table"));
        assertEquals("tw-01", first.get("Counterpart id"));
        assertEquals("林明哲", first.get("Counterpart"));
        assertEquals("中華民國全國工業總會", first.get("Organisation"));
        assertEquals("TW", first.get("Country"));
        assertEquals("Table 3 – Taiwan booth", meetings.get(2).get("Table"));
        assertTrue(rows.stream().anyMatch(r -> r.get("Type").equals("pause") && r.get("Start").equals("11:00")));
        assertTrue(rows.stream().allMatch(r -> r.get("Status").equals("DRAFT")));
        publish(id);
        assertTrue(ReadBack.csv(download(id, "participants/eu-02/agenda.csv", "text/csv")).stream()
                .allMatch(r -> r.get("Status").equals("Published 1")));
    }

    @Test
    void zipHoldsOnePdfAndOneCalendarPerParticipant() throws IOException {
        long id = TestEvents.importFixture("solved-event.json");
        Map<String, byte[]> entries = unzip(download(id, "agendas.zip", "application/zip"));
        assertEquals(16, entries.size());
        for (String code : List.of("eu-01", "eu-02", "eu-03", "eu-04", "tw-01", "tw-02", "tw-03", "tw-04")) {
            assertThat(ReadBack.pdfText(entries.get(code + ".pdf")), containsString("(" + code + ")"));
            ReadBack.calendar(entries.get(code + ".ics"));
        }
        assertThat(ReadBack.pdfText(entries.get("tw-01.pdf")), containsString("中華民國全國工業總會"));
        Map<String, byte[]> calendars = unzip(download(id, "agendas.zip?formats=ics", "application/zip"));
        assertEquals(8, calendars.size());
        assertTrue(calendars.keySet().stream().allMatch(n -> n.endsWith(".ics")));
    }

    @Test
    void exportsOfWhatDoesNotExistAreNotFoundProblems() {
        long id = TestEvents.importFixture("solved-event.json");
        for (String format : List.of("pdf", "ics", "csv")) {
            given().get("/api/events/{id}/participants/nobody/agenda." + format, id)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("status", equalTo(404))
                    .body("detail", equalTo("There is no participant \"nobody\" in event " + id + "."));
            given().get("/api/events/424242/participants/eu-01/agenda." + format)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("detail", equalTo("There is no event 424242."));
        }
        for (String bulk : List.of("agendas.pdf", "agendas.zip")) {
            given().get("/api/events/424242/" + bulk)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("detail", equalTo("There is no event 424242."));
        }
    }

    @Test
    void exportsAreDocumentedWithTheirProblemAnswers() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/events/{eventId}/participants/{participantId}/agenda.pdf'.get.responses.'404'"
                        + ".content.'application/problem+json'.schema.'$ref'", equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/events/{eventId}/participants/{participantId}/agenda.ics'.get.responses",
                        hasKey("200"))
                .body("paths.'/api/events/{eventId}/agendas.zip'.get.responses", hasKey("400"))
                .body("paths.'/api/events/{eventId}/schedule.xlsx'.get.responses", hasKey("404"))
                .body("paths.'/api/events/{eventId}/statistics'.get.responses.'200'.content.'application/json'"
                        + ".schema.'$ref'", equalTo("#/components/schemas/ScheduleStatistics"));
    }

    private static byte[] download(long id, String path, String type) {
        return given().get("/api/events/" + id + "/" + path)
                .then().statusCode(200).contentType(containsString(type))
                .extract().asByteArray();
    }

    static void publish(long id) {
        given().post("/api/events/{id}/publication", id).then().statusCode(201);
    }

    /** The saved schedule of one participant, from the event's own export: UID -> local start. */
    private static Map<String, LocalDateTime> savedMeetingsOf(long id, String code) {
        JsonPath doc = given().get("/api/events/{id}/export", id).then().statusCode(200).extract().jsonPath();
        Map<String, LocalDateTime> meetings = new HashMap<>();
        List<Map<String, Object>> all = doc.getList("meetings");
        for (Map<String, Object> m : all) {
            @SuppressWarnings("unchecked")
            List<String> pair = (List<String>) m.get("participants");
            if (pair.contains(code)) {
                List<String> sorted = new ArrayList<>(pair);
                sorted.sort(null);
                meetings.put("matchday-" + id + "-" + sorted.get(0) + "-" + sorted.get(1) + "@matchday",
                        LocalDateTime.parse((String) m.get("start")));
            }
        }
        return meetings;
    }

    private static LocalDateTime local(VEvent event, String property) {
        Temporal value = ((DateProperty<?>) event.getProperty(property)
                .orElseThrow()).getDate();
        return ((ZonedDateTime) value).withZoneSameInstant(TAIPEI).toLocalDateTime();
    }

    private record CalendarEntry(LocalDateTime start, String sequence, String status) {
    }

    private static CalendarEntry eventByUid(byte[] ics, String uid) {
        for (VEvent event : ReadBack.calendar(ics).<VEvent>getComponents("VEVENT")) {
            if (event.getUid().orElseThrow().getValue().equals(uid)) {
                return new CalendarEntry(local(event, Property.DTSTART),
                        event.getProperty(Property.SEQUENCE).orElseThrow().getValue(),
                        event.getProperty(Property.STATUS).orElseThrow().getValue());
            }
        }
        throw new AssertionError("No event " + uid);
    }

    private static Set<String> uids(byte[] ics) {
        Set<String> uids = new TreeSet<>();
        for (VEvent event : ReadBack.calendar(ics).<VEvent>getComponents("VEVENT")) {
            uids.add(event.getUid().orElseThrow().getValue());
        }
        return uids;
    }

    /** Moves a pair's meeting in the stored schedule, as the coming manual-move API will. */
    private static void moveMeeting(long eventId, String a, String b, LocalDateTime start) {
        QuarkusTransaction.requiringNew().run(() -> {
            Meeting meeting = Meeting.<Meeting>find("event.id = ?1 and participantA.code = ?2 and participantB.code = ?3",
                    eventId, a, b).singleResult();
            meeting.start = start;
            meeting.end = start.plusMinutes(20);
        });
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

    private static long resourceSize(String name) throws IOException {
        try (InputStream in = AgendaExportResourceTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes().length;
        }
    }
}
