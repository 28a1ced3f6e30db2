package org.matchday.mapping;

import org.matchday.domain.Event;
import org.matchday.domain.EventSession;
import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.Participant;
import org.matchday.format.EventDocument;
import org.matchday.persistence.EventData;

import java.util.function.Consumer;

/**
 * Events held in memory as entities, without a database: solver tests and benchmarks go from a document to
 * {@link EventData}, solve, write back and export with the production code, and never need Quarkus.
 */
public final class DetachedEvents {

    private DetachedEvents() {
    }

    /** The entities an import of a valid document would store, with ids given in document order. */
    public static EventData of(EventDocument document) {
        return EventAssembler.assemble(document, new InMemoryIds());
    }

    /** The event as the export endpoint would write it, with its current schedule. */
    public static EventDocument export(EventData data) {
        return new EventExporter().toDocument(data, false);
    }

    /** Gives assembled entities ids in the order they are made, as a database sequence would. */
    private static final class InMemoryIds implements Consumer<Object> {

        private long next = 1;

        @Override
        public void accept(Object entity) {
            long id = next++;
            if (entity instanceof Event e) {
                e.id = id;
            } else if (entity instanceof EventSession s) {
                s.id = id;
            } else if (entity instanceof EventTable t) {
                t.id = id;
            } else if (entity instanceof Participant p) {
                p.id = id;
            } else if (entity instanceof MeetingRequest r) {
                r.id = id;
            } else if (entity instanceof Meeting m) {
                m.id = id;
            } else {
                throw new IllegalArgumentException("No id for " + entity);
            }
        }
    }
}
