package org.matchday.persistence;


import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The last report computed for each event, kept while the event's {@link ContentStamp} stays the same: organisers
 * reload reports far more often than the event changes, and a large event's report takes seconds to compute. One
 * entry per event, replaced when the event changes; nothing else is evicted, since an entry is one event's report.
 */
public final class ReportCache<T> {

    private record Entry<T>(String stamp, T report) {
    }

    private final Map<Long, Entry<T>> entries = new ConcurrentHashMap<>();
    private final LongFunction<String> stamp;

    /** Kept while nothing stored about the event changes. */
    public ReportCache() {
        this(ContentStamp::of);
    }

    /** Kept while {@code stamp}, which must change with everything the report shows, stays the same. */
    public ReportCache(LongFunction<String> stamp) {
        this.stamp = stamp;
    }

    /** The report of the event as it is now; call inside a transaction, which the stamp is read in. */
    public T get(long eventId, Supplier<T> compute) {
        String now = stamp.apply(eventId);
        Entry<T> entry = entries.get(eventId);
        if (entry != null && entry.stamp().equals(now)) {
            return entry.report();
        }
        // Two callers may compute the same report at once; both answers are right, and the later one is kept.
        T report = compute.get();
        entries.put(eventId, new Entry<>(now, report));
        return report;
    }
}
