package org.matchday.security;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as the rest of Matchday needs to know it: an account (organiser or staff, perhaps the
 * administrator) or a participant acting through its personal link.
 */
public record Caller(String name, Long accountId, boolean organiser, boolean staff, boolean administrator,
        Long participantEventId, Long participantId, String participantCode) {

    static final String ACCOUNT_ID = "matchday.account-id";
    static final String ADMINISTRATOR = "matchday.administrator";
    static final String EVENT_ID = "matchday.event-id";
    static final String PARTICIPANT_ID = "matchday.participant-id";
    static final String PARTICIPANT_CODE = "matchday.participant-code";
    public static final String ORGANISER = "organiser";
    public static final String STAFF = "staff";
    public static final String PARTICIPANT = "participant";

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return new Caller(null, null, false, false, false, null, null, null);
        }
        return new Caller(identity.getPrincipal().getName(), identity.getAttribute(ACCOUNT_ID),
                identity.hasRole(ORGANISER), identity.hasRole(STAFF),
                Boolean.TRUE.equals(identity.getAttribute(ADMINISTRATOR)), identity.getAttribute(EVENT_ID),
                identity.getAttribute(PARTICIPANT_ID), identity.getAttribute(PARTICIPANT_CODE));
    }

    public boolean isAccount() {
        return accountId != null;
    }

    public boolean isParticipant() {
        return participantEventId != null;
    }

    /** True when this is the participant {@code code} of event {@code eventId}, through its own link. */
    public boolean isParticipant(long eventId, String code) {
        return isParticipant() && participantEventId == eventId && participantCode.equals(code);
    }
}
