package org.matchday.solver.experiment;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.matchday.solver.Attendee;
import org.matchday.solver.MeetingAssignment;
import org.matchday.solver.MeetingDifficulty;
import org.matchday.solver.Slot;
import org.matchday.solver.Table;

import java.util.Comparator;
import java.util.List;

/**
 * Experiment only: a meeting whose table is a planning variable too, to compare with the production model, where
 * the table follows from the slot. Host meetings may only use the host's table, the others any free table.
 */
@PlanningEntity(comparatorClass = TableVariableMeeting.Difficulty.class)
public class TableVariableMeeting {

    /** The production model's order: valuable and tightly constrained meetings first. */
    public static class Difficulty implements Comparator<TableVariableMeeting> {
        private final MeetingDifficulty order = new MeetingDifficulty();

        @Override
        public int compare(TableVariableMeeting left, TableVariableMeeting right) {
            return order.compare(left.facts, right.facts);
        }
    }

    @PlanningId
    private Long id;
    private MeetingAssignment facts;
    private List<Table> allowedTables;

    @PlanningVariable(valueRangeProviderRefs = "slots", allowsUnassigned = true)
    private Slot slot;

    @PlanningVariable(valueRangeProviderRefs = "tables", allowsUnassigned = true)
    private Table table;

    public TableVariableMeeting() {
    }

    TableVariableMeeting(MeetingAssignment facts, List<Table> freeTables) {
        this.id = facts.getId();
        this.facts = facts;
        this.allowedTables = facts.needsFreeTable() ? freeTables
                : facts.attendees().stream().filter(a -> a.fixedTable() != null).map(Attendee::fixedTable).toList();
    }

    @ValueRangeProvider(id = "slots")
    public List<Slot> getCandidateSlots() {
        return facts.getCandidateSlots();
    }

    @ValueRangeProvider(id = "tables")
    public List<Table> getAllowedTables() {
        return allowedTables;
    }

    public Long getId() {
        return id;
    }

    public MeetingAssignment getFacts() {
        return facts;
    }

    public List<Attendee> attendees() {
        return facts.attendees();
    }

    public int getPriority() {
        return facts.getPriority();
    }

    public Slot getSlot() {
        return slot;
    }

    public void setSlot(Slot slot) {
        this.slot = slot;
    }

    public Table getTable() {
        return table;
    }

    public void setTable(Table table) {
        this.table = table;
    }
}
