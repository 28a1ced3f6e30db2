package org.matchday.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.util.List;

/** The timetable of one event as the solver works on it: slots, tables, participants and the meetings to place. */
@PlanningSolution(solutionCloner = ScheduleCloner.class)
public class Schedule {

    private Long eventId;

    /** The event's fairness minimum k; each attendee's own due is its {@link Attendee#fairShare()}. */
    private int minimumMeetings;

    @ProblemFactCollectionProperty
    private List<Slot> slots;

    @ProblemFactCollectionProperty
    private List<Table> tables;

    @ProblemFactCollectionProperty
    private List<Attendee> attendees;

    @PlanningEntityCollectionProperty
    private List<MeetingAssignment> meetings;

    /** The event's own weights, keyed by constraint name; the rest keep the defaults of the constraint provider. */
    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public Schedule() {
    }

    public Schedule(Long eventId, int minimumMeetings, List<Slot> slots, List<Table> tables,
            List<Attendee> attendees, List<MeetingAssignment> meetings,
            ConstraintWeightOverrides<HardMediumSoftLongScore> weights) {
        this.eventId = eventId;
        this.minimumMeetings = minimumMeetings;
        this.slots = slots;
        this.tables = tables;
        this.attendees = attendees;
        this.meetings = meetings;
        this.constraintWeightOverrides = weights;
    }

    public Long getEventId() {
        return eventId;
    }

    public int getMinimumMeetings() {
        return minimumMeetings;
    }

    public List<Slot> getSlots() {
        return slots;
    }

    public List<Table> getTables() {
        return tables;
    }

    public List<Attendee> getAttendees() {
        return attendees;
    }

    public List<MeetingAssignment> getMeetings() {
        return meetings;
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> weights) {
        this.constraintWeightOverrides = weights;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
