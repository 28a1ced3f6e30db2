package org.matchday.participant;

import org.matchday.domain.EventPhase;
import org.matchday.domain.MatchmakingRules;
import org.matchday.format.ParticipantDoc;

import java.util.List;

/**
 * What every page of a participant knows: its event (name, venue, dates, time zone, phase and matchmaking rules),
 * the participant itself with its whole profile, and the event's sessions; and what the phase lets it do.
 */
public record ParticipantSpace(long eventId, String eventName, String venue, String timezone, String dates,
        EventPhase phase, MatchmakingRules rules, ParticipantDoc me, List<SessionChoice> sessions) {

    /** Participants' pages hold personal data (and the agenda its token): no cache keeps them. */
    public static final String NO_STORE = "no-store";

    /** A session as a participant picks it: its id, a label with its day and hours, and its bounds. */
    public record SessionChoice(String id, String label, String start, String end) {
    }

    public boolean canEditProfile() {
        return phase.allowsProfileEdits();
    }

    public boolean canChangeGroup() {
        return phase.allowsGroupChanges();
    }

    public boolean canEditAvailability() {
        return phase.allowsAvailabilityEdits();
    }

    public boolean canWish() {
        return phase.allowsWishes(rules.lateWishes());
    }

    /** Wishes sent after publication, which some events allow. */
    public boolean lateWishesOpen() {
        return phase == EventPhase.PUBLISHED && canWish();
    }

    /** A participant may call off a meeting, or its whole attendance, once there is a timetable. */
    public boolean cancellationsPossible() {
        return phase.allowsCancellations();
    }

    /** The agenda is the published timetable: participants see it from publication on. */
    public boolean agendaPublished() {
        return phase == EventPhase.PUBLISHED || phase == EventPhase.CLOSED;
    }

    /** True when more than one session exists, so that a wish may name the sessions it fits in. */
    public boolean severalSessions() {
        return sessions.size() > 1;
    }

    /** The base of the API paths about this participant. */
    public String apiBase() {
        return "/api/events/" + eventId + "/participants/" + me.id();
    }
}
