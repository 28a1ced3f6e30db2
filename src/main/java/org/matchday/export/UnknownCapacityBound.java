package org.matchday.export;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.OptionalLong;

/** Stands in until a real bound is wired: statistics then leave the bound and its percentage empty. */
@DefaultBean
@ApplicationScoped
public class UnknownCapacityBound implements CapacityBound {

    @Override
    public OptionalLong maxPrioritySum(long eventId) {
        return OptionalLong.empty();
    }
}
