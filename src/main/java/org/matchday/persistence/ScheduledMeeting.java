package org.matchday.persistence;

import org.matchday.domain.EventSession;
import org.matchday.domain.EventTable;
import org.matchday.domain.Participant;

import java.time.LocalDateTime;

/**
 * A meeting as exports show it: who, when (local to the event's time zone), where, and its iCalendar
 * sequence. Participant A is the one with the smaller id, which keeps the pair's identity stable.
 */
public record ScheduledMeeting(Participant participantA, Participant participantB, EventSession session,
        LocalDateTime start, LocalDateTime end, EventTable table, int sequence) {

    public boolean involves(Participant participant) {
        return participantA.id.equals(participant.id) || participantB.id.equals(participant.id);
    }

    /** The other participant of the meeting, seen from {@code participant}. */
    public Participant counterpartOf(Participant participant) {
        return participantA.id.equals(participant.id) ? participantB : participantA;
    }

    /** A stable identity for the pair's meeting across moves and publications (iCalendar UID). */
    public String uid(long eventId) {
        return "matchday-" + eventId + "-" + participantA.code + "-" + participantB.code + "@matchday";
    }
}
