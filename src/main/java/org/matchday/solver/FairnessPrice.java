package org.matchday.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The priority a schedule gives up for the fairness rule: what exchanges that only the rule forbids would add. An
 * exchange puts a left-out meeting into one of its slots in place of the meetings that stand in its way there,
 * when they are worth less together and one of them is all that keeps a participant at its fair share. Left-out
 * meetings are tried from the most valuable, each exchange made before the next is looked for. A lower estimate
 * of the rule's price: the solver benchmark measures the whole price by solving without the rule.
 */
public final class FairnessPrice {

    private FairnessPrice() {
    }

    public static long priorityGivenUp(Schedule schedule) {
        return new Exchanges(schedule).run();
    }

    /** The schedule as the exchanges change it: who meets whom in which slot, and what is left of each slot. */
    private static final class Exchanges {

        private final Schedule schedule;
        private final Map<Attendee, MeetingAssignment[]> busy = new HashMap<>();
        private final Map<Attendee, Integer> meetings = new HashMap<>();
        private final int[] freeTables;

        Exchanges(Schedule schedule) {
            this.schedule = schedule;
            freeTables = new int[schedule.getSlots().size()];
            schedule.getSlots().forEach(slot -> freeTables[slot.index()] = slot.freeTables());
            for (MeetingAssignment meeting : schedule.getMeetings()) {
                if (meeting.isScheduled()) {
                    place(meeting, meeting.getSlot());
                }
            }
        }

        long run() {
            List<MeetingAssignment> leftOut = new ArrayList<>();
            for (MeetingAssignment meeting : schedule.getMeetings()) {
                if (!meeting.isScheduled() && !meeting.isPinned()) {
                    leftOut.add(meeting);
                }
            }
            leftOut.sort(Comparator.comparingInt(MeetingAssignment::getPriority).reversed()
                    .thenComparing(MeetingAssignment::getId));
            long givenUp = 0;
            for (MeetingAssignment meeting : leftOut) {
                int bestGain = 0;
                Slot bestSlot = null;
                for (Slot slot : meeting.getCandidateSlots()) {
                    int gain = gain(meeting, slot);
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestSlot = slot;
                    }
                }
                if (bestSlot != null) {
                    for (MeetingAssignment blocker : blockers(meeting, bestSlot)) {
                        remove(blocker, bestSlot);
                    }
                    place(meeting, bestSlot);
                    givenUp += bestGain;
                }
            }
            return givenUp;
        }

        /** What putting {@code meeting} into {@code slot} adds, when only the fairness rule forbids it; else 0. */
        private int gain(MeetingAssignment meeting, Slot slot) {
            List<MeetingAssignment> blockers = blockers(meeting, slot);
            if (blockers.isEmpty()) {
                return 0;
            }
            int gain = meeting.getPriority();
            boolean keptForSomeone = false;
            int tablesFreed = 0;
            for (MeetingAssignment blocker : blockers) {
                if (blocker.isPinned()) {
                    return 0;
                }
                gain -= blocker.getPriority();
                tablesFreed += blocker.needsFreeTable() ? 1 : 0;
                Attendee other = blocker.getA() == meeting.getA() || blocker.getA() == meeting.getB()
                        ? blocker.getB() : blocker.getA();
                keptForSomeone |= other.fairShare() > 0 && meetings.getOrDefault(other, 0) <= other.fairShare();
            }
            boolean seated = !meeting.needsFreeTable() || freeTables[slot.index()] + tablesFreed > 0;
            return gain > 0 && keptForSomeone && seated && withinCaps(meeting, slot) ? gain : 0;
        }

        /** A participant not busy in the slot gains a meeting, which its maxMeetings must allow. */
        private boolean withinCaps(MeetingAssignment meeting, Slot slot) {
            for (Attendee attendee : meeting.attendees()) {
                if (at(attendee, slot) == null && attendee.maxMeetings() != null
                        && meetings.getOrDefault(attendee, 0) >= attendee.maxMeetings()) {
                    return false;
                }
            }
            return true;
        }

        private List<MeetingAssignment> blockers(MeetingAssignment meeting, Slot slot) {
            List<MeetingAssignment> blockers = new ArrayList<>(2);
            for (Attendee attendee : meeting.attendees()) {
                MeetingAssignment other = at(attendee, slot);
                if (other != null && !blockers.contains(other)) {
                    blockers.add(other);
                }
            }
            return blockers;
        }

        private MeetingAssignment at(Attendee attendee, Slot slot) {
            MeetingAssignment[] day = busy.get(attendee);
            return day == null ? null : day[slot.index()];
        }

        private void place(MeetingAssignment meeting, Slot slot) {
            for (Attendee attendee : meeting.attendees()) {
                busy.computeIfAbsent(attendee, a -> new MeetingAssignment[freeTables.length])[slot.index()] = meeting;
                meetings.merge(attendee, 1, Integer::sum);
            }
            freeTables[slot.index()] -= meeting.needsFreeTable() ? 1 : 0;
        }

        private void remove(MeetingAssignment meeting, Slot slot) {
            for (Attendee attendee : meeting.attendees()) {
                busy.get(attendee)[slot.index()] = null;
                meetings.merge(attendee, -1, Integer::sum);
            }
            freeTables[slot.index()] += meeting.needsFreeTable() ? 1 : 0;
        }
    }
}
