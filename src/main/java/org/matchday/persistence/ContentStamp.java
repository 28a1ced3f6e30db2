package org.matchday.persistence;

import io.quarkus.hibernate.orm.panache.Panache;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A stamp of everything stored about one event, read from the rows themselves: for each kind of row, how many there
 * are, the sum of their ids and the sum of their versions. Every insert adds an id that was never used, every delete
 * removes one, and every update raises a {@code @Version} (bulk updates are written {@code update versioned}), so
 * any committed change gives a new stamp, whichever code path or instance wrote it. What is computed from an event
 * can be kept for as long as its stamp stays the same.
 */
public final class ContentStamp {

    // One row per kind, numbered so that the stamp does not depend on the order the database returns them in.
    private static final String QUERY = """
            select 1, count(*), coalesce(sum(id), 0), coalesce(sum(version), 0) from event_session where event_id = ?1
            union all
            select 2, count(*), coalesce(sum(id), 0), coalesce(sum(version), 0) from event_table where event_id = ?1
            union all
            select 3, count(*), coalesce(sum(id), 0), coalesce(sum(version), 0) from participant where event_id = ?1
            union all
            select 4, count(*), coalesce(sum(id), 0), coalesce(sum(version), 0) from meeting_request where event_id = ?1
            union all
            select 5, count(*), coalesce(sum(id), 0), coalesce(sum(version), 0) from meeting where event_id = ?1
            union all
            select 6, count(*), coalesce(sum(id), 0), 0 from publication where event_id = ?1
            union all
            select 7, count(*), coalesce(sum(id), 0), 0 from constraint_weight where event_id = ?1
            union all
            select 8, count(*), coalesce(sum(id), 0), coalesce(sum(version), 0) from event where id = ?1
            """;

    private static final String PARTICIPANTS = """
            select count(*), coalesce(sum(id), 0), coalesce(sum(version), 0) from participant where event_id = ?1
            """;

    private ContentStamp() {
    }

    /** The stamp of the event's participant rows alone: what its directory shows. */
    public static String ofParticipants(long eventId) {
        Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery(PARTICIPANTS)
                .setParameter(1, eventId).getSingleResult();
        return row[0] + "/" + row[1] + "/" + row[2];
    }

    /**
     * The event's stamp, read in the current transaction. Read it before what it stamps: a change committed in
     * between then makes what was computed look older than it is (computed again next time), never newer.
     */
    public static String of(long eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(QUERY).setParameter(1, eventId)
                .getResultList();
        return rows.stream()
                .sorted((x, y) -> Integer.compare(((Number) x[0]).intValue(), ((Number) y[0]).intValue()))
                .map(r -> r[1] + "/" + r[2] + "/" + r[3])
                .collect(Collectors.joining(" "));
    }
}
