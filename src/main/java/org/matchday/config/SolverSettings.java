package org.matchday.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long solve jobs run and how often they save ({@code matchday.solver.*} in application.properties). */
@ConfigMapping(prefix = "matchday.solver")
public interface SolverSettings {

    /** Seconds a solve job runs when the request names none. */
    @WithDefault("30")
    int defaultSeconds();

    /** Most seconds a request may ask for. */
    @WithDefault("3600")
    int maxSeconds();

    /** A job also stops when the best schedule has not improved for this many seconds. */
    @WithDefault("20")
    int unimprovedSeconds();

    /** Least time between two saves of an improving schedule; the last one is always saved. */
    @WithDefault("2s")
    Duration saveInterval();

    /** The database lease by which instances agree on who solves an event (docs/operations.md, "Several instances"). */
    Lease lease();

    interface Lease {
        /** How long a lease lasts unrenewed: how soon another instance may solve the event of an instance that died. */
        @WithDefault("30s")
        Duration expiry();

        /** How often a job renews its lease, and so how soon it sees a stop asked through another instance. */
        @WithDefault("2s")
        Duration renewal();
    }
}
