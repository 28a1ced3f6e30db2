package org.matchday.domain;

/** What an account may do: organisers run events, staff help on the day. */
public enum Role {
    ORGANISER,
    STAFF;

    /** The role's name in the security identity, as {@code @RolesAllowed} spells it. */
    public String securityRole() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
