package org.matchday.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeslotsTest {

    private static final LocalDate DAY = LocalDate.of(2018, 6, 5);

    private static List<String> starts(List<Timeslot> slots) {
        return slots.stream().map(s -> s.start() + "-" + s.end()).toList();
    }

    private static LocalTime t(String text) {
        return LocalTime.parse(text);
    }

    @Test
    void consecutiveMeetingsSeparatedByTheGap() {
        List<Timeslot> slots = Timeslots.derive("am", DAY, t("09:00"), t("10:00"), 15, 5, List.of());
        assertEquals(List.of("09:00-09:15", "09:20-09:35", "09:40-09:55"), starts(slots));
    }

    @Test
    void aSlotThatWouldOverlapAPauseStartsAtItsEnd() {
        List<Timeslot> slots = Timeslots.derive("pm", DAY, t("13:30"), t("17:30"), 20, 5,
                List.of(new TimeRange(t("15:10"), t("15:30"))));
        assertEquals(List.of("13:30-13:50", "13:55-14:15", "14:20-14:40", "14:45-15:05", "15:30-15:50",
                "15:55-16:15", "16:20-16:40", "16:45-17:05", "17:10-17:30"), starts(slots));
        assertEquals(8, slots.get(8).index());
    }

    @Test
    void aPauseCuttingIntoASlotPushesItBack() {
        List<Timeslot> slots = Timeslots.derive("pm", DAY, t("14:00"), t("15:30"), 20, 0,
                List.of(new TimeRange(t("14:30"), t("14:45"))));
        assertEquals(List.of("14:00-14:20", "14:45-15:05", "15:05-15:25"), starts(slots));
    }

    @Test
    void theLastSlotEndsNoLaterThanTheSession() {
        List<Timeslot> slots = Timeslots.derive("s", DAY, t("09:00"), t("09:49"), 20, 10, List.of());
        assertEquals(List.of("09:00-09:20"), starts(slots));
    }

    @Test
    void adjacentPausesAreSkippedTogether() {
        List<Timeslot> slots = Timeslots.derive("s", DAY, t("09:00"), t("11:00"), 30, 0,
                List.of(new TimeRange(t("09:30"), t("09:45")), new TimeRange(t("09:45"), t("10:00"))));
        assertEquals(List.of("09:00-09:30", "10:00-10:30", "10:30-11:00"), starts(slots));
    }

    @Test
    void aSessionShorterThanAMeetingHasNoSlot() {
        assertTrue(Timeslots.derive("s", DAY, t("09:00"), t("09:10"), 20, 0, List.of()).isEmpty());
    }
}
