package org.matchday.solver.experiment;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.matchday.solver.Attendee;
import org.matchday.solver.MeetingAssignment;
import org.matchday.solver.Schedule;
import org.matchday.solver.Slot;
import org.matchday.solver.Table;

import java.util.List;

/** Experiment only: the same problem as {@link Schedule}, with a table variable on every meeting. */
@PlanningSolution
public class TableVariableSchedule {

    @ProblemFactCollectionProperty
    private List<Slot> slots;
    @ProblemFactCollectionProperty
    private List<Table> tables;
    @ProblemFactCollectionProperty
    private List<Attendee> attendees;
    @PlanningEntityCollectionProperty
    private List<TableVariableMeeting> meetings;
    @PlanningScore
    private HardMediumSoftLongScore score;

    public TableVariableSchedule() {
    }

    static TableVariableSchedule of(Schedule schedule) {
        TableVariableSchedule variant = new TableVariableSchedule();
        List<Table> freeTables = schedule.getTables().stream().filter(t -> !t.isFixed()).toList();
        variant.slots = schedule.getSlots();
        variant.tables = schedule.getTables();
        variant.attendees = schedule.getAttendees();
        variant.meetings = schedule.getMeetings().stream().map(m -> {
            TableVariableMeeting meeting = new TableVariableMeeting(m, freeTables);
            meeting.setSlot(m.getSlot());
            meeting.setTable(m.getSlot() == null ? null : m.table());
            return meeting;
        }).toList();
        return variant;
    }

    /** The slots found, put back on the production model's meetings to count priority and breaks alike. */
    Schedule toSchedule(Schedule original) {
        for (int i = 0; i < meetings.size(); i++) {
            MeetingAssignment meeting = original.getMeetings().get(i);
            meeting.setSlot(meetings.get(i).getSlot());
            meeting.setExplicitTable(meetings.get(i).getSlot() == null ? null : meetings.get(i).getTable());
        }
        return original;
    }

    public List<TableVariableMeeting> getMeetings() {
        return meetings;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
