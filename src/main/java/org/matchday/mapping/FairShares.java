package org.matchday.mapping;

import org.matchday.domain.Participant;
import org.matchday.domain.Timeslot;
import org.matchday.persistence.EventData;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the event's fairness minimum k owes each participant: min(k, what its requests allow). What its requests
 * allow is the most meetings it could have if everyone else made room for it: its requested meetings that have a
 * slot both participants can attend, each in a different slot, and no more than its maxMeetings. The one place
 * this rule lives, for the solver, the capacity check, the explanations and the statistics.
 */
public final class FairShares {

    private FairShares() {
    }

    /**
     * One participant's due.
     *
     * @param minimum the event's fairness minimum k
     * @param requested its requested meetings
     * @param possible those with at least one slot both participants can attend in the allowed sessions
     * @param share the meetings it is owed: min(k, what its requests allow)
     */
    public record Share(Participant participant, int minimum, int requested, int possible, int share) {

        /** Owed at least one meeting: it has a request that can take place, and the rule is on. */
        public boolean isOwed() {
            return share > 0;
        }

        /** Its requests allow fewer meetings than the minimum, although it asked or was asked for some. */
        public boolean isBelowMinimum() {
            return requested > 0 && share < minimum;
        }

        /** Why its requests allow fewer meetings than the minimum, in words; null when they allow the minimum. */
        public String whyBelowMinimum() {
            if (!isBelowMinimum()) {
                return null;
            }
            if (possible == 0) {
                return requested == 1 ? "Its only requested meeting cannot take place: the two have no common"
                        + " available slot in the allowed sessions."
                        : "None of its " + requested + " requested meetings can take place: no pair has a common"
                        + " available slot in the allowed sessions.";
            }
            Integer cap = participant.maxMeetings;
            if (cap != null && cap == share) {
                return "It takes at most " + cap + (cap == 1 ? " meeting" : " meetings") + " (its maxMeetings).";
            }
            if (possible == share && possible == requested) {
                return "It has only " + requested + (requested == 1 ? " requested meeting." : " requested meetings.");
            }
            if (possible == share) {
                return "Only " + possible + " of its " + requested + " requested meetings can take place; the others"
                        + " have no common available slot in the allowed sessions.";
            }
            return "Its " + possible + " meetings that can take place can only use " + share
                    + (share == 1 ? " slot" : " different slots") + " between them.";
        }
    }

    /** Every participant's share under the event's own minimum, in participant order. */
    public static Map<Participant, Share> of(EventData data, List<MeetingOptions> options) {
        return of(data.participants(), options, data.event().minimumMeetings);
    }

    /** Every participant's share under {@code minimum}, in participant order. */
    public static Map<Participant, Share> of(List<Participant> participants, List<MeetingOptions> options,
            int minimum) {
        Map<Participant, Integer> requested = new HashMap<>();
        Map<Participant, List<MeetingOptions>> possible = new HashMap<>();
        for (MeetingOptions o : options) {
            for (Participant p : List.of(o.participantA(), o.participantB())) {
                requested.merge(p, 1, Integer::sum);
                if (!o.slots().isEmpty()) {
                    possible.computeIfAbsent(p, k -> new ArrayList<>()).add(o);
                }
            }
        }
        Map<Participant, Share> shares = new LinkedHashMap<>();
        for (Participant p : participants) {
            List<MeetingOptions> meetings = possible.getOrDefault(p, List.of());
            int limit = p.maxMeetings == null ? minimum : Math.min(minimum, p.maxMeetings);
            shares.put(p, new Share(p, minimum, requested.getOrDefault(p, 0), meetings.size(),
                    inDifferentSlots(meetings, limit)));
        }
        return shares;
    }

    /** How many of the meetings fit in different slots, counted up to {@code limit}: a matching by augmenting paths. */
    private static int inDifferentSlots(List<MeetingOptions> meetings, int limit) {
        Map<Timeslot, Integer> holder = new HashMap<>();
        int matched = 0;
        for (int m = 0; m < meetings.size() && matched < limit; m++) {
            if (place(m, meetings, holder, new HashSet<>())) {
                matched++;
            }
        }
        return matched;
    }

    private static boolean place(int meeting, List<MeetingOptions> meetings, Map<Timeslot, Integer> holder,
            Set<Timeslot> visited) {
        for (Timeslot slot : meetings.get(meeting).slots()) {
            if (visited.add(slot)) {
                Integer current = holder.get(slot);
                if (current == null || place(current, meetings, holder, visited)) {
                    holder.put(slot, meeting);
                    return true;
                }
            }
        }
        return false;
    }
}
