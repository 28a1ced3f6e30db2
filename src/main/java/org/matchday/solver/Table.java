package org.matchday.solver;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/** A numbered table; a fixed table belongs to one participant (its owner) and hosts only that one's meetings. */
public final class Table {

    @PlanningId
    private final Long id;
    private final String code;
    private final String name;
    private final Long ownerId;
    private final String ownerLabel;

    /**
     * @param ownerId the id of the participant whose fixed table this is, or null for a free table
     * @param ownerLabel that participant as organisers name it, or null
     */
    public Table(long id, String code, String name, Long ownerId, String ownerLabel) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.ownerId = ownerId;
        this.ownerLabel = ownerLabel;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Long ownerId() {
        return ownerId;
    }

    public String ownerLabel() {
        return ownerLabel;
    }

    public boolean isFixed() {
        return ownerId != null;
    }

    @Override
    public String toString() {
        return code;
    }
}
