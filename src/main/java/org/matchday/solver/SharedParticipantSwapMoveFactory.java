package org.matchday.solver;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Swaps the slots of two meetings that share a participant: that participant's day keeps its shape while the
 * two others trade places, and an unscheduled meeting can take the slot of a less valuable one. Random swaps
 * between any two meetings almost never share anyone, so this picks the pair through the participant.
 */
public class SharedParticipantSwapMoveFactory extends SampledMoveFactory {

    @Override
    SlotReassignmentMove sample(MeetingIndex index, MeetingAssignment first, Random random) {
        List<MeetingAssignment> shared = index.meetingsOf(first.attendees().get(random.nextInt(2)));
        MeetingAssignment second = shared.get(random.nextInt(shared.size()));
        return new SlotReassignmentMove("Shared participant swap", List.of(first, second),
                Arrays.asList(second.getSlot(), first.getSlot()));
    }
}
