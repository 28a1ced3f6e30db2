package org.matchday.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two days of slots: 09:00, 09:30, 10:00, then a pause, 11:00, 11:30; each slot 25 minutes. */
class IdleBreaksTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 10, 14);
    private static final LocalDate SECOND = FIRST.plusDays(1);
    private static final List<String> STARTS = List.of("09:00", "09:30", "10:00", "11:00", "11:30");

    private static IdleBreaks.Count<String> twoDays() {
        IdleBreaks.Count<String> count = new IdleBreaks.Count<>();
        for (LocalDate day : List.of(FIRST, SECOND)) {
            for (String start : STARTS) {
                count.slot(day.atTime(LocalTime.parse(start)), day.atTime(LocalTime.parse(start)).plusMinutes(25));
            }
        }
        return count;
    }

    private static void meet(IdleBreaks.Count<String> count, String a, String b, LocalDate day, String start) {
        count.meeting(a, b, day.atTime(LocalTime.parse(start)), day.atTime(LocalTime.parse(start)).plusMinutes(25));
    }

    @Test
    void aRunOfFreeSlotsBetweenTwoMeetingsOfADayIsOneBreak() {
        IdleBreaks.Count<String> count = twoDays();
        meet(count, "a", "b", FIRST, "09:00");
        meet(count, "a", "c", FIRST, "11:00");
        IdleBreaks breaks = count.breaks();
        // a waits through 09:30 and 10:00; the pause before 11:00 is no slot. b and c meet once.
        assertEquals(1, breaks.total());
        assertEquals(2, breaks.idleSlots());
        assertEquals(1, breaks.participantsWithBreaks());
        assertEquals(Map.of(0, 2, 1, 1), breaks.perParticipantDay());
    }

    @Test
    void meetingsOnEitherSideOfAPauseOrOnTwoDaysLeaveNoBreak() {
        IdleBreaks.Count<String> count = twoDays();
        meet(count, "a", "b", FIRST, "10:00");
        meet(count, "a", "c", FIRST, "11:00");
        meet(count, "a", "b", SECOND, "11:30");
        IdleBreaks breaks = count.breaks();
        // a meets on both days and b on both days: four participant-days and c's one, none with a break.
        assertEquals(0, breaks.total());
        assertEquals(Map.of(0, 5), breaks.perParticipantDay());
    }

    @Test
    void eachWaitOfADayCountsAndTheOrderOfTheMeetingsDoesNot() {
        IdleBreaks.Count<String> count = twoDays();
        meet(count, "a", "d", FIRST, "11:30");
        meet(count, "a", "b", FIRST, "09:00");
        meet(count, "a", "c", FIRST, "10:00");
        IdleBreaks breaks = count.breaks();
        // a: 09:30 alone, then 11:00 alone.
        assertEquals(2, breaks.total());
        assertEquals(2, breaks.idleSlots());
        assertEquals(Map.of(0, 3, 2, 1), breaks.perParticipantDay());
    }
}
