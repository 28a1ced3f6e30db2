package org.matchday.solve;

import org.matchday.persistence.ReportCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Participant;
import org.matchday.domain.Timeslot;
import org.matchday.export.ScheduleStatistics;
import org.matchday.format.TextFormats;
import org.matchday.mapping.FairShares;
import org.matchday.mapping.MeetingOptions;
import org.matchday.mapping.ScheduleMapper;
import org.matchday.persistence.EventData;
import org.matchday.persistence.ScheduleSnapshot;
import org.matchday.solver.FairnessPrice;
import org.matchday.solver.Schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The instant check before solving: what cannot fit, who cannot reach the fairness minimum, and the ceiling on the
 * value any schedule reaches, with and without the fairness rule; and what statistics measure a schedule against.
 */
@ApplicationScoped
public class CapacityService {

    private final ReportCache<CapacityReport> reports = new ReportCache<>();
    private final ReportCache<ScheduleStatistics.Yardstick> yardsticks = new ReportCache<>();

    /** The report of the event as it is now, computed again only after the event changed. */
    @Transactional
    public CapacityReport report(long eventId) {
        return reports.get(eventId, () -> report(EventData.load(eventId)));
    }

    /**
     * What statistics measure the schedule participants see (the publication in force, else the draft) against:
     * the event's minimum, each participant's fair share, the capacity bound, and the priority that schedule gives
     * up for the fairness rule.
     */
    @Transactional
    public ScheduleStatistics.Yardstick yardstick(long eventId) {
        return yardsticks.get(eventId, () -> computeYardstick(eventId));
    }

    private static ScheduleStatistics.Yardstick computeYardstick(long eventId) {
        ScheduleSnapshot snapshot = ScheduleSnapshot.load(eventId);
        List<ScheduleMapper.Placement> placements = snapshot.meetings().stream()
                .map(m -> new ScheduleMapper.Placement(m.participantA().code, m.participantB().code,
                        m.session().code, m.start(), m.table().code))
                .toList();
        Schedule seen = ScheduleMapper.toPlacedSchedule(snapshot.data(), placements);
        return yardstick(snapshot.data(), FairnessPrice.priorityGivenUp(seen));
    }

    private static ScheduleStatistics.Yardstick yardstick(EventData data, long priorityGivenUp) {
        List<MeetingOptions> options = possible(data, MeetingOptions.of(data), new ArrayList<>());
        Map<String, Integer> shares = new LinkedHashMap<>();
        FairShares.of(data, options).forEach((p, share) -> shares.put(p.code, share.share()));
        Map<Participant, Integer> capacity = capacities(data.participants(), data.timeslots());
        return new ScheduleStatistics.Yardstick(data.event().minimumMeetings, shares,
                bound(options, capacity, Map.of(), false).priority(), priorityGivenUp);
    }

    public CapacityReport report(EventData data) {
        long started = System.nanoTime();
        List<CapacityReport.ImpossibleMeeting> impossible = new ArrayList<>();
        List<MeetingOptions> options = possible(data, MeetingOptions.of(data), impossible);
        List<Timeslot> slots = data.timeslots();
        Map<Participant, Integer> capacity = capacities(data.participants(), slots);

        Map<Participant, Integer> wishes = new HashMap<>();
        Map<String, Double> expected = new LinkedHashMap<>();
        long requested = 0;
        for (MeetingOptions o : options) {
            requested += o.priority();
            wishes.merge(o.participantA(), 1, Integer::sum);
            wishes.merge(o.participantB(), 1, Integer::sum);
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
        Map<Participant, FairShares.Share> shares = FairShares.of(data, options);
        Bounds bounds = Bounds.of(options, capacity, sizes(shares));
        long bound = bounds.plain().priority();
        double percent = requested == 0 ? 100.0 : Math.round(1000.0 * bound / requested) / 10.0;
        return new CapacityReport(options.size(), requested, bound, percent, slots.size(), tables, impossible,
                overbooked, crowded, fairness(data, options, capacity, shares, bounds),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The options as the bounds and fair shares must see them: a wish some hard rule rules out (no table it may
     * use, a participant who takes no meetings) keeps no slot, as one without a common slot has none. Each such
     * wish is added to {@code impossible}, with why.
     */
    static List<MeetingOptions> possible(EventData data, List<MeetingOptions> options,
            List<CapacityReport.ImpossibleMeeting> impossible) {
        Set<Long> fixedTables = MeetingExplanations.fixedTables(data);
        List<MeetingOptions> possible = new ArrayList<>(options.size());
        for (MeetingOptions o : options) {
            CapacityReport.ImpossibleMeeting why = MeetingExplanations.whyImpossible(o, data.tables(), fixedTables);
            if (why == null) {
                possible.add(o);
            } else {
                impossible.add(why);
                possible.add(new MeetingOptions(o.meeting(), o.priority(), o.mutual(), o.allowedSessions(),
                        List.of()));
            }
        }
        return possible;
    }

    private static CapacityReport.Fairness fairness(EventData data, List<MeetingOptions> options,
            Map<Participant, Integer> capacity, Map<Participant, FairShares.Share> shares, Bounds bounds) {
        int owed = 0;
        int meetingsOwed = 0;
        List<CapacityReport.BelowMinimum> below = new ArrayList<>();
        for (FairShares.Share share : shares.values()) {
            owed += share.isOwed() ? 1 : 0;
            meetingsOwed += share.share();
            if (share.isBelowMinimum()) {
                Participant p = share.participant();
                below.add(new CapacityReport.BelowMinimum(p.code, p.name, share.requested(), share.possible(),
                        share.share(), share.whyBelowMinimum()));
            }
        }
        Bound fair = bounds.fair();
        return new CapacityReport.Fairness(data.event().minimumMeetings, owed, meetingsOwed, below,
                overbookedPartners(options, capacity, shares), (long) Math.ceil(fair.shortfall() - 1e-6),
                fair.priority(), bounds.plain().priority() - fair.priority());
    }

    /**
     * Groups who can meet only partners who cannot take them all. For each owed participant's partners T, everyone
     * owed whose possible meetings are all with T (and who is not in T) competes for what T can take: each partner
     * at most its capacity, and no more than its partners in the group. Sound whatever the schedule, because all
     * their meetings are with T.
     */
    private static List<CapacityReport.OverbookedPartners> overbookedPartners(List<MeetingOptions> options,
            Map<Participant, Integer> capacity, Map<Participant, FairShares.Share> shares) {
        Map<Participant, Set<Participant>> partners = new HashMap<>();
        for (MeetingOptions o : options) {
            if (!o.slots().isEmpty()) {
                partners.computeIfAbsent(o.participantA(), k -> new HashSet<>()).add(o.participantB());
                partners.computeIfAbsent(o.participantB(), k -> new HashSet<>()).add(o.participantA());
            }
        }
        Set<Set<Participant>> checked = new HashSet<>();
        List<CapacityReport.OverbookedPartners> found = new ArrayList<>();
        for (FairShares.Share share : shares.values()) {
            Set<Participant> group = partners.get(share.participant());
            if (!share.isOwed() || !checked.add(group)) {
                continue;
            }
            Set<Participant> competing = new LinkedHashSet<>();
            int owed = 0;
            for (Participant partner : group) {
                for (Participant candidate : partners.get(partner)) {
                    FairShares.Share due = shares.get(candidate);
                    if (due.isOwed() && !group.contains(candidate) && group.containsAll(partners.get(candidate))
                            && competing.add(candidate)) {
                        owed += due.share();
                    }
                }
            }
            int canTake = 0;
            for (Participant partner : group) {
                int inGroup = (int) partners.get(partner).stream().filter(competing::contains).count();
                canTake += Math.min(capacity.get(partner), inGroup);
            }
            if (owed > canTake) {
                found.add(overbooked(competing, group, owed, canTake));
            }
        }
        found.sort(Comparator.comparingInt(CapacityReport.OverbookedPartners::shortfall).reversed()
                .thenComparingInt(o -> o.participants().size()).thenComparing(o -> o.participants().get(0)));
        // A group that holds a smaller one short as much says nothing new.
        List<CapacityReport.OverbookedPartners> telling = new ArrayList<>();
        for (CapacityReport.OverbookedPartners group : found) {
            if (telling.stream().noneMatch(kept -> group.participants().containsAll(kept.participants())
                    && kept.shortfall() >= group.shortfall())) {
                telling.add(group);
            }
        }
        return telling;
    }

    private static CapacityReport.OverbookedPartners overbooked(Set<Participant> competing, Set<Participant> group,
            int owed, int canTake) {
        List<String> who = competing.stream().map(p -> p.code).sorted().toList();
        List<String> partnerCodes = group.stream().map(p -> p.code).sorted().toList();
        int shortfall = owed - canTake;
        String reason = listed(who) + " can meet only " + listed(partnerCodes)
                + ", who can take " + canTake + (canTake == 1 ? " meeting" : " meetings") + " with "
                + (who.size() == 1 ? "it" : "them") + "; " + (who.size() == 1 ? "it is" : "they are") + " owed "
                + owed + ", so at least " + shortfall + (shortfall == 1 ? " owed meeting is" : " owed meetings are")
                + " missing.";
        return new CapacityReport.OverbookedPartners(who, partnerCodes, owed, canTake, shortfall, reason);
    }

    private static String listed(List<String> codes) {
        return codes.size() == 1 ? codes.get(0)
                : String.join(", ", codes.subList(0, codes.size() - 1)) + " and " + codes.get(codes.size() - 1);
    }

    static Map<Participant, Integer> sizes(Map<Participant, FairShares.Share> shares) {
        Map<Participant, Integer> sizes = new HashMap<>();
        shares.forEach((p, share) -> sizes.put(p, share.share()));
        return sizes;
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
     * A priority bound and how far its fractional optimum falls short of the fair shares.
     *
     * @param priority the best priority sum, rounded down
     * @param shortfall meetings short of the fair shares in that optimum
     */
    record Bound(long priority, double shortfall) {
    }

    /**
     * The plain bound, and the bound among fractional schedules that leave the fewest meetings short of the fair
     * shares (no schedule leaves fewer). The second flow runs only when the plain optimum falls short: otherwise it
     * is the fair optimum too.
     */
    record Bounds(Bound plain, Bound fair) {

        static Bounds of(List<MeetingOptions> options, Map<Participant, Integer> capacity,
                Map<Participant, Integer> shares) {
            Bound plain = bound(options, capacity, shares, false);
            return new Bounds(plain, plain.shortfall() < 1e-9 ? plain : bound(options, capacity, shares, true));
        }
    }

    /**
     * The maximum-weight fractional b-matching (each pair at most once, each participant within its capacity); with
     * {@code sharesFirst}, the best among those that leave the fewest meetings short of {@code shares}. Found as a
     * minimum-cost flow on the bipartite double cover: every participant appears once as a sender and once as a
     * receiver, each pair as two arcs, and half the best flow is the fractional optimum (a best flow and its mirror
     * image average to one that treats both halves alike). With shares first, a unit short of a share on either
     * side costs more than all priorities together. Costs are shifted to be non-negative, so that every path from a
     * sender to the sink, through a pair or not, costs the same constant more.
     */
    static Bound bound(List<MeetingOptions> options, Map<Participant, Integer> capacity,
            Map<Participant, Integer> shares, boolean sharesFirst) {
        return bound(options, capacity, shares, sharesFirst, FlowNetwork.Algorithm.fastest());
    }

    static Bound bound(List<MeetingOptions> options, Map<Participant, Integer> capacity,
            Map<Participant, Integer> shares, boolean sharesFirst, FlowNetwork.Algorithm algorithm) {
        Map<Participant, Integer> index = new HashMap<>();
        long requested = 0;
        int shift = 0;
        for (MeetingOptions o : options) {
            if (!o.slots().isEmpty()) {
                index.putIfAbsent(o.participantA(), index.size());
                index.putIfAbsent(o.participantB(), index.size());
                requested += o.priority();
                shift = Math.max(shift, o.priority());
            }
        }
        int n = index.size();
        if (n == 0) {
            return new Bound(0, 0);
        }
        long shortCost = sharesFirst ? 2 * requested + 1 : 0;
        int sink = 2 * n;
        FlowNetwork network = new FlowNetwork(2 * n + 1);
        long totalSupply = 0;
        int[] due = new int[n];
        for (Map.Entry<Participant, Integer> e : index.entrySet()) {
            int sender = e.getValue();
            int receiver = n + sender;
            int cap = capacity.get(e.getKey());
            due[sender] = Math.min(cap, shares.getOrDefault(e.getKey(), 0));
            int priced = sharesFirst ? due[sender] : 0;
            network.supply(sender, cap);
            totalSupply += cap;
            // A sender's unit that takes no pair: cheap beyond its share, dear within it.
            network.arc(sender, sink, cap - priced, shift + shortCost);
            network.arc(sender, sink, priced, shift + 2 * shortCost);
            // A receiver's units within its share are the cheap ones.
            network.arc(receiver, sink, priced, 0);
            network.arc(receiver, sink, cap - priced, shortCost);
        }
        network.supply(sink, -totalSupply);
        List<MeetingOptions> paired = new ArrayList<>();
        List<int[]> pairArcs = new ArrayList<>();
        for (MeetingOptions o : options) {
            if (o.slots().isEmpty()) {
                continue;
            }
            int a = index.get(o.participantA());
            int b = index.get(o.participantB());
            paired.add(o);
            pairArcs.add(new int[] {network.arc(a, n + b, 1, shift - o.priority()),
                    network.arc(b, n + a, 1, shift - o.priority())});
        }
        long[] flow = network.solve(algorithm);
        double doubleCoverPriority = 0;
        double[] doubleCoverDegree = new double[n];
        for (int i = 0; i < paired.size(); i++) {
            MeetingOptions o = paired.get(i);
            long units = flow[pairArcs.get(i)[0]] + flow[pairArcs.get(i)[1]];
            doubleCoverPriority += units * o.priority();
            doubleCoverDegree[index.get(o.participantA())] += units;
            doubleCoverDegree[index.get(o.participantB())] += units;
        }
        // Both halves averaged: each participant meets half of its sender's and receiver's units.
        double shortfall = 0;
        for (int v = 0; v < n; v++) {
            shortfall += Math.max(0, due[v] - doubleCoverDegree[v] / 2);
        }
        // An integral schedule cannot exceed the fractional optimum, so rounding it down stays an upper bound.
        return new Bound((long) Math.floor(doubleCoverPriority / 2 + 1e-6), shortfall);
    }

    private static String slotKey(Timeslot slot) {
        return slot.session() + "#" + slot.index();
    }
}
