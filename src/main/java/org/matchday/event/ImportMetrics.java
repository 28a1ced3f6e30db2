package org.matchday.event;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.matchday.format.EventDocument;

import java.time.Duration;
import java.util.List;

/**
 * Imports as seen at /q/metrics: how long they take by outcome ({@code matchday_import_duration_seconds}) and how
 * large the imported events are ({@code matchday_import_participants}, {@code matchday_import_requests}).
 */
// Created at start, so that its series are scraped from the first minute, at zero.
@Startup
@ApplicationScoped
public class ImportMetrics {

    static final String IMPORTED = "imported";
    static final String INVALID = "invalid";
    static final String FAILED = "failed";

    private final MeterRegistry registry;
    private final DistributionSummary participants;
    private final DistributionSummary requests;

    public ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.participants = DistributionSummary.builder("matchday.import.participants")
                .description("Participants of each imported event")
                .register(registry);
        this.requests = DistributionSummary.builder("matchday.import.requests")
                .description("Meeting requests of each imported event")
                .register(registry);
    }

    /** An import has ended with {@code outcome} after {@code duration}; sizes count only stored events. */
    void ended(String outcome, EventDocument document, Duration duration) {
        Timer.builder("matchday.import.duration")
                .description("Time to validate and store an event document, commit included")
                .tag("outcome", outcome)
                .register(registry)
                .record(duration);
        if (IMPORTED.equals(outcome)) {
            participants.record(sizeOf(document.participants()));
            requests.record(sizeOf(document.requests()));
        }
    }

    private static int sizeOf(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
