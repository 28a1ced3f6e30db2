package org.matchday.benchmark;

import org.matchday.domain.Event;
import org.matchday.domain.EventSession;
import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.Participant;

import java.util.function.Consumer;

/** Gives assembled entities ids in memory, as a database would, so a benchmark needs no database. */
final class SyntheticIds implements Consumer<Object> {

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
