/*
 * The slot rule of org.matchday.domain.Timeslots, mirrored for the live preview: consecutive meetings from the
 * session's start, gapMinutes apart; a slot that would overlap a pause starts at the pause's end instead; the last
 * slot ends no later than the session's end. Keep the two in step: SetupSessionsPageTest compares them.
 */
(function () {
    'use strict';

    function minuteOfDay(text) {
        const m = /^(\d{2}):(\d{2})/.exec(text || '');
        return m ? Number(m[1]) * 60 + Number(m[2]) : null;
    }

    function time(minute) {
        return String(Math.floor(minute / 60)).padStart(2, '0') + ':' + String(minute % 60).padStart(2, '0');
    }

    function endOfOverlappingPause(pauses, from, to) {
        let latestEnd = -1;
        pauses.forEach(function (pause) {
            if (pause.start < to && from < pause.end) {
                latestEnd = Math.max(latestEnd, pause.end);
            }
        });
        return latestEnd;
    }

    /**
     * The slots of a session as [{index, start: "HH:mm", end: "HH:mm"}]; times "HH:mm", pauses [{start, end}].
     * Pauses with a missing time are left out, as the form cannot be saved with them anyway.
     */
    function derive(start, end, meetingMinutes, gapMinutes, pauses) {
        const slots = [];
        const meeting = Number(meetingMinutes);
        const gap = gapMinutes === '' || gapMinutes === null || gapMinutes === undefined ? 0 : Number(gapMinutes);
        const from = minuteOfDay(start);
        const endMinute = minuteOfDay(end);
        if (!Number.isInteger(meeting) || meeting <= 0 || !Number.isInteger(gap) || gap < 0
            || from === null || endMinute === null || from >= endMinute) {
            return slots;
        }
        const ranges = (pauses || []).map(function (pause) {
            return {start: minuteOfDay(pause.start), end: minuteOfDay(pause.end)};
        }).filter(function (pause) {
            return pause.start !== null && pause.end !== null;
        });
        let t = from;
        while (t + meeting <= endMinute) {
            const pauseEnd = endOfOverlappingPause(ranges, t, t + meeting);
            if (pauseEnd > t) {
                t = pauseEnd;
                continue;
            }
            slots.push({index: slots.length, start: time(t), end: time(t + meeting)});
            t += meeting + gap;
        }
        return slots;
    }

    window.MatchdaySlots = {derive: derive};
})();
