package org.matchday.mapping;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.matchday.domain.Participant;
import org.matchday.format.EventDocument;
import org.matchday.persistence.EventData;
import org.matchday.solver.Attendee;
import org.matchday.solver.Schedule;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What the fairness minimum owes each participant, and why some are owed less than the minimum. */
class FairSharesTest {

    /**
     * A minimum of 2. Session s has three slots, session t one. "lonely" can attend no slot at all; "tight" may only
     * meet in session t; "capped" takes one meeting at most.
     */
    private static final String EVENT = """
            {"format": "matchday-event/1", "name": "Shares", "timezone": "Europe/Brussels", "minimumMeetings": 2,
             "sessions": [{"id": "s", "date": "2026-03-10", "start": "09:00", "end": "10:00", "meetingMinutes": 20},
                          {"id": "t", "date": "2026-03-10", "start": "11:00", "end": "11:20", "meetingMinutes": 20}],
             "tables": [{"id": "T1"}, {"id": "T2"}],
             "participants": [
               {"id": "a", "name": "Ana"}, {"id": "b", "name": "Ben"}, {"id": "c", "name": "Cleo"},
               {"id": "d", "name": "Dana"}, {"id": "lonely", "name": "Lou", "availability": []},
               {"id": "capped", "name": "Cap", "maxMeetings": 1}, {"id": "few", "name": "Fay"},
               {"id": "tight", "name": "Tim"}, {"id": "partly", "name": "Pat"}, {"id": "idle", "name": "Ida"}
             ],
             "requests": [
               {"id": "r1", "from": "a", "to": "b"}, {"id": "r2", "from": "a", "to": "c"},
               {"id": "r3", "from": "a", "to": "d"}, {"id": "r4", "from": "lonely", "to": "a"},
               {"id": "r5", "from": "capped", "to": "b"}, {"id": "r6", "from": "capped", "to": "c"},
               {"id": "r7", "from": "few", "to": "c"},
               {"id": "r8", "from": "tight", "to": "b", "sessions": ["t"]},
               {"id": "r9", "from": "tight", "to": "d", "sessions": ["t"]},
               {"id": "r10", "from": "partly", "to": "lonely"}, {"id": "r11", "from": "partly", "to": "d"},
               {"id": "r12", "from": "idle", "to": "b", "status": "DECLINED"}
             ]}
            """;

    private final EventData data = DetachedEvents.of(read(EVENT));

    @Test
    void aParticipantIsOwedTheMinimumWhenItsRequestsAllowIt() {
        FairShares.Share a = share("a");
        // Four requested meetings, three of which can take place (lonely's cannot), in three different slots.
        assertEquals(4, a.requested());
        assertEquals(3, a.possible());
        assertEquals(2, a.share());
        assertFalse(a.isBelowMinimum());
        assertNull(a.whyBelowMinimum());
    }

    @Test
    void aParticipantWhoseRequestsAllowLessIsOwedLessAndToldWhy() {
        assertEquals(0, share("lonely").share());
        assertFalse(share("lonely").isOwed());
        assertEquals("None of its 2 requested meetings can take place: no pair has a common available slot in the"
                + " allowed sessions.", share("lonely").whyBelowMinimum());
        assertEquals(1, share("capped").share());
        assertEquals("It takes at most 1 meeting (its maxMeetings).", share("capped").whyBelowMinimum());
        assertEquals(1, share("few").share());
        assertEquals("It has only 1 requested meeting.", share("few").whyBelowMinimum());
        // Both of its meetings can only be in the single slot of session t.
        assertEquals(1, share("tight").share());
        assertEquals("Its 2 meetings that can take place can only use 1 slot between them.",
                share("tight").whyBelowMinimum());
        assertEquals(1, share("partly").share());
        assertEquals("Only 1 of its 2 requested meetings can take place; the others have no common available slot in"
                + " the allowed sessions.", share("partly").whyBelowMinimum());
    }

    @Test
    void withoutRequestsNothingIsOwedAndNothingIsMissing() {
        FairShares.Share idle = share("idle");
        // Its only request was declined.
        assertEquals(0, idle.requested());
        assertFalse(idle.isOwed());
        assertFalse(idle.isBelowMinimum());
    }

    @Test
    void aMinimumOfZeroOwesNothing() {
        for (FairShares.Share share : FairShares.of(data.participants(), MeetingOptions.of(data), 0).values()) {
            assertFalse(share.isOwed(), share.participant().code);
            assertFalse(share.isBelowMinimum(), share.participant().code);
        }
    }

    @Test
    void theSolverSeesEachParticipantsShare() {
        Schedule problem = ScheduleMapper.toProblem(data);
        Map<String, Integer> shares = new HashMap<>();
        for (Attendee attendee : problem.getAttendees()) {
            shares.put(attendee.code(), attendee.fairShare());
        }
        assertEquals(2, problem.getMinimumMeetings());
        assertEquals(Map.of("a", 2, "b", 2, "c", 2, "d", 2, "lonely", 0, "capped", 1, "few", 1, "tight", 1,
                "partly", 1, "idle", 0), shares);
        // Construction places first the meetings of those who need every one of theirs: few and partly have one
        // that can take place and are owed it; capped and tight have two for one owed; lonely is owed nothing.
        Set<String> needy = new HashSet<>();
        problem.getAttendees().stream().filter(Attendee::needsEveryMeeting).forEach(x -> needy.add(x.code()));
        assertEquals(Set.of("few", "partly"), needy);
    }

    private FairShares.Share share(String code) {
        Map<Participant, FairShares.Share> shares = FairShares.of(data, MeetingOptions.of(data));
        return shares.values().stream().filter(s -> s.participant().code.equals(code)).findFirst().orElseThrow();
    }

    private static EventDocument read(String json) {
        try {
            return new ObjectMapper().readValue(json, EventDocument.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
