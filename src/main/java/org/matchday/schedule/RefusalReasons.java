package org.matchday.schedule;

import org.matchday.problem.ProblemCode;
import org.matchday.problem.ProblemText;
import org.matchday.solver.ScheduleJustification;
import org.matchday.solver.ScheduleJustification.FixedTableUsedByOthers;
import org.matchday.solver.ScheduleJustification.MeetingAwayFromFixedTable;
import org.matchday.solver.ScheduleJustification.NotEnoughFreeTables;
import org.matchday.solver.ScheduleJustification.ParticipantDoubleBooked;
import org.matchday.solver.ScheduleJustification.ParticipantUnavailable;
import org.matchday.solver.ScheduleJustification.SessionNotAllowed;
import org.matchday.solver.ScheduleJustification.TableDoubleBooked;
import org.matchday.solver.ScheduleJustification.TooManyMeetings;

import java.time.LocalDateTime;
import java.util.TreeSet;

/**
 * Why a hand move is refused, per hard rule it would break, as sentences with codes so that the grid shows them in
 * the organiser's language; any other reason keeps the solver's English words.
 */
final class RefusalReasons {

    private RefusalReasons() {
    }

    static ProblemText of(ScheduleJustification j) {
        if (j instanceof ParticipantDoubleBooked d) {
            return ProblemCode.RULE_PARTICIPANT_DOUBLE_BOOKED.with("participant", d.participant(), "count",
                    d.meetings().size(), "at", when(d.start()), "meetings", String.join(", ", d.meetings()));
        } else if (j instanceof TableDoubleBooked d) {
            return ProblemCode.RULE_TABLE_DOUBLE_BOOKED.with("table", d.table(), "count", d.meetings().size(),
                    "at", when(d.start()), "meetings", String.join(", ", d.meetings()));
        } else if (j instanceof NotEnoughFreeTables d) {
            return ProblemCode.RULE_NOT_ENOUGH_TABLES.with("count", d.meetings(), "at", when(d.start()),
                    "free", d.freeTables());
        } else if (j instanceof ParticipantUnavailable d) {
            return ProblemCode.RULE_UNAVAILABLE.with("meeting", d.meeting(), "at", when(d.start()),
                    "who", String.join(" and ", d.unavailable()), "count", d.unavailable().size());
        } else if (j instanceof SessionNotAllowed d) {
            return ProblemCode.RULE_SESSION_NOT_ALLOWED.with("meeting", d.meeting(), "session", d.session(),
                    "allowed", String.join(", ", new TreeSet<>(d.allowedSessions())));
        } else if (j instanceof MeetingAwayFromFixedTable d) {
            return ProblemCode.RULE_AWAY_FROM_FIXED_TABLE.with("meeting", d.meeting(), "table", d.table(),
                    "count", d.fixedTables().size(), "fixed", String.join(" or ", d.fixedTables()));
        } else if (j instanceof FixedTableUsedByOthers d) {
            return ProblemCode.RULE_FIXED_TABLE_RESERVED.with("meeting", d.meeting(), "table", d.table(),
                    "owner", d.owner());
        } else if (j instanceof TooManyMeetings d) {
            return ProblemCode.RULE_TOO_MANY_MEETINGS.with("participant", d.participant(), "meetings",
                    d.meetings(), "max", d.maxMeetings());
        }
        return ProblemCode.SHEET_PLAIN.with("message", j.description());
    }

    private static String when(LocalDateTime time) {
        return ScheduleJustification.WHEN.format(time);
    }
}
