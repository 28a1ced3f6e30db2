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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks every hard rule of a timetable from an exported matchday-event/1 document, on its own: it derives the
 * slots from the sessions, reads availability and allowed sessions from the document, and shares no code with
 * the solver's constraints, so that a mistake in one is caught by the other.
 *
 * <p>It is the referee that does not trust main code, so it deliberately repeats what main code also does: its
 * own slot derivation instead of {@link org.matchday.domain.Timeslots}, and its own count of idle breaks instead
 * of {@link org.matchday.domain.IdleBreaks}. Keep it that way.
 */
public final class ScheduleFeasibilityChecker {

    private final EventDocument doc;
    private final Map<String, SessionDoc> sessions = new HashMap<>();
    private final Map<String, ParticipantDoc> participants = new HashMap<>();
    private final Map<String, String> tableOwner = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private ScheduleFeasibilityChecker(EventDocument document) {
        this.doc = document.normalised();
        doc.sessions().forEach(s -> sessions.put(s.id(), s));
        for (ParticipantDoc p : doc.participants()) {
            participants.put(p.id(), p);
            if (p.table() != null) {
                tableOwner.put(p.table(), p.id());
            }
        }
    }

    /** Every broken hard rule of the document's schedule, in words; empty when the schedule is valid. */
    public static List<String> violations(EventDocument exported) {
        ScheduleFeasibilityChecker checker = new ScheduleFeasibilityChecker(exported);
        checker.check();
        return checker.problems;
    }

    /** As {@link #violations(EventDocument)}, and also every meeting pinned in {@code before} is still in place. */
    public static List<String> violations(EventDocument before, EventDocument after) {
        List<String> problems = new ArrayList<>(violations(after));
        Set<String> placed = new HashSet<>();
        for (MeetingDoc m : after.normalised().meetings()) {
            placed.add(pair(m.participants()) + "|" + m.session() + "|" + m.start() + "|" + m.table());
        }
        for (MeetingDoc m : before.normalised().meetings()) {
            if (m.isPinned() && !placed.contains(pair(m.participants()) + "|" + m.session() + "|" + m.start() + "|"
                    + m.table())) {
                problems.add("pinned meeting " + pair(m.participants()) + " moved");
            }
        }
        return problems;
    }

    /** Idle breaks of the document's schedule: per participant and day, the runs of free slots between meetings. */
    public static int breaks(EventDocument exported) {
        ScheduleFeasibilityChecker checker = new ScheduleFeasibilityChecker(exported);
        Map<String, List<LocalDateTime>> daySlots = new TreeMap<>();
        for (SessionDoc s : checker.doc.sessions()) {
            for (LocalDateTime[] slot : checker.slotsOf(s)) {
                daySlots.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(slot[0]);
            }
        }
        daySlots.values().forEach(list -> list.sort(null));
        Map<String, Set<LocalDateTime>> busy = new HashMap<>();
        for (MeetingDoc m : checker.doc.meetings()) {
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
        for (RequestDoc r : doc.requests()) {
            if (r.statusOrDefault().isSchedulable()) {
                acceptedByPair.computeIfAbsent(pair(List.of(r.from(), r.to())), k -> new ArrayList<>()).add(r);
            }
        }
        Set<String> listed = new HashSet<>();
        for (UnscheduledDoc u : doc.unscheduled()) {
            if (!listed.add(pair(u.participants()))) {
                problems.add("pair " + pair(u.participants()) + " listed twice");
            }
        }
        Map<String, List<LocalDateTime[]>> busyByParticipant = new HashMap<>();
        Map<String, List<LocalDateTime[]>> busyByTable = new HashMap<>();
        Map<String, Integer> meetingCount = new HashMap<>();
        for (MeetingDoc m : doc.meetings()) {
            String pair = pair(m.participants());
            String name = "meeting " + pair + " at " + m.start();
            if (!listed.add(pair)) {
                problems.add(name + ": pair listed twice");
            }
            List<RequestDoc> accepted = acceptedByPair.getOrDefault(pair, List.of());
            if (accepted.isEmpty() && !m.isPinned()) {
                problems.add(name + ": no accepted request asks for it");
            }
            LocalDateTime[] slot = slotOf(m);
            if (slot == null) {
                problems.add(name + ": not a slot of session " + m.session());
                continue;
            }
            for (String p : m.participants()) {
                ParticipantDoc participant = participants.get(p);
                if (participant == null) {
                    problems.add(name + ": unknown participant " + p);
                    continue;
                }
                checkAvailable(name, participant, m.session(), slot);
                overlaps(busyByParticipant.computeIfAbsent(p, k -> new ArrayList<>()), slot,
                        name + ": participant " + p + " is in another meeting at the same time");
                meetingCount.merge(p, 1, Integer::sum);
            }
            overlaps(busyByTable.computeIfAbsent(m.table(), k -> new ArrayList<>()), slot,
                    name + ": table " + m.table() + " hosts another meeting at the same time");
            checkSessionAllowed(name, m.session(), accepted);
            checkTable(name, m);
        }
        for (Map.Entry<String, Integer> count : meetingCount.entrySet()) {
            Integer max = participants.get(count.getKey()).maxMeetings();
            if (max != null && count.getValue() > max) {
                problems.add("participant " + count.getKey() + " has " + count.getValue() + " meetings, max " + max);
            }
        }
        for (String pair : acceptedByPair.keySet()) {
            if (!listed.contains(pair)) {
                problems.add("accepted pair " + pair + " is neither scheduled nor listed unscheduled");
            }
        }
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
        problems.add(name + ": participant " + participant.id() + " is not available");
    }

    /** Every accepted request's restriction holds: the session must be one each of them allows. */
    private void checkSessionAllowed(String name, String session, List<RequestDoc> accepted) {
        boolean allowed = true;
        for (RequestDoc r : accepted) {
            allowed &= r.sessions() == null || r.sessions().contains(session);
        }
        if (!allowed) {
            problems.add(name + ": session " + session + " is not allowed by its requests");
        }
    }

    private void checkTable(String name, MeetingDoc m) {
        List<String> fixed = new ArrayList<>();
        for (String p : m.participants()) {
            ParticipantDoc participant = participants.get(p);
            if (participant != null && participant.table() != null) {
                fixed.add(participant.table());
            }
        }
        if (!fixed.isEmpty() && !fixed.contains(m.table())) {
            problems.add(name + ": at table " + m.table() + " instead of fixed table " + fixed);
        }
        String owner = tableOwner.get(m.table());
        if (owner != null && !m.participants().contains(owner)) {
            problems.add(name + ": table " + m.table() + " is the fixed table of " + owner);
        }
    }

    private void overlaps(List<LocalDateTime[]> taken, LocalDateTime[] slot, String problem) {
        for (LocalDateTime[] other : taken) {
            if (slot[0].isBefore(other[1]) && other[0].isBefore(slot[1])) {
                problems.add(problem);
                return;
            }
        }
        taken.add(slot);
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
    private List<LocalDateTime[]> slotsOf(SessionDoc s) {
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
