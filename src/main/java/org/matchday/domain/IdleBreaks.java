package org.matchday.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The idle breaks of a schedule. A participant's break is a run of one or more slots without a meeting between two
 * of its meetings on the same day; pauses and the gaps between slots are not slots. This is the one count of them
 * besides the solver's rule "Idle break": statistics, solve progress and benchmarks all take it from here.
 *
 * @param total breaks over all participants and days
 * @param idleSlots free slots inside those breaks
 * @param participantsWithBreaks participants with at least one break
 * @param perParticipantDay number of breaks -> number of participant-days with that many, over the days on which
 *        a participant has a meeting
 */
public record IdleBreaks(int total, int idleSlots, int participantsWithBreaks,
        Map<Integer, Integer> perParticipantDay) {

    /** Collects an event's slots and its meetings, then counts their breaks. */
    public static final class Count<P> {

        private final NavigableMap<LocalDateTime, LocalDateTime> slotEnds = new TreeMap<>();
        private final Map<P, Map<LocalDate, List<Booking>>> bookings = new HashMap<>();

        /** A slot of the event, on any day and in any order. */
        public Count<P> slot(LocalDateTime start, LocalDateTime end) {
            slotEnds.put(start, end);
            return this;
        }

        /** A scheduled meeting of {@code a} and {@code b}. */
        public Count<P> meeting(P a, P b, LocalDateTime start, LocalDateTime end) {
            Booking booking = new Booking(start, end);
            for (P participant : List.of(a, b)) {
                bookings.computeIfAbsent(participant, k -> new HashMap<>())
                        .computeIfAbsent(start.toLocalDate(), d -> new ArrayList<>()).add(booking);
            }
            return this;
        }

        public IdleBreaks breaks() {
            int total = 0;
            int idleSlots = 0;
            int participantsWithBreaks = 0;
            Map<Integer, Integer> perDay = new TreeMap<>();
            for (Map<LocalDate, List<Booking>> days : bookings.values()) {
                int participantBreaks = 0;
                for (List<Booking> day : days.values()) {
                    day.sort(Comparator.comparing(Booking::start));
                    int dayBreaks = 0;
                    for (int i = 1; i < day.size(); i++) {
                        int between = slotsBetween(day.get(i - 1).end(), day.get(i).start());
                        if (between > 0) {
                            dayBreaks++;
                            idleSlots += between;
                        }
                    }
                    perDay.merge(dayBreaks, 1, Integer::sum);
                    participantBreaks += dayBreaks;
                }
                total += participantBreaks;
                participantsWithBreaks += participantBreaks > 0 ? 1 : 0;
            }
            return new IdleBreaks(total, idleSlots, participantsWithBreaks, Collections.unmodifiableMap(perDay));
        }

        /** Slots lying entirely between the end of one meeting and the start of the next. */
        private int slotsBetween(LocalDateTime from, LocalDateTime to) {
            if (to.isBefore(from)) {
                return 0;
            }
            int n = 0;
            for (LocalDateTime end : slotEnds.subMap(from, true, to, true).values()) {
                n += end.isAfter(to) ? 0 : 1;
            }
            return n;
        }
    }

    private record Booking(LocalDateTime start, LocalDateTime end) {
    }
}
