package org.matchday.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Gives several meetings new slots at once (a slot may be null: unscheduled). Swaps of two meetings that share
 * a participant and Kempe chains are such moves: done together, the meetings never pass through a clash that a
 * one-meeting change would have to accept first.
 */
final class SlotReassignmentMove extends AbstractMove<Schedule> {

    private final List<MeetingAssignment> meetings;
    private final List<Slot> targets;
    private final String kind;

    SlotReassignmentMove(String kind, List<MeetingAssignment> meetings, List<Slot> targets) {
        this.kind = kind;
        this.meetings = meetings;
        this.targets = targets;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<Schedule> scoreDirector) {
        boolean changes = false;
        for (int i = 0; i < meetings.size(); i++) {
            MeetingAssignment meeting = meetings.get(i);
            Slot target = targets.get(i);
            if (meeting.isPinned() || !meeting.isCandidate(target)) {
                return false;
            }
            changes |= meeting.getSlot() != target;
        }
        return changes;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Schedule> scoreDirector) {
        for (int i = 0; i < meetings.size(); i++) {
            MeetingAssignment meeting = meetings.get(i);
            scoreDirector.beforeVariableChanged(meeting, MeetingAssignment.SLOT);
            meeting.setSlot(targets.get(i));
            scoreDirector.afterVariableChanged(meeting, MeetingAssignment.SLOT);
        }
    }

    @Override
    public SlotReassignmentMove rebase(ScoreDirector<Schedule> destination) {
        List<MeetingAssignment> rebasedMeetings = new ArrayList<>(meetings.size());
        List<Slot> rebasedTargets = new ArrayList<>(targets.size());
        for (int i = 0; i < meetings.size(); i++) {
            rebasedMeetings.add(destination.lookUpWorkingObject(meetings.get(i)));
            rebasedTargets.add(targets.get(i) == null ? null : destination.lookUpWorkingObject(targets.get(i)));
        }
        return new SlotReassignmentMove(kind, rebasedMeetings, rebasedTargets);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return kind;
    }

    @Override
    public Collection<MeetingAssignment> getPlanningEntities() {
        return meetings;
    }

    @Override
    public Collection<Slot> getPlanningValues() {
        return targets.stream().filter(Objects::nonNull).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SlotReassignmentMove move && meetings.equals(move.meetings)
                && targets.equals(move.targets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(meetings, targets);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(kind).append(' ');
        for (int i = 0; i < meetings.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(meetings.get(i).label()).append(" -> ").append(targets.get(i));
        }
        return text.toString();
    }
}
