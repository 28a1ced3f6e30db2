package org.matchday.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Optional;

/** Matchday's own settings ({@code matchday.*} in application.properties). */
@ConfigMapping(prefix = "matchday")
public interface MatchdayConfig {

    /** Folder of the embedded database's files. */
    @WithDefault("./data")
    String dataDir();

    /**
     * This instance's name among those sharing the database, unique among them and kept across restarts; host name
     * and HTTP port when absent.
     */
    Optional<String> instanceId();

    @WithName("import")
    Import importing();

    Body body();

    Samples samples();

    Security security();

    Wishes wishes();

    interface Import {
        /** Largest event document accepted by the import, in bytes. */
        @WithDefault("16M")
        MemorySize maxBytes();
    }

    interface Body {
        /** Largest request body of every other endpoint (an edit, a wish, a setting), in bytes. */
        @WithDefault("1M")
        MemorySize maxBytes();
    }

    interface Samples {
        /** Load the bundled sample events when the database has no event yet. */
        @WithDefault("true")
        boolean loadOnStart();
    }

    interface Security {
        /** Password of the organiser {@code admin} created on the first start; a random one is logged when absent. */
        Optional<String> adminPassword();

        /** How long a participant's personal link works after it is issued. */
        @WithDefault("P90D")
        Duration linkValidity();

        /**
         * Address that personal links and mails start with. When absent, the address this instance serves
         * (http://localhost and its HTTP port unless {@code quarkus.http.host} names one): never a request's Host.
         */
        Optional<String> publicUrl();

        /** A login session of the pages ends after this long without a request. */
        @WithDefault("PT2H")
        Duration sessionIdle();

        /** A login session of the pages ends this long after the login, used or not. */
        @WithDefault("PT12H")
        Duration sessionLifetime();

        /**
         * Failed logins per account and client address, and failed token guesses per client address, in a minute
         * before that pair (or address) gets 429; valid tokens and other accounts are never held back.
         */
        @WithDefault("10")
        int failuresPerMinute();
    }

    interface Wishes {
        /**
         * Batches of wishes checked and committed at once. Each writer is one thread: more of them get the wishes
         * a larger share of the processors while reports, exports and solving compete for them.
         */
        @WithDefault("2")
        int writers();
    }
}
