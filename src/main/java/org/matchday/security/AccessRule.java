package org.matchday.security;

/**
 * Who may call an endpoint. Each resource method names exactly one rule with {@link Access}; the matrix in
 * docs/security.md lists them, and the authorisation matrix test holds every endpoint to it.
 */
public enum AccessRule {
    /** Anyone, logged in or not: the login page. */
    PUBLIC,
    /** Any organiser or staff account. */
    ACCOUNT,
    /** Any participant acting through its personal link: its own pages. */
    PARTICIPANT,
    /** Any organiser account: creating events, managing accounts. */
    ORGANISER,
    /** The event's organisers and staff, and its participants through their links: the event's public data. */
    EVENT_VIEWER,
    /** The event's organisers and staff: its whole schedule and every export. */
    EVENT_STAFF,
    /** The event's organisers: every change to the event. */
    EVENT_ORGANISER,
    /** The event's organisers and staff, and the one participant named in the path through its own link. */
    EVENT_PARTICIPANT_SELF,
    /** The event's organisers, and the one participant named in the path through its own link; not staff. */
    EVENT_ORGANISER_OR_SELF,
    /** The event's participants through their links, acting for themselves: wishes. */
    EVENT_PARTICIPANT
}
