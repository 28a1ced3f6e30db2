package org.matchday.mapping;

import org.junit.jupiter.api.Test;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.Participant;
import org.matchday.domain.RequestStatus;
import org.matchday.format.RequestDoc;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A wish keeps its expiry mark only while it stays as the expiry left it. */
class EventWriterTest {

    private static final Instant EXPIRED = Instant.parse("2018-05-06T02:30:00Z");

    @Test
    void anEditThatKeepsTheStatusKeepsTheExpiryMark() {
        MeetingRequest wish = expired();
        EventWriter.apply(wish, doc(RequestStatus.DECLINED, 5), participants());
        assertEquals(EXPIRED, wish.expiredAt);
        assertEquals(5, wish.priority);
    }

    @Test
    void anAnswerAfterTheExpiryClearsTheMark() {
        MeetingRequest wish = expired();
        EventWriter.apply(wish, doc(RequestStatus.ACCEPTED, 3), participants());
        assertEquals(RequestStatus.ACCEPTED, wish.status);
        assertNull(wish.expiredAt);
    }

    private static MeetingRequest expired() {
        MeetingRequest wish = new MeetingRequest();
        wish.status = RequestStatus.DECLINED;
        wish.expiredAt = EXPIRED;
        return wish;
    }

    private static RequestDoc doc(RequestStatus status, int priority) {
        return new RequestDoc("r1", "eu-castra", "tw-cnfi", priority, null, status, null, null);
    }

    private static Map<String, Participant> participants() {
        Participant from = new Participant();
        from.code = "eu-castra";
        Participant to = new Participant();
        to.code = "tw-cnfi";
        return Map.of("eu-castra", from, "tw-cnfi", to);
    }
}
