package org.matchday.solver;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An upper bound on the priority sum any schedule can reach, for measuring the solver: the maximum-weight
 * fractional b-matching of the wish graph, each participant's capacity being the slots it could use (capped by
 * its maxMeetings). Computed as a min-cost flow on the bipartite double cover, whose half is that bound. It
 * ignores table capacity, so it is sound but not always reachable when tables are scarce.
 */
public final class PriorityBound {

    private PriorityBound() {
    }

    public static long of(Schedule schedule) {
        List<Attendee> attendees = schedule.getAttendees();
        Map<Attendee, Integer> index = new HashMap<>();
        for (int i = 0; i < attendees.size(); i++) {
            index.put(attendees.get(i), i);
        }
        Map<Attendee, BitSet> usable = new HashMap<>();
        for (MeetingAssignment m : schedule.getMeetings()) {
            for (Slot s : m.getCandidateSlots()) {
                for (Attendee a : m.attendees()) {
                    usable.computeIfAbsent(a, k -> new BitSet()).set(s.index());
                }
            }
        }
        int n = attendees.size();
        int source = 2 * n;
        int sink = 2 * n + 1;
        Graph<Integer, DefaultWeightedEdge> graph = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v <= sink; v++) {
            graph.addVertex(v);
        }
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        Map<DefaultWeightedEdge, Double> cost = new HashMap<>();
        int maxWeight = 6;
        int supply = 0;
        for (Attendee a : attendees) {
            int slots = usable.getOrDefault(a, new BitSet()).cardinality();
            int c = a.maxMeetings() == null ? slots : Math.min(slots, a.maxMeetings());
            int i = index.get(a);
            arc(graph, capacity, cost, source, i, c, 0);
            arc(graph, capacity, cost, n + i, sink, c, 0);
            supply += c;
        }
        for (MeetingAssignment m : schedule.getMeetings()) {
            if (!m.getCandidateSlots().isEmpty()) {
                int a = index.get(m.getA());
                int b = index.get(m.getB());
                arc(graph, capacity, cost, a, n + b, 1, maxWeight - m.getPriority());
                arc(graph, capacity, cost, b, n + a, 1, maxWeight - m.getPriority());
            }
        }
        arc(graph, capacity, cost, source, sink, supply, maxWeight);
        int total = supply;
        MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem =
                new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph,
                        v -> v == source ? total : v == sink ? -total : 0, capacity::get, e -> 0, cost::get);
        Map<DefaultWeightedEdge, Double> flow = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>()
                .getMinimumCostFlow(problem).getFlowMap();
        double doubled = 0;
        for (Map.Entry<DefaultWeightedEdge, Double> arc : flow.entrySet()) {
            if (arc.getValue() > 0 && graph.getEdgeSource(arc.getKey()) < n) {
                doubled += arc.getValue() * (maxWeight - cost.get(arc.getKey()));
            }
        }
        // The double cover holds every wish twice: half its optimum is the fractional b-matching bound.
        return (long) Math.floor(doubled / 2);
    }

    private static void arc(Graph<Integer, DefaultWeightedEdge> graph, Map<DefaultWeightedEdge, Integer> capacity,
            Map<DefaultWeightedEdge, Double> cost, int from, int to, int cap, double unitCost) {
        DefaultWeightedEdge edge = graph.addEdge(from, to);
        graph.setEdgeWeight(edge, unitCost);
        capacity.put(edge, cap);
        cost.put(edge, unitCost);
    }
}
