package org.matchday.solve;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.matchday.solver.exact.ExactSolver;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A minimum-cost flow problem with integral capacities, costs and supplies, kept as arrays of arcs so that either
 * solver can take it: OR-Tools' cost-scaling push-relabel (native, a second on a 5,000-participant event) where its
 * library loads, JGraphT's capacity scaling (pure Java, one augmenting path at a time: minutes there) elsewhere.
 */
final class FlowNetwork {

    /** Who solves the network. */
    enum Algorithm {
        OR_TOOLS, JGRAPHT;

        static Algorithm fastest() {
            return ExactSolver.nativeAvailable() ? OR_TOOLS : JGRAPHT;
        }
    }

    private final long[] supply;
    private int arcs;
    private int[] tails = new int[64];
    private int[] heads = new int[64];
    private long[] capacities = new long[64];
    private long[] costs = new long[64];

    FlowNetwork(int nodes) {
        supply = new long[nodes];
    }

    void supply(int node, long units) {
        supply[node] = units;
    }

    /** A new arc and its number, or -1 when it could carry nothing. */
    int arc(int from, int to, long capacity, long cost) {
        if (capacity <= 0) {
            return -1;
        }
        if (arcs == tails.length) {
            tails = Arrays.copyOf(tails, 2 * arcs);
            heads = Arrays.copyOf(heads, 2 * arcs);
            capacities = Arrays.copyOf(capacities, 2 * arcs);
            costs = Arrays.copyOf(costs, 2 * arcs);
        }
        tails[arcs] = from;
        heads[arcs] = to;
        capacities[arcs] = capacity;
        costs[arcs] = cost;
        return arcs++;
    }

    /** The flow on each arc of a cheapest flow that meets every supply. */
    long[] solve(Algorithm algorithm) {
        return algorithm == Algorithm.OR_TOOLS ? solveWithOrTools() : solveWithJGraphT();
    }

    private long[] solveWithOrTools() {
        if (!ExactSolver.nativeAvailable()) {
            throw new IllegalStateException("OR-Tools' native library is not loaded on this platform");
        }
        MinCostFlow network = new MinCostFlow(supply.length, arcs);
        try {
            for (int a = 0; a < arcs; a++) {
                network.addArcWithCapacityAndUnitCost(tails[a], heads[a], capacities[a], costs[a]);
            }
            for (int v = 0; v < supply.length; v++) {
                network.setNodeSupply(v, supply[v]);
            }
            MinCostFlowBase.Status status = network.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("minimum-cost flow not solved: " + status);
            }
            long[] flow = new long[arcs];
            for (int a = 0; a < arcs; a++) {
                flow[a] = network.getFlow(a);
            }
            return flow;
        } finally {
            network.delete();
        }
    }

    private long[] solveWithJGraphT() {
        Graph<Integer, DefaultWeightedEdge> graph = GraphTypeBuilder.<Integer, DefaultWeightedEdge>directed()
                .allowingMultipleEdges(true).allowingSelfLoops(false).weighted(true)
                .edgeClass(DefaultWeightedEdge.class).buildGraph();
        for (int v = 0; v < supply.length; v++) {
            graph.addVertex(v);
        }
        DefaultWeightedEdge[] edges = new DefaultWeightedEdge[arcs];
        Map<DefaultWeightedEdge, Integer> upper = new HashMap<>();
        for (int a = 0; a < arcs; a++) {
            edges[a] = graph.addEdge(tails[a], heads[a]);
            graph.setEdgeWeight(edges[a], costs[a]);
            upper.put(edges[a], (int) capacities[a]);
        }
        MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem =
                new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph, v -> (int) supply[v], upper::get);
        MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow =
                new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(problem);
        long[] units = new long[arcs];
        for (int a = 0; a < arcs; a++) {
            units[a] = Math.round(flow.getFlow(edges[a]));
        }
        return units;
    }
}
