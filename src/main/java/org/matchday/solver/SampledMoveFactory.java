package org.matchday.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import java.util.Iterator;
import java.util.Random;

/**
 * A neighbourhood that is sampled, never listed: each move starts from a random movable meeting and follows its
 * participants through a {@link MeetingIndex} of the working solution, rebuilt at each phase.
 */
abstract class SampledMoveFactory implements MoveIteratorFactory<Schedule, SlotReassignmentMove> {

    private MeetingIndex index;

    /** A move around a random movable meeting; one that is not doable is skipped by the selector. */
    abstract SlotReassignmentMove sample(MeetingIndex index, MeetingAssignment start, Random random);

    /** The meeting a move starts from: any movable one, unless a neighbourhood needs a kind of its own. */
    MeetingAssignment pickStart(MeetingIndex index, Random random) {
        return index.movable().get(random.nextInt(index.movable().size()));
    }

    @Override
    public void phaseStarted(ScoreDirector<Schedule> scoreDirector) {
        index = new MeetingIndex(scoreDirector.getWorkingSolution());
    }

    @Override
    public void phaseEnded(ScoreDirector<Schedule> scoreDirector) {
        index = null;
    }

    @Override
    public long getSize(ScoreDirector<Schedule> scoreDirector) {
        return index == null ? 0 : index.movable().size() * 8L;
    }

    @Override
    public Iterator<SlotReassignmentMove> createOriginalMoveIterator(ScoreDirector<Schedule> scoreDirector) {
        throw new UnsupportedOperationException("Only random selection: the neighbourhood is sampled, not listed.");
    }

    @Override
    public Iterator<SlotReassignmentMove> createRandomMoveIterator(ScoreDirector<Schedule> scoreDirector,
            Random random) {
        MeetingIndex current = index;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !current.movable().isEmpty();
            }

            @Override
            public SlotReassignmentMove next() {
                return sample(current, pickStart(current, random), random);
            }
        };
    }
}
