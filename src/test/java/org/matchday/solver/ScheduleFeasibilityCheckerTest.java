package org.matchday.solver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchday.format.AvailabilityDoc;
import org.matchday.format.EventDocument;
import org.matchday.format.MeetingDoc;
import org.matchday.format.ParticipantDoc;
import org.matchday.format.RequestDoc;
import org.matchday.format.SessionDoc;
import org.matchday.format.TableDoc;
import org.matchday.format.UnscheduledDoc;
import org.matchday.solver.ScheduleFeasibilityChecker.Rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.matchday.solver.ScheduleFeasibilityChecker.broken;
import static org.matchday.solver.ScheduleFeasibilityChecker.violations;

/**
 * The referee is shown to catch what it is for: a feasible timetable passes, and the same timetable broken in
 * exactly one way is refused for exactly that rule.
 *
 * <p>The event, one day: session am 09:00-11:00 and pm 14:00-15:00 in 30-minute slots; tables H1 (h1's own), F1 and
 * F2 (free). a can meet am 09:00-10:00 only, g am 10:00-11:00 and pm; b takes 2 meetings at most. Requests, all
 * accepted: a-h1 (am only), b-h1, c-d, b-c, d-e (pm only), e-f, g-k, b-k. a-h1 is pinned at 09:00 at H1.
 */
class ScheduleFeasibilityCheckerTest {

    private static final String DAY = "2026-06-01T";

    static final EventDocument GIVEN = new EventDocument(EventDocument.FORMAT, "Referee's test", "Europe/Brussels", null,
            null, null, null,
            List.of(session("am", "09:00", "11:00"), session("pm", "14:00", "15:00")),
            List.of(table("H1"), table("F1"), table("F2")),
            List.of(participant("h1", null, null, "H1"),
                    participant("a", List.of(new AvailabilityDoc("am", "09:00", "10:00")), null, null),
                    participant("b", null, 2, null),
                    participant("c", null, null, null),
                    participant("d", null, null, null),
                    participant("e", null, null, null),
                    participant("f", null, null, null),
                    participant("g", List.of(new AvailabilityDoc("am", "10:00", "11:00"),
                            new AvailabilityDoc("pm", "14:00", "15:00")), null, null),
                    participant("k", null, null, null)),
            List.of(request("r1", "a", "h1", List.of("am")), request("r2", "b", "h1", null),
                    request("r3", "c", "d", null), request("r4", "b", "c", null),
                    request("r5", "d", "e", List.of("pm")), request("r6", "e", "f", null),
                    request("r7", "g", "k", null), request("r9", "b", "k", null)),
            List.of(new MeetingDoc(List.of("a", "h1"), null, "am", DAY + "09:00", null, "H1", true)),
            null);

    /** Every accepted pair but b-k scheduled; nobody waits longer than the rules force. */
    static final EventDocument FEASIBLE = GIVEN.withMeetings(List.of(
                    meeting("a", "h1", "am", "09:00", "H1").pinned(),
                    meeting("b", "h1", "am", "09:30", "H1"),
                    meeting("c", "d", "am", "09:00", "F1"),
                    meeting("e", "f", "am", "09:00", "F2"),
                    meeting("b", "c", "am", "10:00", "F1"),
                    meeting("g", "k", "am", "10:30", "F1"),
                    meeting("d", "e", "pm", "14:00", "F2"))
            .stream().map(Placed::doc).toList(),
            List.of(new UnscheduledDoc(List.of("b", "k"), null, "Not solved yet.")));

    /** For each rule, the feasible timetable broken in that way, and every rule that this breaks. */
    static final Map<Rule, Breakage> BREAKAGES = breakages();

    record Breakage(UnaryOperator<EventDocument> breaking, Set<Rule> broken) {
    }

    private static Map<Rule, Breakage> breakages() {
        Map<Rule, Breakage> cases = new EnumMap<>(Rule.class);
        // b already meets h1 at 09:30.
        cases.put(Rule.PARTICIPANT_DOUBLE_BOOKED, new Breakage(move("b", "c", "am", "09:30", "F1"),
                Set.of(Rule.PARTICIPANT_DOUBLE_BOOKED)));
        // c-d sits at F1 at 09:00.
        cases.put(Rule.TABLE_DOUBLE_BOOKED, new Breakage(move("e", "f", "am", "09:00", "F1"),
                Set.of(Rule.TABLE_DOUBLE_BOOKED)));
        // Three meetings without a host at 10:30 and two free tables: the third can only sit at a table that is
        // taken, someone's own or none at all, so another rule always breaks with it; here the event has no Z9.
        cases.put(Rule.NOT_ENOUGH_FREE_TABLES, new Breakage(
                then(move("c", "d", "am", "10:30", "F2"), move("e", "f", "am", "10:30", "Z9")),
                Set.of(Rule.NOT_ENOUGH_FREE_TABLES, Rule.UNKNOWN_TABLE)));
        cases.put(Rule.PARTICIPANT_UNAVAILABLE, new Breakage(move("g", "k", "am", "09:30", "F1"),
                Set.of(Rule.PARTICIPANT_UNAVAILABLE)));
        // d-e's request allows the afternoon only; both are free at 10:30 and so is F2.
        cases.put(Rule.SESSION_NOT_ALLOWED, new Breakage(move("d", "e", "am", "10:30", "F2"),
                Set.of(Rule.SESSION_NOT_ALLOWED)));
        cases.put(Rule.MEETING_AWAY_FROM_FIXED_TABLE, new Breakage(move("b", "h1", "am", "09:30", "F2"),
                Set.of(Rule.MEETING_AWAY_FROM_FIXED_TABLE)));
        // H1 is free at 10:00, but it is h1's.
        cases.put(Rule.FIXED_TABLE_USED_BY_OTHERS, new Breakage(move("b", "c", "am", "10:00", "H1"),
                Set.of(Rule.FIXED_TABLE_USED_BY_OTHERS)));
        // b's third meeting, in a free afternoon slot.
        cases.put(Rule.TOO_MANY_MEETINGS, new Breakage(schedule(meeting("b", "k", "pm", "14:30", "F1")),
                Set.of(Rule.TOO_MANY_MEETINGS)));
        // a-h1 and b-h1 trade slots: both still fit, but a-h1 was pinned at 09:00.
        cases.put(Rule.PINNED_MEETING_MOVED, new Breakage(
                then(move("a", "h1", "am", "09:30", "H1"), move("b", "h1", "am", "09:00", "H1")),
                Set.of(Rule.PINNED_MEETING_MOVED)));
        cases.put(Rule.UNKNOWN_TABLE, new Breakage(move("g", "k", "am", "10:30", "Z9"), Set.of(Rule.UNKNOWN_TABLE)));
        cases.put(Rule.NOT_A_SLOT, new Breakage(move("g", "k", "am", "10:40", "F1"), Set.of(Rule.NOT_A_SLOT)));
        cases.put(Rule.UNKNOWN_PARTICIPANT, new Breakage(add(meeting("c", "zz", "pm", "14:30", "F1")),
                Set.of(Rule.UNKNOWN_PARTICIPANT)));
        cases.put(Rule.PAIR_LISTED_TWICE, new Breakage(add(meeting("c", "d", "am", "10:30", "F2")),
                Set.of(Rule.PAIR_LISTED_TWICE)));
        // Nobody asked for h1-k, and the organiser's document did not have it.
        cases.put(Rule.MEETING_NOT_REQUESTED, new Breakage(add(meeting("h1", "k", "am", "10:00", "H1")),
                Set.of(Rule.MEETING_NOT_REQUESTED)));
        cases.put(Rule.ACCEPTED_PAIR_MISSING, new Breakage(drop("e", "f"), Set.of(Rule.ACCEPTED_PAIR_MISSING)));
        return cases;
    }

    @Test
    void theFeasibleTimetablePasses() {
        assertEquals(List.of(), violations(GIVEN, FEASIBLE));
        // c waits at 09:30; d and e wait from 09:30 until 14:00.
        assertEquals(3, ScheduleFeasibilityChecker.breaks(GIVEN, FEASIBLE));
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void eachRuleBrokenAloneIsNamed(Rule rule) {
        Breakage breakage = BREAKAGES.get(rule);
        EventDocument broken = breakage.breaking().apply(FEASIBLE);
        assertEquals(breakage.broken(), broken(GIVEN, broken), violations(GIVEN, broken).toString());
    }

    @Test
    void everyHardRuleOfTheRulebookIsRefereedAndEveryRuleIsBrokenOnce() {
        Set<String> refereed = Arrays.stream(Rule.values()).map(Rule::title).collect(Collectors.toSet());
        ScheduleConstraintProvider.DEFAULT_WEIGHTS.forEach((name, weight) -> {
            if (weight.hardScore() != 0) {
                assertTrue(refereed.contains(name), "the referee does not check the hard rule \"" + name + "\"");
            }
        });
        assertEquals(Set.of(Rule.values()), BREAKAGES.keySet());
        BREAKAGES.forEach((rule, breakage) -> assertTrue(breakage.broken().contains(rule), rule.title()));
    }

    /**
     * A rule lost between the organiser's document and the stored event must not hide itself: the result below
     * claims g can always meet, b has no cap and h1 no table, and the referee still holds the timetable to the
     * organiser's rules.
     */
    @Test
    void theRulesComeFromTheGivenDocumentNotFromTheResult() {
        List<ParticipantDoc> relaxed = new ArrayList<>();
        for (ParticipantDoc p : GIVEN.participants()) {
            relaxed.add(participant(p.id(), null, null, null));
        }
        List<RequestDoc> unrestricted = GIVEN.requests().stream()
                .map(r -> request(r.id(), r.from(), r.to(), null)).toList();
        EventDocument lost = FEASIBLE.withParticipants(relaxed).withRequests(unrestricted)
                .withTables(List.of(table("H1"), table("F1"), table("F2"), table("Z9")));
        EventDocument broken = then(move("g", "k", "am", "09:30", "F1"),
                then(move("d", "e", "am", "10:30", "F2"),
                        then(move("b", "h1", "am", "09:30", "F2"),
                                then(schedule(meeting("b", "k", "pm", "14:30", "Z9")),
                                        move("a", "h1", "am", "09:30", "H1")))))
                .apply(lost);
        // a-h1 moved to 09:30 where b-h1 was; b-h1 went to F2.
        assertEquals(Set.of(Rule.PARTICIPANT_UNAVAILABLE, Rule.SESSION_NOT_ALLOWED,
                        Rule.MEETING_AWAY_FROM_FIXED_TABLE, Rule.TOO_MANY_MEETINGS, Rule.UNKNOWN_TABLE,
                        Rule.PINNED_MEETING_MOVED, Rule.PARTICIPANT_DOUBLE_BOOKED),
                broken(GIVEN, broken), violations(GIVEN, broken).toString());
        // Judged by its own rules, the same result would hide most of that.
        assertEquals(Set.of(Rule.PARTICIPANT_DOUBLE_BOOKED), broken(broken, broken));
    }

    /** A meeting as the export writes it: end filled in, pinned flag written. */
    record Placed(MeetingDoc doc) {

        Placed pinned() {
            return new Placed(new MeetingDoc(doc.participants(), doc.requests(), doc.session(), doc.start(), doc.end(),
                    doc.table(), true));
        }
    }

    private static Placed meeting(String a, String b, String session, String start, String table) {
        String end = java.time.LocalDateTime.parse(DAY + start).plusMinutes(30).toString();
        return new Placed(new MeetingDoc(List.of(a, b), null, session, DAY + start, end, table, false));
    }

    private static boolean isPair(List<String> participants, String a, String b) {
        return participants.containsAll(List.of(a, b));
    }

    /** Moves the pair's meeting, keeping its pinned flag. */
    private static UnaryOperator<EventDocument> move(String a, String b, String session, String start, String table) {
        return doc -> doc.withMeetings(doc.meetings().stream().map(m -> !isPair(m.participants(), a, b) ? m
                : new MeetingDoc(m.participants(), m.requests(), session, DAY + start,
                        meeting(a, b, session, start, table).doc().end(), table, m.pinned())).toList(),
                doc.unscheduled());
    }

    /** Schedules a pair that was listed unscheduled. */
    private static UnaryOperator<EventDocument> schedule(Placed placed) {
        List<String> pair = placed.doc().participants();
        return doc -> add(placed).apply(doc.withMeetings(doc.meetings(), doc.unscheduled().stream()
                .filter(u -> !isPair(u.participants(), pair.get(0), pair.get(1))).toList()));
    }

    private static UnaryOperator<EventDocument> add(Placed placed) {
        return doc -> {
            List<MeetingDoc> meetings = new ArrayList<>(doc.meetings());
            meetings.add(placed.doc());
            return doc.withMeetings(meetings, doc.unscheduled());
        };
    }

    private static UnaryOperator<EventDocument> drop(String a, String b) {
        return doc -> doc.withMeetings(doc.meetings().stream().filter(m -> !isPair(m.participants(), a, b)).toList(),
                doc.unscheduled());
    }

    private static UnaryOperator<EventDocument> then(UnaryOperator<EventDocument> first,
            UnaryOperator<EventDocument> second) {
        return doc -> second.apply(first.apply(doc));
    }

    private static SessionDoc session(String id, String start, String end) {
        return new SessionDoc(id, null, "2026-06-01", start, end, 30, 0, null, null);
    }

    private static TableDoc table(String id) {
        return new TableDoc(id, null, null);
    }

    private static ParticipantDoc participant(String id, List<AvailabilityDoc> availability, Integer maxMeetings,
            String table) {
        return new ParticipantDoc(id, id.toUpperCase(), null, null, null, null, availability, maxMeetings, table, null,
                null, null, null, null, null, null);
    }

    private static RequestDoc request(String id, String from, String to, List<String> sessions) {
        return new RequestDoc(id, from, to, null, sessions, null, null, null);
    }
}
