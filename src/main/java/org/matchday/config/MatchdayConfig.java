package org.matchday.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Matchday's own settings ({@code matchday.*} in application.properties). */
@ConfigMapping(prefix = "matchday")
public interface MatchdayConfig {

    /** Folder of the embedded database's files. */
    @WithDefault("./data")
    String dataDir();

    @WithName("import")
    Import importing();

    Samples samples();

    interface Import {
        /** Largest event document accepted by the import, in bytes. */
        @WithDefault("16M")
        MemorySize maxBytes();
    }

    interface Samples {
        /** Load the bundled sample events when the database has no event yet. */
        @WithDefault("true")
        boolean loadOnStart();
    }
}
