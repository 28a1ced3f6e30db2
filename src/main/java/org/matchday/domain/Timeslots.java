package org.matchday.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Derives a session's timeslots: the only place the slot rule lives. */
public final class Timeslots {

    private Timeslots() {
    }

    /**
     * Consecutive meetings from the session's start, {@code gapMinutes} apart; a slot that would overlap
     * a pause starts at the pause's end instead, and the last slot ends no later than the session's end.
     */
    public static List<Timeslot> derive(String session, LocalDate date, LocalTime start, LocalTime end,
            int meetingMinutes, int gapMinutes, List<TimeRange> breaks) {
        List<Timeslot> slots = new ArrayList<>();
        if (meetingMinutes <= 0 || !start.isBefore(end)) {
            return slots;
        }
        int endMinute = minuteOfDay(end);
        int t = minuteOfDay(start);
        while (t + meetingMinutes <= endMinute) {
            int pauseEnd = endOfOverlappingPause(breaks, t, t + meetingMinutes);
            if (pauseEnd > t) {
                t = pauseEnd;
                continue;
            }
            slots.add(new Timeslot(session, slots.size(), date, time(t), time(t + meetingMinutes)));
            t += meetingMinutes + gapMinutes;
        }
        return slots;
    }

    private static int endOfOverlappingPause(List<TimeRange> breaks, int from, int to) {
        int latestEnd = -1;
        if (breaks != null) {
            for (TimeRange pause : breaks) {
                int s = minuteOfDay(pause.start());
                int e = minuteOfDay(pause.end());
                if (s < to && from < e) {
                    latestEnd = Math.max(latestEnd, e);
                }
            }
        }
        return latestEnd;
    }

    private static int minuteOfDay(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static LocalTime time(int minuteOfDay) {
        return LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }
}
