package org.matchday.event;

import org.matchday.rest.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled sample events import over HTTP and, read back through the export, hold what they promise. */
@QuarkusTest
class SampleEventsTest {

    private static final String TAIPEI = "sample:taipei-2018-cluster-matchmaking.json";
    private static final String BRUSSELS = "sample:brussels-2026-brokerage-two-days.json";
    private static final String EU_CLUSTER = "EU cluster";
    private static final String TAIWANESE = "Taiwanese association";

    /** Each sample is imported once for the whole class; every test only reads it. */
    private static final Map<String, Long> IMPORTED = new HashMap<>();

    private static long imported(String sample) {
        return IMPORTED.computeIfAbsent(sample, TestEvents::importFixture);
    }

    private static JsonPath export(String sample) {
        return given().get("/api/events/{id}/export", imported(sample))
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void taipeiImportsWithItsSizes() {
        given().get("/api/events/{id}", imported(TAIPEI))
                .then().statusCode(200)
                .body("timezone", equalTo("Asia/Taipei"))
                .body("sessions", equalTo(1))
                .body("tables", equalTo(17))
                .body("participants", equalTo(34))
                // 90 accepted pairs: one pinned at 13:30, the other 89 waiting for the solver
                .body("scheduledMeetings", equalTo(1))
                .body("unscheduledMeetings", equalTo(89));
    }

    @Test
    void taipeiHasSeventeenClustersFacingSeventeenTaiwaneseOrganisations() {
        List<Map<String, Object>> participants = export(TAIPEI).getList("participants");
        assertEquals(17, participants.stream().filter(p -> EU_CLUSTER.equals(p.get("group"))).count());
        assertEquals(17, participants.stream().filter(p -> TAIWANESE.equals(p.get("group"))).count());
        Map<String, String> organisationByName = participants.stream()
                .collect(Collectors.toMap(p -> (String) p.get("name"), p -> (String) p.get("organisation")));
        assertEquals("台灣區機械工業同業公會", organisationByName.get("陳枝昌"));
        assertEquals("中華民國全國工業總會", organisationByName.get("林明哲"));
        assertTrue(organisationByName.containsValue("台灣物聯網產業技術協會"));
        assertTrue(organisationByName.values().stream().anyMatch(o -> o.startsWith("CASTRA")));
    }

    @Test
    void everyTaiwaneseOrganisationHoldsItsOwnTable() {
        List<Map<String, Object>> participants = export(TAIPEI).getList("participants");
        Set<String> tables = new HashSet<>();
        for (Map<String, Object> p : participants) {
            if (TAIWANESE.equals(p.get("group"))) {
                assertNotNull(p.get("table"), p.get("id") + " has no fixed table");
                assertTrue(tables.add((String) p.get("table")), "table " + p.get("table") + " is held twice");
            } else {
                assertNull(p.get("table"), p.get("id") + " is a visitor, not a host");
            }
        }
        assertEquals(17, tables.size());
    }

    @Test
    void taipeiWishesAskForMoreThanSeventyMeetingsAndMoreThanFourPerCluster() {
        JsonPath doc = export(TAIPEI);
        Map<String, Set<String>> partners = acceptedPartners(doc.getList("requests"));
        long pairs = partners.values().stream().mapToLong(Set::size).sum() / 2;
        assertTrue(pairs > 70, "distinct accepted pairs: " + pairs);
        List<Map<String, Object>> participants = doc.getList("participants");
        for (Map<String, Object> p : participants) {
            if (EU_CLUSTER.equals(p.get("group"))) {
                int counterparts = partners.getOrDefault((String) p.get("id"), Set.of()).size();
                assertTrue(counterparts > 4, p.get("organisation") + " has " + counterparts + " counterparts");
            }
        }
        List<Map<String, Object>> declined = doc.getList("requests.findAll { it.status == 'DECLINED' }");
        assertEquals(2, declined.size());
    }

    @Test
    void everyTaipeiParticipantHasASlotForEachOfItsCounterparts() {
        JsonPath doc = export(TAIPEI);
        List<Map<String, String>> slots = given().get("/api/events/{id}/slots", imported(TAIPEI))
                .then().statusCode(200).body("$", hasSize(9))
                .body("[4].start", equalTo("2018-06-05T15:30"))
                .extract().jsonPath().getList("$");
        Map<String, Set<String>> partners = acceptedPartners(doc.getList("requests"));
        List<Map<String, Object>> participants = doc.getList("participants");
        boolean somePartial = false;
        for (Map<String, Object> p : participants) {
            @SuppressWarnings("unchecked")
            List<Map<String, String>> windows = (List<Map<String, String>>) p.get("availability");
            somePartial |= windows != null;
            long available = slots.stream().filter(s -> covers(windows, s)).count();
            int counterparts = partners.getOrDefault((String) p.get("id"), Set.of()).size();
            assertTrue(counterparts <= available, p.get("id") + " has " + counterparts + " counterparts for "
                    + available + " slots");
        }
        assertTrue(somePartial, "someone arrives late or leaves early");
    }

    @Test
    void taipeiKeepsItsPinnedMeetingAtTheHostsTable() {
        given().get("/api/events/{id}/export", imported(TAIPEI))
                .then().statusCode(200)
                .body("meetings", hasSize(1))
                .body("meetings[0].participants", equalTo(List.of("eu-01", "tw-sipo")))
                .body("meetings[0].start", equalTo("2018-06-05T13:30"))
                .body("meetings[0].table", equalTo("T13"))
                .body("meetings[0].pinned", equalTo(true))
                .body("participants.find { it.id == 'tw-sipo' }.table", equalTo("T13"))
                .body("unscheduled", hasSize(89));
    }

    @Test
    void brusselsIsATwoDayBrokerageOfAboutThreeHundredParticipants() {
        JsonPath doc = export(BRUSSELS);
        assertEquals("Europe/Brussels", doc.getString("timezone"));
        List<String> dates = doc.getList("sessions.date");
        assertEquals(2, new HashSet<>(dates).size(), dates.toString());
        int participants = doc.getList("participants").size();
        assertTrue(participants >= 280 && participants <= 320, "participants: " + participants);
        int requests = doc.getList("requests").size();
        assertTrue(requests >= 1400 && requests <= 1600, "requests: " + requests);
        assertTrue(new HashSet<>(doc.<String>getList("participants.group")).size() >= 3);
        assertTrue(doc.getList("meetings").isEmpty());
        assertEquals(doc.getList("requests.findAll { it.status == 'ACCEPTED' }.collect { [it.from, it.to].sort() }")
                .stream().distinct().count(), doc.getList("unscheduled").size());
    }

    @Test
    void brusselsHasPartialAttendanceAndBoothHolders() {
        JsonPath doc = export(BRUSSELS);
        List<Map<String, Object>> participants = doc.getList("participants");
        long partial = participants.stream().filter(p -> p.get("availability") != null).count();
        assertTrue(partial > 10 && partial < participants.size() / 2, "partial attendance: " + partial);
        Set<String> tables = new HashSet<>(doc.getList("tables.id"));
        List<String> booths = participants.stream().map(p -> (String) p.get("table")).filter(t -> t != null)
                .toList();
        assertFalse(booths.isEmpty());
        assertEquals(booths.size(), new HashSet<>(booths).size(), "one booth holder per table");
        assertTrue(tables.containsAll(booths));
        assertTrue(booths.size() < tables.size(), "tables left for visitors");
    }

    @Test
    void brusselsSpeaksEuropeanLanguagesAndTraditionalChinese() {
        JsonPath doc = export(BRUSSELS);
        List<String> names = doc.getList("participants.name");
        List<String> organisations = doc.getList("participants.organisation");
        assertTrue(names.stream().anyMatch(n -> n.chars().anyMatch(c -> "éöåłçøü".indexOf(c) >= 0)));
        assertTrue(organisations.stream().anyMatch(o -> o.endsWith("股份有限公司")));
    }

    private static Map<String, Set<String>> acceptedPartners(List<Map<String, Object>> requests) {
        Map<String, Set<String>> partners = new HashMap<>();
        for (Map<String, Object> r : requests) {
            if ("ACCEPTED".equals(r.get("status"))) {
                String from = (String) r.get("from");
                String to = (String) r.get("to");
                partners.computeIfAbsent(from, k -> new HashSet<>()).add(to);
                partners.computeIfAbsent(to, k -> new HashSet<>()).add(from);
            }
        }
        return partners;
    }

    /** A slot counts only when it lies entirely inside one of the windows; no windows means every slot. */
    private static boolean covers(List<Map<String, String>> windows, Map<String, String> slot) {
        if (windows == null) {
            return true;
        }
        String start = slot.get("start").substring(11);
        String end = slot.get("end").substring(11);
        return windows.stream().anyMatch(w -> w.get("session").equals(slot.get("session"))
                && w.get("from").compareTo(start) <= 0 && end.compareTo(w.get("to")) <= 0);
    }
}
