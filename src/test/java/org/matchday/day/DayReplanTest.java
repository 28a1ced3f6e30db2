package org.matchday.day;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.ext.mail.MailMessage;
import jakarta.inject.Inject;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.matchday.config.SettableClock;
import org.matchday.export.ReadBack;
import org.matchday.format.EventDocument;
import org.matchday.format.ParticipantDoc;
import org.matchday.rest.StoredTimetable;
import org.matchday.rest.TestEvents;
import org.matchday.security.AccessFixture;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matchday.security.AccessFixture.as;

/**
 * The day of the published Taipei sample, over HTTP: some participants check in, two are marked as no-shows, the desk
 * moves one meeting by hand, a wish between two present participants whose partners did not come is added, and the
 * organiser re-plans from 15:30. What each participant held before is worked out here from the meetings API, and the
 * re-plan is judged against it: what it keeps, what it fills, who is mailed, and what the calendar feeds say.
 */
@QuarkusTest
class DayReplanTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FROM = "2018-06-05T15:30";
    /** The sample's participants whose availability is cut short: left out of the picks so that any slot fits them. */
    private static final Set<String> PART_TIME = Set.of("eu-05", "eu-13", "tw-seafood");

    @Inject
    SettableClock clock;

    @Inject
    MockMailbox mailbox;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aReplanFromMidAfternoonKeepsWhatStandsFillsWhatNoShowsFreedAndTellsOnlyThoseAffected() throws Exception {
        String domain = "replan" + System.nanoTime() + ".example.org";
        String document = withAddresses(TestEvents.document("sample:" + DayFixture.SAMPLE), domain);
        EventDocument given = StoredTimetable.read(document);
        long n = System.nanoTime();
        String organiser = AccessFixture.account("replan-org-" + n, "ORGANISER");
        String staff = AccessFixture.account("replan-staff-" + n, "STAFF");
        long eventId = as(organiser).contentType(ContentType.JSON).body(document).post("/api/events/import")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as(organiser).contentType(ContentType.JSON).body(Map.of("username", staff))
                .post("/api/events/{e}/members", eventId).then().statusCode(201);
        as(organiser).post("/api/events/{e}/solve?seconds=5", eventId).then().statusCode(202);
        awaitSolved(organiser, eventId);
        as(organiser).post("/api/events/{e}/publication", eventId).then().statusCode(201);
        Map<Set<String>, Placed> published = placed(as(organiser).get("/api/events/{e}/meetings", eventId)
                .then().statusCode(200).extract().jsonPath().getList("$"));
        Set<String> withMeetings = new TreeSet<>();
        published.keySet().forEach(withMeetings::addAll);
        // The first publication mails everyone with a meeting; the re-plan's mails are counted on top of it.
        await().atMost(Duration.ofSeconds(60)).until(() -> withMeetings.stream()
                .allMatch(p -> !mailsTo(p, domain).isEmpty()));

        Pick pick = pick(published);
        assertNotNull(pick, "the solved sample has no two no-shows freeing a host and a visitor in one slot");
        List<String> later = DayFixture.SLOTS.stream().map(t -> "2018-06-05T" + t).filter(s -> s.compareTo(FROM) >= 0)
                .toList();

        clock.set(DayFixture.at("13:20"));
        Set<String> checkedIn = new TreeSet<>(List.of(pick.host, pick.visitor, "eu-01", "eu-02", "tw-aero",
                "tw-cnfi"));
        for (String p : checkedIn) {
            as(staff).post("/api/events/{e}/participants/{p}/check-in", eventId, p).then().statusCode(200);
        }
        clock.set(DayFixture.at("14:00"));
        Set<String> noShows = Set.of(pick.noShowVisitor, pick.noShowHost);
        for (String p : noShows) {
            as(staff).post("/api/events/{e}/participants/{p}/no-show", eventId, p).then().statusCode(200);
        }
        Map<Set<String>, Placed> standing = new HashMap<>(published);
        standing.keySet().removeIf(pair -> pair.stream().anyMatch(noShows::contains));

        // The desk moves one meeting of two others to a later slot both are free in: the re-plan publishes it.
        Move move = move(standing, later, pick);
        assertNotNull(move, "no meeting could be moved into a freed slot");
        as(organiser).contentType(ContentType.JSON).body(Map.of("start", move.to, "table", move.was.table()))
                .put("/api/events/{e}/meetings/{a}/{b}", eventId, move.pair.get(0), move.pair.get(1))
                .then().statusCode(200);
        for (String p : move.pair) {
            if (checkedIn.add(p)) {
                as(staff).post("/api/events/{e}/participants/{p}/check-in", eventId, p).then().statusCode(200);
            }
        }
        // A wish still waiting between the two whose partners did not come.
        as(organiser).contentType(ContentType.JSON).body(Map.of("id", "r-day", "from", pick.visitor, "to", pick.host,
                "priority", 5, "status", "ACCEPTED")).post("/api/events/{e}/requests", eventId).then().statusCode(201);
        // And one with a participant who is due and has not checked in: it waits until that participant turns up.
        List<String> late = lateWish(standing, checkedIn, noShows, Set.of(pick.slot, move.to));
        assertNotNull(late, "no late participant with a free slot in common with a host");
        as(organiser).contentType(ContentType.JSON).body(Map.of("id", "r-late", "from", late.get(0), "to",
                late.get(1), "priority", 5, "status", "ACCEPTED")).post("/api/events/{e}/requests", eventId)
                .then().statusCode(201);
        Map<String, Integer> mailsBefore = new HashMap<>();
        for (ParticipantDoc p : given.participants()) {
            mailsBefore.put(p.id(), mailsTo(p.id(), domain).size());
        }

        as(organiser).post("/api/events/{e}/solve?seconds=5&from={from}", eventId, FROM).then().statusCode(202);
        awaitSolved(organiser, eventId);

        as(organiser).get("/api/events/{e}/publication", eventId).then().statusCode(200).body("number", equalTo(2));
        as(organiser).get("/api/events/{e}/changes", eventId).then().statusCode(200).body("meetings", empty());
        Map<Set<String>, Placed> after = placed(as(organiser).get("/api/events/{e}/meetings", eventId)
                .then().statusCode(200).extract().jsonPath().getList("$"));

        // Every meeting before from, and every present pair's published meeting, stands where it was.
        for (Map.Entry<Set<String>, Placed> kept : standing.entrySet()) {
            Placed expected = kept.getKey().containsAll(move.pair) ? new Placed(move.to, move.was.table())
                    : kept.getValue();
            assertEquals(expected, after.get(kept.getKey()), "the meeting of " + kept.getKey());
        }
        for (Set<String> pair : after.keySet()) {
            assertTrue(pair.stream().noneMatch(noShows::contains), "a no-show got a meeting: " + pair);
        }
        // New meetings only from from on, only between present participants, one of them where a no-show's was.
        Set<String> due = new HashSet<>();
        published.forEach((pair, placed) -> {
            if (placed.start().compareTo(FROM) < 0) {
                due.addAll(pair);
            }
        });
        Set<Placed> freed = new HashSet<>();
        published.forEach((pair, placed) -> {
            if (placed.start().compareTo(FROM) >= 0 && pair.stream().anyMatch(noShows::contains)) {
                freed.add(placed);
            }
        });
        freed.remove(new Placed(move.to, move.was.table()));
        List<Set<String>> added = after.keySet().stream().filter(pair -> !published.containsKey(pair)).toList();
        assertTrue(after.containsKey(Set.of(pick.host, pick.visitor)), "the waiting wish was not placed: " + after);
        assertFalse(after.containsKey(Set.copyOf(late)), "a late participant got a new meeting: " + late);
        for (Set<String> pair : added) {
            assertTrue(after.get(pair).start().compareTo(FROM) >= 0, pair + " placed before " + FROM);
            for (String p : pair) {
                assertTrue(checkedIn.contains(p) || !due.contains(p), p + " is due and not checked in, yet met");
            }
        }
        assertTrue(added.stream().anyMatch(pair -> freed.contains(after.get(pair))),
                "no new meeting in a slot a no-show freed: added " + added + " at "
                        + added.stream().map(after::get).toList() + ", freed " + freed);
        StoredTimetable.assertValidWithStoredRequests(eventId, given);

        // Exactly the participants whose agenda changed get one change mail, in their language.
        Set<String> affected = new TreeSet<>();
        Set<Set<String>> pairs = new HashSet<>(published.keySet());
        pairs.addAll(after.keySet());
        for (Set<String> pair : pairs) {
            if (!Objects.equals(published.get(pair), after.get(pair))) {
                affected.addAll(pair);
            }
        }
        assertTrue(affected.containsAll(Set.of(pick.host, pick.visitor, pick.noShowHost, pick.noShowVisitor)));
        assertTrue(affected.containsAll(move.pair));
        await().atMost(Duration.ofSeconds(60)).until(() -> affected.stream()
                .allMatch(p -> mailsTo(p, domain).size() > mailsBefore.get(p)));
        Thread.sleep(1500);
        String event = given.name();
        for (ParticipantDoc p : given.participants()) {
            List<MailMessage> mails = mailsTo(p.id(), domain);
            List<MailMessage> fresh = mails.subList(mailsBefore.get(p.id()), mails.size());
            if (!affected.contains(p.id())) {
                assertEquals(List.of(), fresh.stream().map(MailMessage::getSubject).toList(), p.id() + " was mailed");
                continue;
            }
            assertEquals(1, fresh.size(), p.id() + " got " + fresh.size() + " mails");
            String subject = p.id().startsWith("tw-") ? event + "：您的會談時間表已變更"
                    : event + ": your timetable has changed";
            assertEquals(subject, fresh.get(0).getSubject(), p.id());
        }

        // The calendar feeds: the moved meeting under its UID with a higher SEQUENCE, the cancelled one CANCELLED.
        String mover = move.pair.get(0);
        VEvent moved = only(feed(organiser, eventId, mover), move.pair);
        assertEquals("1", moved.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertTrue(moved.getProperty(Property.DTSTART).orElseThrow().getValue()
                .startsWith(move.to.replace("-", "").replace(":", "")), moved.toString());
        assertEquals("CONFIRMED", moved.getProperty(Property.STATUS).orElseThrow().getValue());
        Calendar hostFeed = ReadBack.calendar(AccessFixture.anonymous().get("/p/{token}/agenda.ics",
                AccessFixture.link(organiser, eventId, pick.host)).then().statusCode(200).extract().asByteArray());
        VEvent cancelled = only(hostFeed, List.of(pick.host, pick.noShowVisitor));
        assertEquals("CANCELLED", cancelled.getProperty(Property.STATUS).orElseThrow().getValue());
        assertEquals("1", cancelled.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        VEvent filled = only(hostFeed, List.of(pick.host, pick.visitor));
        assertEquals("CONFIRMED", filled.getProperty(Property.STATUS).orElseThrow().getValue());
        assertEquals("0", filled.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }

    @Test
    void aBadFromIsAProblemNamingItAndNothingStarts() {
        String organiser = AccessFixture.account("replan-bad-" + System.nanoTime(), "ORGANISER");
        long draft = as(organiser).contentType(ContentType.JSON)
                .body(TestEvents.document("sample:" + DayFixture.SAMPLE)).post("/api/events/import")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        for (String bad : List.of("15:30", "2018-06-05 15:30", "2018-06-05T18:00", "2018-06-04T15:30")) {
            as(organiser).post("/api/events/{e}/solve?from={from}", draft, bad).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].path", equalTo("from"))
                    .body("code", equalTo("param.from"));
        }
        // A good moment, but the imported event has no timetable yet.
        as(organiser).post("/api/events/{e}/solve?from={from}", draft, FROM).then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].path", equalTo("from"))
                .body("code", equalTo("phase.wrong"));
        as(organiser).get("/api/events/{e}/solve", draft).then().statusCode(200).body("status",
                equalTo("NOT_SOLVING"));
    }

    /** Where a pair meets: slot start and table. */
    record Placed(String start, String table) {
    }

    /**
     * Two no-shows and the two they leave free in one slot from {@link #FROM} on: a host whose visitor does not come
     * and a visitor whose host does not come, who have no meeting together yet.
     */
    record Pick(String slot, String host, String noShowVisitor, String visitor, String noShowHost) {
    }

    /** A meeting of two present participants moved by hand from where it was published to {@code to}. */
    record Move(List<String> pair, Placed was, String to) {
    }

    private static Pick pick(Map<Set<String>, Placed> published) {
        Pick fallback = null;
        for (Map.Entry<Set<String>, Placed> first : published.entrySet()) {
            String slot = first.getValue().start();
            if (slot.compareTo(FROM) < 0) {
                continue;
            }
            String host = tw(first.getKey());
            String noShowVisitor = other(first.getKey(), host);
            for (Map.Entry<Set<String>, Placed> second : published.entrySet()) {
                if (second == first || !second.getValue().start().equals(slot)) {
                    continue;
                }
                String noShowHost = tw(second.getKey());
                String visitor = other(second.getKey(), noShowHost);
                Set<String> four = Set.of(host, noShowVisitor, visitor, noShowHost);
                if (host == null || noShowHost == null || !noShowVisitor.startsWith("eu-")
                        || !visitor.startsWith("eu-") || four.stream().anyMatch(PART_TIME::contains)
                        || published.containsKey(Set.of(host, visitor))) {
                    continue;
                }
                Pick pick = new Pick(slot, host, noShowVisitor, visitor, noShowHost);
                // Best when the freed slot is the only later one both are free in: the new meeting must take it.
                Set<String> both = freeLater(published, host, Set.of(noShowVisitor, noShowHost));
                both.retainAll(freeLater(published, visitor, Set.of(noShowVisitor, noShowHost)));
                if (both.equals(Set.of(slot))) {
                    return pick;
                }
                fallback = fallback == null ? pick : fallback;
            }
        }
        return fallback;
    }

    /** The later slots in which the participant has no meeting once the no-shows' meetings are gone. */
    private static Set<String> freeLater(Map<Set<String>, Placed> meetings, String participant, Set<String> noShows) {
        Set<String> free = new TreeSet<>();
        DayFixture.SLOTS.stream().map(t -> "2018-06-05T" + t).filter(s -> s.compareTo(FROM) >= 0).forEach(free::add);
        meetings.forEach((pair, placed) -> {
            if (pair.contains(participant) && pair.stream().noneMatch(noShows::contains)) {
                free.remove(placed.start());
            }
        });
        return free;
    }

    /** A later meeting of a host and a visitor outside the pick, moved to a later slot both are free in. */
    private static Move move(Map<Set<String>, Placed> standing, List<String> later, Pick pick) {
        Set<String> picked = Set.of(pick.host, pick.visitor, pick.noShowHost, pick.noShowVisitor);
        for (Map.Entry<Set<String>, Placed> m : standing.entrySet()) {
            String host = tw(m.getKey());
            if (host == null || m.getValue().start().compareTo(FROM) < 0
                    || m.getKey().stream().anyMatch(p -> picked.contains(p) || PART_TIME.contains(p))) {
                continue;
            }
            String visitor = other(m.getKey(), host);
            Set<String> both = freeLater(standing, host, Set.of());
            both.retainAll(freeLater(standing, visitor, Set.of()));
            both.remove(pick.slot);
            for (String to : later) {
                if (both.contains(to)) {
                    return new Move(List.of(host, visitor), m.getValue(), to);
                }
            }
        }
        return null;
    }

    /**
     * A visitor who is due (a meeting before {@link #FROM}) and not checked in, and a present host it has no meeting
     * with, both free in a later slot other than {@code taken}.
     */
    private static List<String> lateWish(Map<Set<String>, Placed> standing, Set<String> checkedIn,
            Set<String> noShows, Set<String> taken) {
        Set<String> due = new TreeSet<>();
        Set<String> hosts = new TreeSet<>();
        standing.forEach((pair, placed) -> {
            if (placed.start().compareTo(FROM) < 0) {
                due.addAll(pair);
            }
            pair.stream().filter(p -> p.startsWith("tw-")).forEach(hosts::add);
        });
        for (String visitor : due) {
            if (!visitor.startsWith("eu-") || checkedIn.contains(visitor) || PART_TIME.contains(visitor)) {
                continue;
            }
            for (String host : hosts) {
                if (PART_TIME.contains(host) || noShows.contains(host) || standing.containsKey(Set.of(visitor, host))) {
                    continue;
                }
                Set<String> both = freeLater(standing, visitor, Set.of());
                both.retainAll(freeLater(standing, host, Set.of()));
                both.removeAll(taken);
                if (!both.isEmpty()) {
                    return List.of(visitor, host);
                }
            }
        }
        return null;
    }

    private static String tw(Set<String> pair) {
        List<String> hosts = pair.stream().filter(p -> p.startsWith("tw-")).toList();
        return hosts.size() == 1 ? hosts.get(0) : null;
    }

    private static String other(Set<String> pair, String one) {
        return pair.stream().filter(p -> !p.equals(one)).findFirst().orElseThrow();
    }

    private static Map<Set<String>, Placed> placed(List<Map<String, Object>> meetings) {
        Map<Set<String>, Placed> placed = new HashMap<>();
        for (Map<String, Object> m : meetings) {
            if (m.get("start") != null) {
                List<?> pair = (List<?>) m.get("participants");
                placed.put(Set.of((String) pair.get(0), (String) pair.get(1)),
                        new Placed((String) m.get("start"), (String) m.get("table")));
            }
        }
        return placed;
    }

    private static void awaitSolved(String organiser, long eventId) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> "NOT_SOLVING".equals(as(organiser).get("/api/events/{e}/solve", eventId)
                        .jsonPath().getString("status")));
        as(organiser).get("/api/events/{e}/solve", eventId).then().body("error", equalTo(null));
    }

    private static Calendar feed(String organiser, long eventId, String participant) {
        return ReadBack.calendar(as(organiser).get("/api/events/{e}/participants/{p}/agenda.ics", eventId,
                participant).then().statusCode(200).extract().asByteArray());
    }

    /** The one VEVENT of the pair's meeting. */
    private static VEvent only(Calendar calendar, List<String> pair) {
        List<VEvent> events = new ArrayList<>();
        for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
            String uid = event.getProperty(Property.UID).orElseThrow().getValue();
            if (pair.stream().allMatch(p -> uid.contains("-" + p + "-") || uid.contains("-" + p + "@"))) {
                events.add(event);
            }
        }
        assertEquals(1, events.size(), "VEVENTs of " + pair + ": " + events);
        return events.get(0);
    }

    private List<MailMessage> mailsTo(String participant, String domain) {
        return mailbox.getMailMessagesSentTo(participant + "@" + domain);
    }

    /** The sample with an address for everyone, and Taiwanese participants reading Traditional Chinese. */
    private static String withAddresses(String document, String domain) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(document);
        for (var node : doc.withArray("participants")) {
            ObjectNode participant = (ObjectNode) node;
            String id = participant.get("id").asText();
            participant.put("email", id + "@" + domain);
            ArrayNode languages = participant.putArray("languages");
            languages.add(id.startsWith("tw-") ? "zh-TW" : "en");
        }
        assertFalse(doc.withArray("participants").isEmpty());
        return doc.toString();
    }
}
