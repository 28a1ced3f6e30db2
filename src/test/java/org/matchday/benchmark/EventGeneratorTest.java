package org.matchday.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.matchday.benchmark.EventGenerator.Preset;
import org.matchday.domain.RequestStatus;
import org.matchday.domain.TimeRange;
import org.matchday.domain.Timeslot;
import org.matchday.domain.Timeslots;
import org.matchday.format.EventDocument;
import org.matchday.format.EventDocumentValidator;
import org.matchday.format.ParticipantDoc;
import org.matchday.format.RequestDoc;
import org.matchday.format.SessionDoc;
import org.matchday.format.TextFormats;
import org.matchday.solver.ScheduleFeasibilityChecker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator is deterministic, its presets are valid documents of the advertised shape, and so are the samples. */
class EventGeneratorTest {

    private static final Map<Preset, EventDocument> GENERATED = new EnumMap<>(Preset.class);
    private static ValidatorFactory validation;
    private static EventDocumentValidator validator;

    @BeforeAll
    static void generateOnce() {
        for (Preset preset : Preset.values()) {
            GENERATED.put(preset, EventGenerator.generate(preset.spec()));
        }
        // Outside Quarkus: parameter interpolation needs no expression language.
        validation = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        validator = new EventDocumentValidator(validation.getValidator());
    }

    @AfterAll
    static void close() {
        validation.close();
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void sameSeedGivesTheSameJson(Preset preset) {
        assertEquals(EventGenerator.toJson(GENERATED.get(preset)),
                EventGenerator.toJson(EventGenerator.generate(preset.spec())));
    }

    @Test
    void anotherSeedGivesAnotherEvent() {
        EventGenerator.Spec spec = Preset.BROKERAGE_TWO_DAYS.spec();
        assertNotEquals(EventGenerator.toJson(GENERATED.get(Preset.BROKERAGE_TWO_DAYS)),
                EventGenerator.toJson(EventGenerator.generate(spec.withSeed(spec.seed() + 1))));
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyPresetPassesTheImportValidator(Preset preset) {
        assertEquals(List.of(), validator.validate(GENERATED.get(preset)));
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void wishesAreOnesAnOrganiserWouldAccept(Preset preset) {
        EventDocument doc = GENERATED.get(preset);
        Map<String, ParticipantDoc> byId = doc.participants().stream()
                .collect(Collectors.toMap(ParticipantDoc::id, Function.identity()));
        Set<String> ordered = new HashSet<>();
        Map<Integer, Integer> priorities = new HashMap<>();
        Map<RequestStatus, Integer> statuses = new EnumMap<>(RequestStatus.class);
        for (RequestDoc r : doc.requests()) {
            assertNotEquals(r.from(), r.to(), r.id());
            assertTrue(ordered.add(r.from() + ">" + r.to()), "second request " + r.id() + " on the same ordered pair");
            assertFalse(byId.get(r.from()).table() != null && byId.get(r.to()).table() != null,
                    r.id() + " joins two fixed tables");
            priorities.merge(r.priority(), 1, Integer::sum);
            statuses.merge(r.status(), 1, Integer::sum);
        }
        int total = doc.requests().size();
        assertTrue(statuses.get(RequestStatus.ACCEPTED) > 0.9 * total, statuses.toString());
        assertTrue(statuses.get(RequestStatus.DECLINED) > 0, statuses.toString());
        assertTrue(statuses.get(RequestStatus.PENDING) > 0, statuses.toString());
        assertEquals(Set.of(1, 2, 3, 4, 5), priorities.keySet());
        int mostCommon = priorities.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertEquals(3, mostCommon, priorities.toString());
        long mutual = doc.requests().stream().filter(r -> ordered.contains(r.to() + ">" + r.from())).count();
        assertTrue(mutual > 0.1 * total, "mutual requests: " + mutual);
    }

    @Test
    void brokerageTwoDaysHasTheAdvertisedShape() {
        EventDocument doc = GENERATED.get(Preset.BROKERAGE_TWO_DAYS);
        assertEquals(2, dates(doc).size());
        assertEquals(300, doc.participants().size());
        assertEquals(1500, doc.requests().size());
        assertEquals(Set.of("Company", "Research", "Investor", "Cluster"), groups(doc));
        assertTrue(doc.participants().stream().anyMatch(p -> p.availability() != null));
        assertTrue(doc.participants().stream().anyMatch(p -> p.maxMeetings() != null));
        assertTrue(doc.requests().stream().anyMatch(r -> r.sessions() != null));
        assertBoothTablesAreASubset(doc);
        // Zipf popularity: the most wished-for participant is asked far more often than the average one.
        Map<String, Long> received = doc.requests().stream()
                .collect(Collectors.groupingBy(RequestDoc::to, Collectors.counting()));
        long most = received.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertTrue(most > 4 * doc.requests().size() / doc.participants().size(), "most received: " + most);
    }

    @Test
    void largeThreeDaysHasTheAdvertisedShape() {
        EventDocument doc = GENERATED.get(Preset.LARGE_THREE_DAYS);
        assertEquals(3, dates(doc).size());
        assertEquals(2000, doc.participants().size());
        assertEquals(11000, doc.requests().size());
        assertEquals(300, doc.tables().size());
        assertBoothTablesAreASubset(doc);
    }

    @Test
    void hugeThreeDaysHasTheScaleOfIssue24() {
        EventDocument doc = GENERATED.get(Preset.HUGE_THREE_DAYS);
        assertEquals(3, dates(doc).size());
        assertEquals(5000, doc.participants().size());
        assertEquals(30000, doc.requests().size());
        assertEquals(750, doc.tables().size());
        assertBoothTablesAreASubset(doc);
    }

    @Test
    void ampleLeavesRoomForEveryAcceptedWish() {
        EventDocument doc = GENERATED.get(Preset.AMPLE);
        int slots = slots(doc).size();
        Map<String, Set<String>> partners = acceptedPartners(doc);
        for (ParticipantDoc p : doc.participants()) {
            assertNull(p.availability(), p.id());
            assertNull(p.maxMeetings(), p.id());
            // Vizing: a timetable exists when nobody has more partners than the slots minus one.
            assertTrue(partners.getOrDefault(p.id(), Set.of()).size() <= slots - 1, p.id());
        }
        assertTrue(doc.requests().stream().allMatch(r -> r.sessions() == null));
        long booths = doc.participants().stream().filter(p -> p.table() != null).count();
        long others = doc.participants().size() - booths;
        assertTrue(doc.tables().size() >= booths + (others + 1) / 2, "a table for every simultaneous meeting");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void forumsHaveTheShapeOfTheRealOnes(long seed) {
        EventDocument doc = EventGenerator.forum(seed);
        assertEquals(List.of(), validator.validate(doc));
        assertEquals(EventGenerator.toJson(doc), EventGenerator.toJson(EventGenerator.forum(seed)));
        assertEquals(1, dates(doc).size());
        assertEquals(List.of("am", "pm"), doc.sessions().stream().map(SessionDoc::id).toList());
        assertTrue(doc.sessions().stream().allMatch(s -> s.meetingMinutes() == 15), "15-minute slots");
        int participants = doc.participants().size();
        assertTrue(participants >= 40 && participants <= 80, participants + " participants");
        int meetings = acceptedPairs(doc).size();
        assertTrue(meetings >= 120 && meetings <= 300, meetings + " meetings");
        assertEquals(Set.of("am", "pm"), doc.requests().stream().filter(r -> r.sessions() != null)
                .flatMap(r -> r.sessions().stream()).collect(Collectors.toSet()), "restricted to each session");
        assertTrue(doc.requests().stream().filter(r -> r.sessions() != null).count() < meetings / 3);
        // Forbidden slots: a window that stops short inside a session, then another window in the same session.
        assertTrue(doc.participants().stream().anyMatch(p -> p.availability() != null && p.availability().stream()
                .collect(Collectors.groupingBy(w -> w.session(), Collectors.counting())).values().stream()
                .anyMatch(n -> n > 1)), "someone has a forbidden slot");
        long pinned = doc.meetings().stream().filter(m -> m.isPinned()).count();
        assertTrue(pinned >= 2 && pinned <= 5, pinned + " pinned");
        assertEquals(pinned, doc.meetings().size(), "only pinned meetings are placed");
        assertTrue(2 * doc.tables().size() >= participants, "a table for every two participants");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyMeetingOfAForumFits(long seed) {
        EventDocument timetable = EventGenerator.forumTimetable(seed);
        EventDocument forum = EventGenerator.forum(seed);
        assertEquals(forum.requests(), timetable.requests());
        assertEquals(acceptedPairs(forum).size(), timetable.meetings().size(), "every meeting placed");
        assertEquals(List.of(), ScheduleFeasibilityChecker.violations(forum, timetable));
        Set<String> placed = timetable.meetings().stream().map(m -> m.participants() + "@" + m.start())
                .collect(Collectors.toSet());
        assertTrue(forum.meetings().stream().allMatch(m -> placed.contains(m.participants() + "@" + m.start())),
                "pinned where the timetable has them");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void denseAfternoonsWishForMoreThanTheSlotsHold(long seed) {
        EventDocument doc = EventGenerator.dense(seed);
        assertEquals(List.of(), validator.validate(doc));
        assertEquals(1, doc.sessions().size());
        int participants = doc.participants().size();
        assertTrue(participants >= 100 && participants <= 150, participants + " participants");
        int slots = slots(doc).size();
        // Each participant meets at most once a slot: more pairs than that are wished for.
        int pairs = acceptedPairs(doc).size();
        assertTrue(pairs > participants * slots / 2, pairs + " pairs for " + participants + " x " + slots);
        long overbooked = acceptedPartners(doc).values().stream().filter(p -> p.size() > slots).count();
        assertTrue(overbooked > participants / 2, overbooked + " participants wish for more partners than slots");
    }

    @ParameterizedTest
    @ValueSource(strings = {"taipei-2018-cluster-matchmaking.json", "brussels-2026-brokerage-two-days.json"})
    void bundledSamplesAreInTheWritersForm(String sample) throws IOException {
        String text = sample(sample);
        EventDocument doc = new ObjectMapper().readValue(text, EventDocument.class);
        assertEquals(EventGenerator.toJson(doc), text, "rewrite " + sample + " with EventGenerator.toJson");
        assertEquals(List.of(), validator.validate(doc));
    }

    @Test
    void brusselsSampleIsTheTwoDayPresetAsGenerated() throws IOException {
        assertEquals(EventGenerator.toJson(GENERATED.get(Preset.BROKERAGE_TWO_DAYS)),
                sample("brussels-2026-brokerage-two-days.json"),
                "regenerate the sample with SampleEventWriter brokerage_two_days");
    }

    private static void assertBoothTablesAreASubset(EventDocument doc) {
        Set<String> tables = doc.tables().stream().map(t -> t.id()).collect(Collectors.toSet());
        List<String> booths = doc.participants().stream().map(ParticipantDoc::table).filter(t -> t != null).toList();
        assertFalse(booths.isEmpty());
        assertEquals(booths.size(), new HashSet<>(booths).size(), "one booth holder per table");
        assertTrue(tables.containsAll(booths));
        assertTrue(booths.size() < tables.size(), "booth tables are only some of the tables");
    }

    private static Set<String> dates(EventDocument doc) {
        return doc.sessions().stream().map(SessionDoc::date).collect(Collectors.toSet());
    }

    private static Set<String> groups(EventDocument doc) {
        return doc.participants().stream().map(ParticipantDoc::group).collect(Collectors.toSet());
    }

    private static List<Timeslot> slots(EventDocument doc) {
        List<Timeslot> slots = new ArrayList<>();
        for (SessionDoc s : doc.sessions()) {
            List<TimeRange> breaks = s.breaks() == null ? List.of() : s.breaks().stream()
                    .map(b -> new TimeRange(TextFormats.time(b.start()), TextFormats.time(b.end()))).toList();
            slots.addAll(Timeslots.derive(s.id(), TextFormats.date(s.date()), TextFormats.time(s.start()),
                    TextFormats.time(s.end()), s.meetingMinutes(), s.gapOrDefault(), breaks));
        }
        return slots;
    }

    private static Map<String, Set<String>> acceptedPartners(EventDocument doc) {
        Map<String, Set<String>> partners = new HashMap<>();
        for (RequestDoc r : doc.requests()) {
            if (r.statusOrDefault().isSchedulable()) {
                partners.computeIfAbsent(r.from(), k -> new HashSet<>()).add(r.to());
                partners.computeIfAbsent(r.to(), k -> new HashSet<>()).add(r.from());
            }
        }
        return partners;
    }

    private static Set<String> acceptedPairs(EventDocument doc) {
        return doc.requests().stream().filter(r -> r.statusOrDefault().isSchedulable())
                .map(r -> r.from().compareTo(r.to()) < 0 ? r.from() + "&" + r.to() : r.to() + "&" + r.from())
                .collect(Collectors.toSet());
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = EventGeneratorTest.class.getClassLoader().getResourceAsStream("sample-events/" + name)) {
            assertNotNull(in, "sample-events/" + name + " is not on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
