package org.matchday.export;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.OptionalInt;

/** Stands in until a real bound is computed: statistics then leave the bound and its percentage empty. */
@DefaultBean
@ApplicationScoped
public class UnknownCapacityBound implements CapacityBound {

    @Override
    public OptionalInt maxMeetings(long eventId) {
        return OptionalInt.empty();
    }
}
