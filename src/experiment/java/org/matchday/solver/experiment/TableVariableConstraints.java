package org.matchday.solver.experiment;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.common.SequenceChain;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import org.matchday.solver.Slot;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toConsecutiveSequences;

/**
 * Experiment only: the production rules for the table-variable model. Availability, allowed sessions and fixed
 * tables are built into the value ranges, so they need no constraint here.
 */
public class TableVariableConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                participantDoubleBooked(factory),
                tableDoubleBooked(factory),
                scheduledWithoutTable(factory),
                tooManyMeetings(factory),
                unscheduled(factory),
                idleBreak(factory),
                idleTime(factory)
        };
    }

    /** The slot is what counts; a null table is judged by its own rule, so unassigned tables stay visible. */
    private static UniConstraintStream<TableVariableMeeting> scheduled(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(TableVariableMeeting.class).filter(m -> m.getSlot() != null);
    }

    Constraint participantDoubleBooked(ConstraintFactory factory) {
        return scheduled(factory).flatten(TableVariableMeeting::attendees)
                .groupBy((m, a) -> a, (m, a) -> m.getSlot(), countBi())
                .filter((a, s, n) -> n > 1)
                .penalize(HardMediumSoftLongScore.ONE_HARD, (a, s, n) -> n - 1)
                .asConstraint("Participant double-booked");
    }

    Constraint tableDoubleBooked(ConstraintFactory factory) {
        return scheduled(factory).filter(m -> m.getTable() != null)
                .groupBy(TableVariableMeeting::getSlot, TableVariableMeeting::getTable, count())
                .filter((s, t, n) -> n > 1)
                .penalize(HardMediumSoftLongScore.ONE_HARD, (s, t, n) -> n - 1)
                .asConstraint("Table double-booked");
    }

    Constraint scheduledWithoutTable(ConstraintFactory factory) {
        return scheduled(factory).filter(m -> m.getTable() == null)
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("Scheduled without table");
    }

    Constraint tooManyMeetings(ConstraintFactory factory) {
        return scheduled(factory).flatten(TableVariableMeeting::attendees)
                .filter((m, a) -> a.maxMeetings() != null)
                .groupBy((m, a) -> a, countBi())
                .filter((a, n) -> n > a.maxMeetings())
                .penalize(HardMediumSoftLongScore.ONE_HARD, (a, n) -> n - a.maxMeetings())
                .asConstraint("Too many meetings");
    }

    Constraint unscheduled(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(TableVariableMeeting.class).filter(m -> m.getSlot() == null)
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM, TableVariableMeeting::getPriority)
                .asConstraint("Requested meeting unscheduled");
    }

    Constraint idleBreak(ConstraintFactory factory) {
        return scheduled(factory).flatten(TableVariableMeeting::attendees)
                .groupBy((m, a) -> a, (m, a) -> m.getSlot().day(),
                        toConsecutiveSequences((m, a) -> m.getSlot(), Slot::indexInDay))
                .flattenLast(SequenceChain::getBreaks)
                .penalize(HardMediumSoftLongScore.ofSoft(1_000_000_000L))
                .asConstraint("Idle break");
    }

    Constraint idleTime(ConstraintFactory factory) {
        return scheduled(factory).flatten(TableVariableMeeting::attendees)
                .groupBy((m, a) -> a, (m, a) -> m.getSlot().day(),
                        toConsecutiveSequences((m, a) -> m.getSlot(), Slot::indexInDay))
                .flattenLast(SequenceChain::getBreaks)
                .penalize(HardMediumSoftLongScore.ofSoft(1_000_000L),
                        (a, d, gap) -> gap.getNextSequenceStart().indexInDay()
                                - gap.getPreviousSequenceEnd().indexInDay() - 1)
                .asConstraint("Idle time");
    }
}
