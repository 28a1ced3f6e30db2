package org.matchday.event;

import org.matchday.problem.ProblemCode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.StatelessSession;
import org.matchday.domain.Event;
import org.matchday.format.EventDocument;
import org.matchday.format.EventDocumentValidator;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.problem.Violation;
import org.matchday.mapping.EventAssembler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Stores a whole event from its document, all or nothing. */
@ApplicationScoped
public class EventImporter {

    /**
     * Test hook for .ci/crash-test.sh, never set in production: a file name that an import creates once its rows are
     * written and not yet committed, and then waits, so that the crash test kills the process at exactly that point.
     * Outside the matchday configuration on purpose: Quarkus refuses unknown properties under a mapped prefix.
     */
    public static final String HOLD_BEFORE_COMMIT = "crash-test.hold-import-before-commit";

    private final EventDocumentValidator validator;
    private final MemberService members;
    private final ImportMetrics metrics;
    private final StatelessSession rows;

    public EventImporter(EventDocumentValidator validator, MemberService members, ImportMetrics metrics,
            StatelessSession rows) {
        this.validator = validator;
        this.members = members;
        this.metrics = metrics;
        this.rows = rows;
    }

    /**
     * Validates and stores {@code document}, owned by the account {@code ownerAccountId} (none for the bundled
     * samples, which only the administrator sees); answers the new event's id. Nothing is stored when it is invalid.
     */
    public long importEvent(EventDocument document, Long ownerAccountId) {
        long start = System.nanoTime();
        String outcome = ImportMetrics.FAILED;
        try {
            List<Violation> violations = validator.validate(document);
            if (!violations.isEmpty()) {
                outcome = ImportMetrics.INVALID;
                InvalidDocumentException.throwIfAny(ProblemCode.PROBLEMS_EVENT_DOCUMENT, violations);
            }
            // Called outside a transaction, as the resource and the sample loader do, the timing includes the
            // commit, where most rows are written.
            long id = QuarkusTransaction.joiningExisting().call(() -> store(document, ownerAccountId));
            outcome = ImportMetrics.IMPORTED;
            return id;
        } finally {
            metrics.ended(outcome, document, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * Rows go straight to the database through a stateless session, in the transaction's connection: tens of
     * thousands of new rows need no persistence context to track them and check them for changes at commit.
     */
    private long store(EventDocument document, Long ownerAccountId) {
        Event event = EventAssembler.assemble(document, rows::insert).event();
        if (ownerAccountId != null) {
            members.join(event.id, ownerAccountId);
        }
        holdIfTestAsks();
        return event.id;
    }

    private static void holdIfTestAsks() {
        String marker = System.getProperty(HOLD_BEFORE_COMMIT);
        if (marker == null) {
            return;
        }
        try {
            Files.writeString(Path.of(marker), "rows written, not committed\n");
            Thread.sleep(Duration.ofMinutes(5).toMillis());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
