package org.matchday.solve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matchday.benchmark.EventGenerator;
import org.matchday.domain.Participant;
import org.matchday.mapping.DetachedEvents;
import org.matchday.mapping.FairShares;
import org.matchday.mapping.MeetingOptions;
import org.matchday.persistence.EventData;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The capacity bound is the same whichever flow solver finds it: OR-Tools (what the application uses) against
 * JGraphT (pure Java, an independent implementation), with and without the fair shares first.
 */
class FlowNetworkTest {

    @ParameterizedTest
    @EnumSource(value = EventGenerator.Preset.class, names = {"BROKERAGE_TWO_DAYS", "DENSE_AFTERNOON", "SMALL"})
    void bothSolversGiveTheSameBounds(EventGenerator.Preset preset) {
        EventData data = DetachedEvents.of(EventGenerator.generate(preset.spec()));
        List<MeetingOptions> options = CapacityService.possible(data, MeetingOptions.of(data), new ArrayList<>());
        Map<Participant, Integer> capacity = CapacityService.capacities(data.participants(), data.timeslots());
        Map<Participant, Integer> shares = CapacityService.sizes(FairShares.of(data, options));
        for (boolean sharesFirst : new boolean[] {false, true}) {
            CapacityService.Bound fast = CapacityService.bound(options, capacity, shares, sharesFirst,
                    FlowNetwork.Algorithm.OR_TOOLS);
            CapacityService.Bound reference = CapacityService.bound(options, capacity, shares, sharesFirst,
                    FlowNetwork.Algorithm.JGRAPHT);
            assertTrue(reference.priority() > 0, preset + ": an empty bound would prove nothing");
            assertEquals(reference.priority(), fast.priority(), preset + ", shares first " + sharesFirst);
            if (sharesFirst) {
                // Shortfall is what the fair flow minimises first, so every optimum has the same.
                assertEquals(reference.shortfall(), fast.shortfall(), 1e-6, preset.toString());
            }
        }
    }

    @Test
    void aSmallNetworkHasItsKnownCheapestFlow() {
        // Two units from 0 to 3: the cheap path 0-1-3 carries one (its capacity), the dear 0-2-3 the other.
        for (FlowNetwork.Algorithm algorithm : FlowNetwork.Algorithm.values()) {
            FlowNetwork network = new FlowNetwork(4);
            network.supply(0, 2);
            network.supply(3, -2);
            int[] arcs = {network.arc(0, 1, 1, 1), network.arc(1, 3, 5, 1), network.arc(0, 2, 5, 4),
                    network.arc(2, 3, 5, 4)};
            assertEquals(-1, network.arc(1, 2, 0, 0), "an arc that carries nothing is left out");
            long[] flow = network.solve(algorithm);
            assertArrayEquals(new long[] {1, 1, 1, 1}, new long[] {flow[arcs[0]], flow[arcs[1]], flow[arcs[2]],
                    flow[arcs[3]]}, algorithm.toString());
        }
    }
}
