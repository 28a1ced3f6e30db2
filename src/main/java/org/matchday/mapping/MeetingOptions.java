package org.matchday.mapping;

import org.matchday.domain.Meeting;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.PairKey;
import org.matchday.domain.Participant;
import org.matchday.domain.Timeslot;
import org.matchday.persistence.EventData;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one requested meeting may be, derived from the requests and the participants: its value, the sessions
 * its requests allow and the slots both participants can attend in them. The one place these rules live for
 * the capacity check and the explanations.
 */
public record MeetingOptions(Meeting meeting, int priority, boolean mutual, Set<String> allowedSessions,
        List<Timeslot> slots) {

    /** Priority of a meeting no accepted request asks for (an organiser's own meeting). */
    public static final int ORGANISER_PRIORITY = MeetingRequest.DEFAULT_PRIORITY;

    public Participant participantA() {
        return meeting.participantA;
    }

    public Participant participantB() {
        return meeting.participantB;
    }

    /** Options of every meeting row of the event, in row order. */
    public static List<MeetingOptions> of(EventData data) {
        List<Timeslot> allSlots = data.timeslots();
        Set<String> allSessions = new LinkedHashSet<>();
        data.sessions().forEach(s -> allSessions.add(s.code));
        Map<PairKey, List<MeetingRequest>> requestsByPair = new HashMap<>();
        for (MeetingRequest r : data.requests()) {
            if (r.status.isSchedulable()) {
                requestsByPair.computeIfAbsent(r.pairKey(), k -> new ArrayList<>()).add(r);
            }
        }
        List<MeetingOptions> options = new ArrayList<>();
        for (Meeting m : data.meetings()) {
            List<MeetingRequest> requests = requestsByPair.getOrDefault(m.pairKey(), List.of());
            options.add(of(m, requests, allSessions, allSlots));
        }
        return options;
    }

    /**
     * Every accepted request's session restriction holds: the meeting may only take place in sessions all of
     * them allow. Its priority is the highest asked; it is mutual when both participants asked.
     */
    static MeetingOptions of(Meeting meeting, List<MeetingRequest> requests, Set<String> allSessions,
            List<Timeslot> allSlots) {
        int priority = requests.isEmpty() ? ORGANISER_PRIORITY : 0;
        boolean fromA = false;
        boolean fromB = false;
        Set<String> allowed = new LinkedHashSet<>(allSessions);
        for (MeetingRequest r : requests) {
            priority = Math.max(priority, r.priority);
            fromA |= r.from.id.equals(meeting.participantA.id);
            fromB |= r.from.id.equals(meeting.participantB.id);
            if (r.sessions != null) {
                allowed.retainAll(r.sessions);
            }
        }
        List<Timeslot> slots = new ArrayList<>();
        for (Timeslot slot : allSlots) {
            if (allowed.contains(slot.session()) && meeting.participantA.isAvailableFor(slot)
                    && meeting.participantB.isAvailableFor(slot)) {
                slots.add(slot);
            }
        }
        return new MeetingOptions(meeting, priority, fromA && fromB, Collections.unmodifiableSet(allowed),
                Collections.unmodifiableList(slots));
    }
}
