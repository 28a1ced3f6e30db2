package org.matchday.solver;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why a constraint matched, in words an organiser understands: one record per constraint of
 * {@link ScheduleConstraintProvider}, each with a {@link #description()}. They hold codes and times only, so
 * that they serialise as they are in a score analysis.
 */
public sealed interface ScheduleJustification extends ConstraintJustification {

    DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", java.util.Locale.ENGLISH);

    /** One sentence saying what is wrong or what costs. */
    String description();

    private static String when(LocalDateTime time) {
        return WHEN.format(time);
    }

    record ParticipantDoubleBooked(String participant, LocalDateTime start, List<String> meetings)
            implements ScheduleJustification {
        @Override
        public String description() {
            return participant + " has " + meetings.size() + " meetings at " + when(start) + ": "
                    + String.join(", ", meetings) + ".";
        }
    }

    record TableDoubleBooked(String table, LocalDateTime start, List<String> meetings)
            implements ScheduleJustification {
        @Override
        public String description() {
            return "Table " + table + " hosts " + meetings.size() + " meetings at " + when(start) + ": "
                    + String.join(", ", meetings) + ".";
        }
    }

    record NotEnoughFreeTables(LocalDateTime start, int meetings, int freeTables) implements ScheduleJustification {
        @Override
        public String description() {
            return meetings + " meetings without a host at " + when(start) + " need a free table, but there are only "
                    + freeTables + ".";
        }
    }

    record ParticipantUnavailable(String meeting, LocalDateTime start, List<String> unavailable)
            implements ScheduleJustification {
        @Override
        public String description() {
            return "Meeting " + meeting + " at " + when(start) + ": " + String.join(" and ", unavailable)
                    + (unavailable.size() == 1 ? " is" : " are") + " not available then.";
        }
    }

    record SessionNotAllowed(String meeting, String session, Set<String> allowedSessions)
            implements ScheduleJustification {
        @Override
        public String description() {
            return "Meeting " + meeting + " is in session " + session + ", but its requests allow only "
                    + String.join(", ", new TreeSet<>(allowedSessions)) + ".";
        }
    }

    record MeetingAwayFromFixedTable(String meeting, String table, List<String> fixedTables)
            implements ScheduleJustification {
        @Override
        public String description() {
            return "Meeting " + meeting + " is at table " + table + ", not at "
                    + (fixedTables.size() == 1 ? "the fixed table " : "either fixed table ")
                    + String.join(" or ", fixedTables) + ".";
        }
    }

    record FixedTableUsedByOthers(String meeting, String table, String owner) implements ScheduleJustification {
        @Override
        public String description() {
            return "Meeting " + meeting + " is at table " + table + ", which is reserved for " + owner + ".";
        }
    }

    record TooManyMeetings(String participant, int meetings, int maxMeetings) implements ScheduleJustification {
        @Override
        public String description() {
            return participant + " has " + meetings + " meetings but takes at most " + maxMeetings + ".";
        }
    }

    record TooFewMeetings(String participant, int meetings, int fairShare) implements ScheduleJustification {
        @Override
        public String description() {
            return participant + " has " + meetings + (meetings == 1 ? " meeting" : " meetings") + " but is owed "
                    + fairShare + " by the fairness minimum.";
        }
    }

    record RequestedMeetingUnscheduled(String meeting, int priority) implements ScheduleJustification {
        @Override
        public String description() {
            return "Meeting " + meeting + " (priority " + priority + ") has no slot.";
        }
    }

    record IdleBreak(String participant, LocalDateTime freeFrom, LocalDateTime freeUntil, int freeSlots)
            implements ScheduleJustification {
        @Override
        public String description() {
            return participant + " waits " + freeSlots + (freeSlots == 1 ? " slot" : " slots") + " between meetings, "
                    + when(freeFrom) + " to " + when(freeUntil) + ".";
        }
    }

    record MutualWishLate(String meeting, LocalDateTime start, int slotsAfterFirst) implements ScheduleJustification {
        @Override
        public String description() {
            return "Meeting " + meeting + ", wished by both, is at " + when(start) + ", " + slotsAfterFirst
                    + (slotsAfterFirst == 1 ? " slot" : " slots") + " after the event's first.";
        }
    }

    record PublishedMeetingMoved(String meeting, LocalDateTime publishedStart, LocalDateTime start)
            implements ScheduleJustification {
        @Override
        public String description() {
            return "Meeting " + meeting + " was published at " + when(publishedStart) + " and is now "
                    + (start == null ? "unscheduled" : "at " + when(start)) + ".";
        }
    }
}
