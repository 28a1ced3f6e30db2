package org.matchday.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.matchday.domain.Participant;
import org.matchday.domain.Timeslot;
import org.matchday.format.TextFormats;
import org.matchday.mapping.MeetingOptions;
import org.matchday.persistence.EventData;
import org.matchday.rest.dto.CapacityReport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** The instant check before solving: what cannot fit, and the ceiling on the value any schedule reaches. */
@ApplicationScoped
public class CapacityService {

    @Transactional
    public CapacityReport report(long eventId) {
        return report(EventData.load(eventId));
    }

    /** Only the upper bound on the priority sum, for statistics that compare a schedule with it. */
    @Transactional
    public OptionalLong maxPrioritySum(long eventId) {
        EventData data = EventData.load(eventId);
        return OptionalLong.of(upperBound(MeetingOptions.of(data), capacities(data.participants(),
                data.timeslots())));
    }

    public CapacityReport report(EventData data) {
        long started = System.nanoTime();
        List<MeetingOptions> options = MeetingOptions.of(data);
        List<Timeslot> slots = data.timeslots();
        Map<Participant, Integer> capacity = capacities(data.participants(), slots);

        List<CapacityReport.ImpossibleMeeting> impossible = new ArrayList<>();
        Map<Participant, Integer> wishes = new HashMap<>();
        Map<String, Double> expected = new LinkedHashMap<>();
        long requested = 0;
        for (MeetingOptions o : options) {
            requested += o.priority();
            wishes.merge(o.participantA(), 1, Integer::sum);
            wishes.merge(o.participantB(), 1, Integer::sum);
            if (o.slots().isEmpty()) {
                impossible.add(new CapacityReport.ImpossibleMeeting(List.of(o.participantA().code,
                        o.participantB().code), o.priority(), MeetingExplanations.whyNoSlot(o)));
            }
            for (Timeslot slot : o.slots()) {
                expected.merge(slotKey(slot), 1.0 / o.slots().size(), Double::sum);
            }
        }
        List<CapacityReport.OverbookedParticipant> overbooked = new ArrayList<>();
        for (Participant p : data.participants()) {
            int wished = wishes.getOrDefault(p, 0);
            int cap = capacity.get(p);
            if (wished > cap) {
                overbooked.add(new CapacityReport.OverbookedParticipant(p.code, p.name, wished,
                        availableSlots(p, slots), p.maxMeetings, cap));
            }
        }
        List<CapacityReport.CrowdedSlot> crowded = new ArrayList<>();
        int tables = data.tables().size();
        for (Timeslot slot : slots) {
            double demand = expected.getOrDefault(slotKey(slot), 0.0);
            if (demand > tables) {
                crowded.add(new CapacityReport.CrowdedSlot(slot.session(), TextFormats.format(slot.startDateTime()),
                        Math.round(demand * 10) / 10.0, tables));
            }
        }
        long bound = upperBound(options, capacity);
        double percent = requested == 0 ? 100.0 : Math.round(1000.0 * bound / requested) / 10.0;
        return new CapacityReport(options.size(), requested, bound, percent, slots.size(), tables, impossible,
                overbooked, crowded, (System.nanoTime() - started) / 1_000_000);
    }

    /** Meetings a participant can take at most: its available slots, capped by its maxMeetings. */
    static Map<Participant, Integer> capacities(List<Participant> participants, List<Timeslot> slots) {
        Map<Participant, Integer> capacity = new HashMap<>();
        for (Participant p : participants) {
            int available = availableSlots(p, slots);
            capacity.put(p, p.maxMeetings == null ? available : Math.min(available, p.maxMeetings));
        }
        return capacity;
    }

    static int availableSlots(Participant p, List<Timeslot> slots) {
        int count = 0;
        for (Timeslot slot : slots) {
            count += p.isAvailableFor(slot) ? 1 : 0;
        }
        return count;
    }

    /**
     * The maximum-weight fractional b-matching (each pair at most once, each participant within its capacity),
     * found as a minimum-cost flow on the bipartite double cover: every participant appears once as a sender
     * and once as a receiver, each pair as two arcs, and half the best flow's value is the fractional optimum.
     * Costs are shifted to be non-negative: a unit that takes no pair goes to the sink at the full shift.
     */
    static long upperBound(List<MeetingOptions> options, Map<Participant, Integer> capacity) {
        Graph<Integer, DefaultWeightedEdge> graph = GraphTypeBuilder.<Integer, DefaultWeightedEdge>directed()
                .allowingMultipleEdges(false).allowingSelfLoops(false).weighted(true)
                .edgeClass(DefaultWeightedEdge.class).buildGraph();
        Map<Participant, Integer> index = new HashMap<>();
        for (MeetingOptions o : options) {
            if (!o.slots().isEmpty()) {
                index.putIfAbsent(o.participantA(), index.size());
                index.putIfAbsent(o.participantB(), index.size());
            }
        }
        int n = index.size();
        if (n == 0) {
            return 0;
        }
        int sink = 2 * n;
        graph.addVertex(sink);
        Map<Integer, Integer> supply = new HashMap<>();
        Map<DefaultWeightedEdge, Integer> upper = new HashMap<>();
        int shift = options.stream().mapToInt(MeetingOptions::priority).max().orElse(0);
        long totalSupply = 0;
        for (Map.Entry<Participant, Integer> e : index.entrySet()) {
            int sender = e.getValue();
            int receiver = n + sender;
            int cap = capacity.get(e.getKey());
            graph.addVertex(sender);
            graph.addVertex(receiver);
            supply.put(sender, cap);
            totalSupply += cap;
            upper.put(arc(graph, sender, sink, shift), cap);
            upper.put(arc(graph, receiver, sink, 0), cap);
        }
        supply.put(sink, (int) -totalSupply);
        for (MeetingOptions o : options) {
            if (o.slots().isEmpty()) {
                continue;
            }
            int a = index.get(o.participantA());
            int b = index.get(o.participantB());
            upper.put(arc(graph, a, n + b, shift - o.priority()), 1);
            upper.put(arc(graph, b, n + a, shift - o.priority()), 1);
        }
        MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem =
                new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph, v -> supply.getOrDefault(v, 0),
                        upper::get);
        MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow =
                new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(problem);
        double doubleCoverValue = (double) shift * totalSupply - flow.getCost();
        // An integral schedule cannot exceed the fractional optimum, so rounding it down stays an upper bound.
        return (long) Math.floor(doubleCoverValue / 2 + 1e-6);
    }

    private static DefaultWeightedEdge arc(Graph<Integer, DefaultWeightedEdge> graph, int from, int to, double cost) {
        DefaultWeightedEdge edge = graph.addEdge(from, to);
        graph.setEdgeWeight(edge, cost);
        return edge;
    }

    private static String slotKey(Timeslot slot) {
        return slot.session() + "#" + slot.index();
    }
}
