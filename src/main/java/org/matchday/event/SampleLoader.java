package org.matchday.event;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.matchday.config.MatchdayConfig;
import org.matchday.domain.Event;
import org.matchday.format.DocumentReader;
import org.matchday.format.EventDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Loads the bundled sample events on the first start, so a new user has something to schedule at once. */
@ApplicationScoped
public class SampleLoader {

    private static final Logger LOG = Logger.getLogger(SampleLoader.class);

    /** The files of sample-events/, bundled on the class path by the build. */
    static final List<String> SAMPLES = List.of("taipei-2018-cluster-matchmaking.json",
            "brussels-2026-brokerage-two-days.json");

    private final MatchdayConfig config;
    private final DocumentReader reader;
    private final EventImporter importer;

    public SampleLoader(MatchdayConfig config, DocumentReader reader, EventImporter importer) {
        this.config = config;
        this.reader = reader;
        this.importer = importer;
    }

    void onStart(@Observes StartupEvent startup) {
        if (config.samples().loadOnStart() && isEmpty()) {
            for (String sample : SAMPLES) {
                try {
                    long id = importer.importEvent(read(sample), null);
                    LOG.infof("Loaded sample event %s as event %d", sample, id);
                } catch (RuntimeException e) {
                    // A broken sample must not keep the service from starting; its test names the problem.
                    LOG.errorf(e, "Could not load sample event %s", sample);
                }
            }
        }
    }

    @Transactional
    boolean isEmpty() {
        return Event.count() == 0;
    }

    /** Reads one bundled sample. */
    public EventDocument read(String sample) {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("sample-events/" + sample)) {
            if (in == null) {
                throw new IllegalStateException("Sample " + sample + " is not on the class path");
            }
            return reader.read(in.readAllBytes(), EventDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
