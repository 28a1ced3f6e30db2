package org.matchday.solver;

import org.matchday.format.AvailabilityDoc;
import org.matchday.format.BreakDoc;
import org.matchday.format.EventDocument;
import org.matchday.format.MeetingDoc;
import org.matchday.format.ParticipantDoc;
import org.matchday.format.RequestDoc;
import org.matchday.format.SessionDoc;
import org.matchday.format.UnscheduledDoc;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The referee: checks every hard rule of a timetable against the rules of the document the event was created from
 * (what the organiser gave: sessions, tables, participants with their availability, caps and fixed tables,
 * requests with their sessions, pinned meetings), never against Matchday's own export of them, so that a rule lost
 * on the way in cannot hide itself. Only the timetable (meetings and unscheduled pairs) is read from the result.
 *
 * <p>It shares no code with the solver: its own slot derivation instead of {@link org.matchday.domain.Timeslots},
 * its own count of idle breaks instead of {@link org.matchday.domain.IdleBreaks}. Keep it that way.
 */
public final class ScheduleFeasibilityChecker {

    /** What a timetable must keep: the rulebook's hard rules by their constraint names, then the document's own. */
    public enum Rule {
        PARTICIPANT_DOUBLE_BOOKED("Participant double-booked"),
        TABLE_DOUBLE_BOOKED("Table double-booked"),
        NOT_ENOUGH_FREE_TABLES("Not enough free tables"),
        PARTICIPANT_UNAVAILABLE("Participant unavailable"),
        SESSION_NOT_ALLOWED("Session not allowed"),
        MEETING_AWAY_FROM_FIXED_TABLE("Meeting away from fixed table"),
        FIXED_TABLE_USED_BY_OTHERS("Fixed table used by others"),
        TOO_MANY_MEETINGS("Too many meetings"),
        /** Pinned meetings of the given document keep their session, start and table. */
        PINNED_MEETING_MOVED("Pinned meeting moved"),
        /** A meeting's table is one of the event's tables. */
        UNKNOWN_TABLE("Unknown table"),
        /** A meeting's session exists and its start and end are one of that session's slots. */
        NOT_A_SLOT("Not a slot"),
        UNKNOWN_PARTICIPANT("Unknown participant"),
        /** One meeting per pair: a pair is scheduled or listed unscheduled once. */
        PAIR_LISTED_TWICE("Pair listed twice"),
        /** A meeting answers an accepted request, or was the organiser's own in the given document. */
        MEETING_NOT_REQUESTED("Meeting not requested"),
        /** Every accepted pair is either scheduled or listed unscheduled. */
        ACCEPTED_PAIR_MISSING("Accepted pair missing");

        private final String title;

        Rule(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** One broken rule, in words. */
    public record Violation(Rule rule, String detail) {

        @Override
        public String toString() {
            return rule.title() + ": " + detail;
        }
    }

    private final EventDocument given;
    private final EventDocument result;
    private final Map<String, SessionDoc> sessions = new HashMap<>();
    private final Set<String> tables = new HashSet<>();
    private final Map<String, ParticipantDoc> participants = new HashMap<>();
    private final Map<String, String> tableOwner = new HashMap<>();
    private final List<Violation> problems = new ArrayList<>();

    private ScheduleFeasibilityChecker(EventDocument given, EventDocument result) {
        this.given = given.normalised();
        this.result = result.normalised();
        this.given.sessions().forEach(s -> sessions.put(s.id(), s));
        this.given.tables().forEach(t -> tables.add(t.id()));
        for (ParticipantDoc p : this.given.participants()) {
            participants.put(p.id(), p);
            if (p.table() != null) {
                tableOwner.put(p.table(), p.id());
            }
        }
    }

    /**
     * Every broken rule of {@code result}'s timetable under the rules of {@code given}, the document the event was
     * created from; empty when the timetable is valid.
     */
    public static List<Violation> violations(EventDocument given, EventDocument result) {
        ScheduleFeasibilityChecker checker = new ScheduleFeasibilityChecker(given, result);
        checker.check();
        return List.copyOf(checker.problems);
    }

    /** The rules {@link #violations} finds broken. */
    public static Set<Rule> broken(EventDocument given, EventDocument result) {
        Set<Rule> rules = EnumSet.noneOf(Rule.class);
        violations(given, result).forEach(v -> rules.add(v.rule()));
        return rules;
    }

    /**
     * Idle breaks of {@code result}'s timetable, over the slots of {@code given}'s sessions: per participant and day,
     * the runs of free slots between meetings.
     */
    public static int breaks(EventDocument given, EventDocument result) {
        ScheduleFeasibilityChecker checker = new ScheduleFeasibilityChecker(given, result);
        Map<String, List<LocalDateTime>> daySlots = new TreeMap<>();
        for (SessionDoc s : checker.given.sessions()) {
            for (LocalDateTime[] slot : slotsOf(s)) {
                daySlots.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(slot[0]);
            }
        }
        daySlots.values().forEach(list -> list.sort(null));
        Map<String, Set<LocalDateTime>> busy = new HashMap<>();
        for (MeetingDoc m : checker.result.meetings()) {
            for (String p : m.participants()) {
                busy.computeIfAbsent(p, k -> new HashSet<>()).add(LocalDateTime.parse(m.start()));
            }
        }
        int breaks = 0;
        for (Set<LocalDateTime> starts : busy.values()) {
            for (List<LocalDateTime> day : daySlots.values()) {
                boolean met = false;
                boolean waiting = false;
                for (LocalDateTime slot : day) {
                    if (starts.contains(slot)) {
                        breaks += met && waiting ? 1 : 0;
                        met = true;
                        waiting = false;
                    } else {
                        waiting = met;
                    }
                }
            }
        }
        return breaks;
    }

    private void check() {
        Map<String, List<RequestDoc>> acceptedByPair = new HashMap<>();
        for (RequestDoc r : given.requests()) {
            if (r.statusOrDefault().isSchedulable()) {
                acceptedByPair.computeIfAbsent(pair(List.of(r.from(), r.to())), k -> new ArrayList<>()).add(r);
            }
        }
        Set<String> organisersOwn = new HashSet<>();
        given.meetings().forEach(m -> organisersOwn.add(pair(m.participants())));
        Set<String> listed = new HashSet<>();
        for (UnscheduledDoc u : result.unscheduled()) {
            if (!listed.add(pair(u.participants()))) {
                add(Rule.PAIR_LISTED_TWICE, "pair " + pair(u.participants()) + " is listed unscheduled twice");
            }
        }
        Map<String, List<LocalDateTime[]>> busyByParticipant = new HashMap<>();
        Map<String, List<LocalDateTime[]>> busyByTable = new HashMap<>();
        Map<String, Integer> meetingCount = new HashMap<>();
        Map<String, Integer> hostlessBySlot = new LinkedHashMap<>();
        for (MeetingDoc m : result.meetings()) {
            String pair = pair(m.participants());
            String name = "meeting " + pair + " at " + m.start();
            List<String> unknown = m.participants().stream().filter(p -> !participants.containsKey(p)).toList();
            if (!unknown.isEmpty()) {
                add(Rule.UNKNOWN_PARTICIPANT, name + ": no participant " + String.join(", ", unknown));
                continue;
            }
            if (!listed.add(pair)) {
                add(Rule.PAIR_LISTED_TWICE, name + ": the pair is listed twice");
            }
            List<RequestDoc> accepted = acceptedByPair.getOrDefault(pair, List.of());
            if (accepted.isEmpty() && !organisersOwn.contains(pair)) {
                add(Rule.MEETING_NOT_REQUESTED, name + ": no accepted request asks for it");
            }
            if (!tables.contains(m.table())) {
                add(Rule.UNKNOWN_TABLE, name + ": the event has no table " + m.table());
            }
            LocalDateTime[] slot = slotOf(m);
            if (slot == null) {
                add(Rule.NOT_A_SLOT, name + ": not a slot of session " + m.session());
                continue;
            }
            for (String p : m.participants()) {
                checkAvailable(name, participants.get(p), m.session(), slot);
                overlaps(busyByParticipant.computeIfAbsent(p, k -> new ArrayList<>()), slot, Rule.PARTICIPANT_DOUBLE_BOOKED,
                        name + ": participant " + p + " is in another meeting at the same time");
                meetingCount.merge(p, 1, Integer::sum);
            }
            overlaps(busyByTable.computeIfAbsent(m.table(), k -> new ArrayList<>()), slot, Rule.TABLE_DOUBLE_BOOKED,
                    name + ": table " + m.table() + " hosts another meeting at the same time");
            checkSessionAllowed(name, m.session(), accepted);
            if (checkTable(name, m)) {
                hostlessBySlot.merge(m.session() + " " + m.start(), 1, Integer::sum);
            }
        }
        long freeTables = tables.stream().filter(t -> !tableOwner.containsKey(t)).count();
        hostlessBySlot.forEach((slot, meetings) -> {
            if (meetings > freeTables) {
                add(Rule.NOT_ENOUGH_FREE_TABLES, meetings + " meetings without a host at " + slot + ", "
                        + freeTables + " free tables");
            }
        });
        meetingCount.forEach((p, count) -> {
            Integer max = participants.get(p).maxMeetings();
            if (max != null && count > max) {
                add(Rule.TOO_MANY_MEETINGS, "participant " + p + " has " + count + " meetings, max " + max);
            }
        });
        for (String pair : acceptedByPair.keySet()) {
            if (!listed.contains(pair)) {
                add(Rule.ACCEPTED_PAIR_MISSING, "accepted pair " + pair + " is neither scheduled nor listed unscheduled");
            }
        }
        checkPins();
    }

    private void checkPins() {
        Set<String> placed = new HashSet<>();
        result.meetings().forEach(m -> placed.add(placement(m)));
        for (MeetingDoc m : given.meetings()) {
            if (m.isPinned() && !placed.contains(placement(m))) {
                add(Rule.PINNED_MEETING_MOVED, "pinned meeting " + pair(m.participants()) + " at " + m.start()
                        + " at table " + m.table() + " is no longer there");
            }
        }
    }

    private static String placement(MeetingDoc m) {
        return pair(m.participants()) + "|" + m.session() + "|" + LocalDateTime.parse(m.start()) + "|" + m.table();
    }

    private void checkAvailable(String name, ParticipantDoc participant, String session, LocalDateTime[] slot) {
        if (participant.availability() == null) {
            return;
        }
        for (AvailabilityDoc w : participant.availability()) {
            if (w.session().equals(session) && !slot[0].toLocalTime().isBefore(LocalTime.parse(w.from()))
                    && !slot[1].toLocalTime().isAfter(LocalTime.parse(w.to()))) {
                return;
            }
        }
        add(Rule.PARTICIPANT_UNAVAILABLE, name + ": participant " + participant.id() + " is not available");
    }

    /** Every accepted request's restriction holds: the session must be one each of them allows. */
    private void checkSessionAllowed(String name, String session, List<RequestDoc> accepted) {
        boolean allowed = true;
        for (RequestDoc r : accepted) {
            allowed &= r.sessions() == null || r.sessions().contains(session);
        }
        if (!allowed) {
            add(Rule.SESSION_NOT_ALLOWED, name + ": session " + session + " is not allowed by its requests");
        }
    }

    /** The fixed-table rules; answers whether the meeting has no host and so needs a free table. */
    private boolean checkTable(String name, MeetingDoc m) {
        List<String> fixed = new ArrayList<>();
        for (String p : m.participants()) {
            ParticipantDoc participant = participants.get(p);
            if (participant.table() != null) {
                fixed.add(participant.table());
            }
        }
        if (!fixed.isEmpty() && !fixed.contains(m.table())) {
            add(Rule.MEETING_AWAY_FROM_FIXED_TABLE, name + ": at table " + m.table() + " instead of fixed table "
                    + fixed);
        }
        String owner = tableOwner.get(m.table());
        if (owner != null && !m.participants().contains(owner)) {
            add(Rule.FIXED_TABLE_USED_BY_OTHERS, name + ": table " + m.table() + " is the fixed table of " + owner);
        }
        return fixed.isEmpty();
    }

    private void overlaps(List<LocalDateTime[]> taken, LocalDateTime[] slot, Rule rule, String problem) {
        for (LocalDateTime[] other : taken) {
            if (slot[0].isBefore(other[1]) && other[0].isBefore(slot[1])) {
                add(rule, problem);
                return;
            }
        }
        taken.add(slot);
    }

    private void add(Rule rule, String detail) {
        problems.add(new Violation(rule, detail));
    }

    private LocalDateTime[] slotOf(MeetingDoc m) {
        SessionDoc session = sessions.get(m.session());
        if (session == null) {
            return null;
        }
        for (LocalDateTime[] slot : slotsOf(session)) {
            if (slot[0].equals(LocalDateTime.parse(m.start()))
                    && (m.end() == null || slot[1].equals(LocalDateTime.parse(m.end())))) {
                return slot;
            }
        }
        return null;
    }

    /** Meetings one after the other from the session's start, the gap between them, none crossing a pause. */
    private static List<LocalDateTime[]> slotsOf(SessionDoc s) {
        List<LocalDateTime[]> slots = new ArrayList<>();
        LocalDateTime cursor = LocalDateTime.parse(s.date() + "T" + s.start());
        LocalDateTime end = LocalDateTime.parse(s.date() + "T" + s.end());
        while (!cursor.plusMinutes(s.meetingMinutes()).isAfter(end)) {
            LocalDateTime finish = cursor.plusMinutes(s.meetingMinutes());
            LocalDateTime resume = null;
            for (BreakDoc pause : s.breaks() == null ? List.<BreakDoc>of() : s.breaks()) {
                LocalDateTime ps = LocalDateTime.parse(s.date() + "T" + pause.start());
                LocalDateTime pe = LocalDateTime.parse(s.date() + "T" + pause.end());
                if (cursor.isBefore(pe) && ps.isBefore(finish) && (resume == null || pe.isAfter(resume))) {
                    resume = pe;
                }
            }
            if (resume != null) {
                cursor = resume;
                continue;
            }
            slots.add(new LocalDateTime[] {cursor, finish});
            cursor = finish.plusMinutes(s.gapOrDefault());
        }
        return slots;
    }

    private static String pair(List<String> participants) {
        String x = participants.get(0);
        String y = participants.get(1);
        return x.compareTo(y) < 0 ? x + "/" + y : y + "/" + x;
    }
}
