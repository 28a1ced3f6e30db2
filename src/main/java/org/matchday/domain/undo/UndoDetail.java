package org.matchday.domain.undo;

import org.matchday.domain.Meeting;
import org.matchday.domain.RequestStatus;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What an action changed, by row ids: a meeting's state before and after (moves, take-outs, pins), or a no-show's
 * participant with the wishes it cancelled and the meetings it removed.
 */
public record UndoDetail(MeetingState before, MeetingState after, Long participant, List<RequestState> requests,
        List<MeetingState> meetings) {

    public static UndoDetail ofMeeting(MeetingState before, MeetingState after) {
        return new UndoDetail(before, after, null, null, null);
    }

    public static UndoDetail ofNoShow(long participant, List<RequestState> requests, List<MeetingState> meetings) {
        return new UndoDetail(null, null, participant, List.copyOf(requests), List.copyOf(meetings));
    }

    /** A meeting of two participants (A has the smaller id) where it was, or nowhere, and whether pinned. */
    public record MeetingState(long a, long b, Long session, LocalDateTime start, LocalDateTime end, Long table,
            boolean pinned, String reason) {

        public static MeetingState of(Meeting m) {
            return new MeetingState(m.participantA.id, m.participantB.id, m.session == null ? null : m.session.id,
                    m.start, m.end, m.table == null ? null : m.table.id, m.pinned, m.reason);
        }

        public boolean scheduled() {
            return start != null;
        }

        /** The same place and pin as {@code m}; the reason, which only explains, does not count. */
        public boolean sameAs(Meeting m) {
            MeetingState now = of(m);
            return a == now.a && b == now.b && java.util.Objects.equals(session, now.session)
                    && java.util.Objects.equals(start, now.start) && java.util.Objects.equals(table, now.table)
                    && pinned == now.pinned;
        }
    }

    /** A wish as it stood before the action cancelled it. */
    public record RequestState(long id, RequestStatus status) {
    }
}
