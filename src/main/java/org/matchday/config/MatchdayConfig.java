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

        /** Address that personal links start with; the request's own address when absent. */
        Optional<String> publicUrl();

        /** Failed logins or token guesses a client address may make in a minute before it gets 429. */
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
