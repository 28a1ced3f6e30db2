package org.matchday.solve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.matchday.config.MatchdayConfig;
import org.matchday.config.SolverSettings;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The database lease that makes one instance the solver of an event: taken when a job starts, renewed by its holder
 * while the job runs, released when it ends, and free for anyone once it expires, which is what happens when its
 * holder dies. Each job holds it under its own token, so a job that lost its lease cannot save over its successor.
 * The row also carries the job's figures as of its last save, which the other instances show, and a stop asked
 * through another instance. Expiry is judged by the database's clock alone, so instances' clocks may differ.
 */
@Singleton
public class SolveLease {

    private static final Logger LOG = Logger.getLogger(SolveLease.class);
    /** Written to a lease with the database's clock: the expiry in milliseconds from now. */
    private static final String EXPIRY = "current_timestamp + interval '0.001' second * cast(? as bigint)";
    /** What an instance shows of another's finished job, on top of the stored schedule's figures. */
    private static final List<String> LAST_RUN_FIELDS = List.of("elapsedMillis", "secondsLimit", "startedAt",
            "savedAt", "error");

    /** The outcome of asking for an event's lease. */
    public enum Outcome { ACQUIRED, HELD_ELSEWHERE, NO_EVENT }

    /** What the holder learns when it renews. */
    public enum Renewal { HELD, STOP_REQUESTED, LOST }

    /** An event's lease row as read now; {@code held} is how long since it was taken, by the database's clock. */
    public record Lease(String holder, String token, boolean live, boolean stopRequested, Duration held,
            Instant savedAt, String progress) {
    }

    /** The job that tried to save no longer holds its event's lease: another instance took it after it expired. */
    public static final class LostException extends RuntimeException {
        LostException(long eventId) {
            super("This instance no longer holds the lease of event " + eventId + "; another one solves it now.");
        }
    }

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final String instanceId;
    private final Duration expiry;

    @Inject
    public SolveLease(DataSource dataSource, ObjectMapper json, MatchdayConfig config, SolverSettings settings,
            @ConfigProperty(name = "quarkus.http.port") int port) {
        this(dataSource, json, config.instanceId().orElseGet(() -> hostName() + ":" + port),
                settings.lease().expiry());
    }

    SolveLease(DataSource dataSource, ObjectMapper json, String instanceId, Duration expiry) {
        this.dataSource = dataSource;
        this.json = json;
        this.instanceId = instanceId;
        this.expiry = expiry;
    }

    public String instanceId() {
        return instanceId;
    }

    /**
     * A restarted instance keeps its id, so leases under that id belong to its earlier life, which died: free them
     * now rather than keep their events locked until they expire.
     */
    void releaseStale(@Observes StartupEvent startup) {
        int released = update("update solve_lease set expires_at = current_timestamp"
                + " where holder = ? and expires_at > current_timestamp", instanceId);
        if (released > 0) {
            LOG.warnf("Released %d solve leases this instance (%s) held before it was restarted", released,
                    instanceId);
        }
        LOG.infof("Solving as instance %s", instanceId);
    }

    /** Takes the event's lease for a new job when nobody holds it, or its holder let it expire. */
    public Outcome acquire(long eventId, String token, String progress) {
        int taken = update("update solve_lease set holder = ?, token = ?, acquired_at = current_timestamp,"
                + " expires_at = " + EXPIRY + ", saved_at = null, stop_requested = false, progress_json = ?"
                + " where event_id = ? and expires_at <= current_timestamp",
                instanceId, token, expiry.toMillis(), progress, eventId);
        if (taken == 1) {
            return Outcome.ACQUIRED;
        }
        try {
            // The first lease of the event; the select also tells an unknown event from a held lease.
            int inserted = update("insert into solve_lease (event_id, holder, token, acquired_at, expires_at,"
                    + " stop_requested, progress_json) select id, ?, ?, current_timestamp, " + EXPIRY + ", false, ?"
                    + " from event where id = ?", instanceId, token, expiry.toMillis(), progress, eventId);
            return inserted == 1 ? Outcome.ACQUIRED : Outcome.NO_EVENT;
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return Outcome.HELD_ELSEWHERE;
            }
            throw e;
        }
    }

    /**
     * Extends the lease by its expiry; says whether it was still held and whether a stop was asked. An expired lease
     * is lost even when nobody took it yet: a renewal must never revive a lease its job released.
     */
    public Renewal renew(long eventId, String token) {
        if (update("update solve_lease set expires_at = " + EXPIRY + " where event_id = ? and token = ?"
                + " and expires_at > current_timestamp", expiry.toMillis(), eventId, token) == 0) {
            return Renewal.LOST;
        }
        Optional<Lease> lease = find(eventId);
        return lease.isPresent() && lease.get().stopRequested() && token.equals(lease.get().token())
                ? Renewal.STOP_REQUESTED : Renewal.HELD;
    }

    /**
     * Records a save with the job's figures, in the save's own transaction, which fails with {@link LostException}
     * when the job no longer holds the lease: its schedule must not overwrite its successor's.
     */
    public void recordSave(long eventId, String token, String progress) {
        if (update("update solve_lease set progress_json = ?, saved_at = current_timestamp, expires_at = " + EXPIRY
                + " where event_id = ? and token = ? and expires_at > current_timestamp", progress, expiry.toMillis(),
                eventId, token) == 0) {
            throw new LostException(eventId);
        }
    }

    /** Replaces the job's figures, such as once its problem is loaded, before its first save. */
    public void describe(long eventId, String token, String progress) {
        update("update solve_lease set progress_json = ? where event_id = ? and token = ?", progress, eventId, token);
    }

    /** Ends the job's lease, keeping its final figures; a no-op when the job had lost it. */
    public void release(long eventId, String token, String progress) {
        update("update solve_lease set expires_at = current_timestamp, stop_requested = false, progress_json = ?"
                + " where event_id = ? and token = ?", progress, eventId, token);
    }

    /** Drops the lease of a job that never started. */
    public void abandon(long eventId, String token) {
        update("delete from solve_lease where event_id = ? and token = ?", eventId, token);
    }

    /** Asks the holder of a live lease to stop, which it sees when it next renews; false when nobody holds one. */
    public boolean requestStop(long eventId) {
        return update("update solve_lease set stop_requested = true"
                + " where event_id = ? and expires_at > current_timestamp", eventId) == 1;
    }

    public Optional<Lease> find(long eventId) {
        String sql = "select holder, token, expires_at > current_timestamp, stop_requested, acquired_at,"
                + " current_timestamp, saved_at, progress_json from solve_lease where event_id = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, eventId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                OffsetDateTime acquired = row.getObject(5, OffsetDateTime.class);
                OffsetDateTime now = row.getObject(6, OffsetDateTime.class);
                OffsetDateTime saved = row.getObject(7, OffsetDateTime.class);
                return Optional.of(new Lease(row.getString(1), row.getString(2), row.getBoolean(3),
                        row.getBoolean(4), Duration.between(acquired, now),
                        saved == null ? null : saved.toInstant(), row.getString(8)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the solve lease of event " + eventId, e);
        }
    }

    /** True when some instance holds the event's lease now. */
    public boolean isHeld(long eventId) {
        return find(eventId).map(Lease::live).orElse(false);
    }

    String progressOf(SolveStatus status) {
        try {
            return json.writeValueAsString(status);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Another instance's running job as its last save described it; while it is still loading its problem, the
     * stored schedule's figures.
     */
    SolveStatus solving(Lease lease, Supplier<SolveStatus> stored) {
        ObjectNode status = tree(lease.progress());
        if (!status.has("status")) {
            status = json.valueToTree(stored.get());
        }
        status.put("status", SolveStatus.SOLVING);
        status.put("elapsedMillis", lease.held().toMillis());
        if (lease.savedAt() != null) {
            status.put("savedAt", lease.savedAt().toString());
        }
        return status(status);
    }

    /** The stored schedule's figures with what the lease's last job did, or that its instance died under it. */
    SolveStatus lastRun(Lease lease, SolveStatus stored) {
        ObjectNode last = tree(lease.progress());
        ObjectNode status = json.valueToTree(stored);
        LAST_RUN_FIELDS.forEach(field -> {
            if (last.hasNonNull(field)) {
                status.set(field, last.get(field));
            }
        });
        if (lease.savedAt() != null) {
            status.put("savedAt", lease.savedAt().toString());
        }
        if (SolveStatus.SOLVING.equals(last.path("status").asText())) {
            status.put("error", "Instance " + lease.holder() + " stopped before its job ended; the schedule it"
                    + " saved last is kept.");
        }
        return status(status);
    }

    private ObjectNode tree(String progress) {
        try {
            return (ObjectNode) json.readTree(progress);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("Unreadable solve progress: " + progress, e);
        }
    }

    private SolveStatus status(ObjectNode node) {
        try {
            // Written perhaps by another version of the application, with fields this one does not know.
            return json.readerFor(SolveStatus.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable solve progress: " + node, e);
        }
    }

    /** One statement: on its own when no transaction runs, within the caller's transaction when one does. */
    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Solve lease statement failed: " + e.getMessage(), e);
        }
    }

    private static String hostName() {
        String name = System.getenv("HOSTNAME");
        if (name != null && !name.isBlank()) {
            return name;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }
}
