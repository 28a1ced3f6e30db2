package org.matchday.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Exchanges two slots of a day for a connected group of meetings (a Kempe chain): starting from one meeting,
 * every meeting that shares a participant with a chain member in the other slot joins the chain, and the whole
 * chain swaps slots. No participant is double-booked by it, so whole blocks of a day can shift to close breaks
 * where single changes would each clash.
 */
public class KempeChainMoveFactory implements MoveIteratorFactory<Schedule, SlotReassignmentMove> {

    /** Longer chains rarely fit every member's candidate slots and cost more to evaluate. */
    private static final int MAX_CHAIN = 16;

    private MeetingIndex index;

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
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !index.movable().isEmpty();
            }

            @Override
            public SlotReassignmentMove next() {
                MeetingAssignment start = index.movable().get(random.nextInt(index.movable().size()));
                Slot from = start.getSlot();
                if (from == null) {
                    return none(start);
                }
                List<Slot> day = index.slotsOfDay(from.day());
                Slot to = day.get(random.nextInt(day.size()));
                return to == from ? none(start) : chain(start, from, to);
            }
        };
    }

    private SlotReassignmentMove chain(MeetingAssignment start, Slot from, Slot to) {
        Map<MeetingAssignment, Slot> chain = new IdentityHashMap<>();
        Deque<MeetingAssignment> queue = new ArrayDeque<>();
        chain.put(start, to);
        queue.add(start);
        while (!queue.isEmpty()) {
            MeetingAssignment meeting = queue.poll();
            Slot target = chain.get(meeting);
            for (Attendee attendee : meeting.attendees()) {
                MeetingAssignment clash = index.meetingAt(attendee, target);
                if (clash != null && !chain.containsKey(clash)) {
                    if (chain.size() == MAX_CHAIN) {
                        return none(start);
                    }
                    chain.put(clash, target == to ? from : to);
                    queue.add(clash);
                }
            }
        }
        return new SlotReassignmentMove("Kempe chain", new ArrayList<>(chain.keySet()),
                new ArrayList<>(chain.values()));
    }

    /** A move that is never doable: the selector skips it and samples again. */
    private static SlotReassignmentMove none(MeetingAssignment meeting) {
        return new SlotReassignmentMove("Kempe chain", List.of(meeting), java.util.Collections.singletonList(
                meeting.getSlot()));
    }
}
