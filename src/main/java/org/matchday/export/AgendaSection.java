package org.matchday.export;

import org.matchday.domain.TimeRange;
import org.matchday.domain.Timeslot;
import org.matchday.export.AgendaEntry.Kind;
import org.matchday.export.ScheduleView.MeetingInfo;
import org.matchday.export.ScheduleView.SessionInfo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The timetable of one session for one participant or one table, in time order. */
public record AgendaSection(SessionInfo session, List<AgendaEntry> entries) {

    /**
     * Lays out a session: each slot holds its meeting, or is free or unavailable; pauses appear at their time.
     * A meeting that starts at no slot (the session changed after publishing) keeps its own time.
     */
    static AgendaSection of(SessionInfo session, List<MeetingInfo> meetings, Predicate<Timeslot> available,
            boolean mergeIdle) {
        Map<LocalDateTime, MeetingInfo> byStart = new HashMap<>();
        for (MeetingInfo m : meetings) {
            byStart.put(m.start(), m);
        }
        List<AgendaEntry> entries = new ArrayList<>();
        for (Timeslot slot : session.slots()) {
            MeetingInfo meeting = byStart.remove(slot.startDateTime());
            if (meeting != null) {
                entries.add(AgendaEntry.meeting(meeting));
            } else {
                entries.add(new AgendaEntry(available.test(slot) ? Kind.FREE : Kind.UNAVAILABLE,
                        slot.startDateTime(), slot.endDateTime(), null));
            }
        }
        byStart.values().forEach(m -> entries.add(AgendaEntry.meeting(m)));
        for (TimeRange pause : session.breaks()) {
            if (pause.start().isBefore(session.end()) && pause.end().isAfter(session.start())) {
                entries.add(new AgendaEntry(Kind.PAUSE, session.date().atTime(pause.start()),
                        session.date().atTime(pause.end()), null));
            }
        }
        entries.sort(Comparator.comparing(AgendaEntry::start));
        return new AgendaSection(session, mergeIdle ? mergeIdle(entries) : entries);
    }

    /** Joins neighbouring free (or unavailable) slots into one line, so a quiet afternoon takes one line. */
    private static List<AgendaEntry> mergeIdle(List<AgendaEntry> entries) {
        List<AgendaEntry> merged = new ArrayList<>();
        for (AgendaEntry e : entries) {
            AgendaEntry last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            boolean idle = e.kind() == Kind.FREE || e.kind() == Kind.UNAVAILABLE;
            if (idle && last != null && last.kind() == e.kind()) {
                merged.set(merged.size() - 1, new AgendaEntry(e.kind(), last.start(), e.end(), null));
            } else {
                merged.add(e);
            }
        }
        return merged;
    }
}
