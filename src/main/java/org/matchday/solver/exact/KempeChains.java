package org.matchday.solver.exact;

import org.matchday.solver.Attendee;
import org.matchday.solver.MeetingAssignment;
import org.matchday.solver.Schedule;
import org.matchday.solver.Slot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A local search for fewer breaks on a one-day event, the meeting set fixed and the tables unable to bind (where
 * {@link RunModel} applies): its move swaps two slots along a Kempe chain, the meetings reached from one meeting by
 * alternating between the two slots through shared participants. Every participant in the chain keeps one meeting
 * per slot, so only the chain's ends change their slots; thousands of such moves a second reach rearrangements
 * that a neighbourhood of a few participants does not. Its cost per participant is its breaks, each outweighing all
 * idle slots, plus its idle slots; moves that do not raise the cost are taken, worse ones now and then (simulated
 * annealing on the idle slots).
 */
final class KempeChains {

    /**
     * The annealing's temperature, in cost units (an idle slot is 1, a break more than a day of them), falling
     * geometrically from hot to cold over one anneal: measured on the benchmark's planted forums (docs/solver.md),
     * where 10 to 0.5 reached the planted 0 and 1 to 0.05 stalled 2-8 breaks above it.
     */
    private static final double HOT = 10;
    private static final double COLD = 0.5;
    /** Longer chains rarely pay and cost time: a move that would swap more meetings is dropped. */
    private static final int LONGEST_CHAIN = 60;

    private final List<MeetingAssignment> meetings = new ArrayList<>();
    private final Map<Integer, Slot> slotByIndex = new HashMap<>();
    private final int first;
    private final int width;
    private final int breakWeight;
    /** Per meeting: its two participants (dense numbers), its slot, whether it may move, its candidate slots. */
    private final int[][] who;
    private final int[] at;
    private final boolean[] fixed;
    private final boolean[][] allowed;
    /** Per participant and slot: the meeting there, or -1. */
    private final int[][] busy;
    private final int[] cost;
    private final List<List<Integer>> own = new ArrayList<>();
    private long total;

    KempeChains(Schedule schedule) {
        schedule.getSlots().forEach(s -> slotByIndex.put(s.index(), s));
        first = schedule.getSlots().stream().mapToInt(Slot::index).min().orElse(0);
        int last = schedule.getSlots().stream().mapToInt(Slot::index).max().orElse(0);
        width = last - first + 1;
        breakWeight = width + 1;
        Map<Attendee, Integer> number = new IdentityHashMap<>();
        for (MeetingAssignment meeting : schedule.getMeetings()) {
            if (meeting.getSlot() != null) {
                meetings.add(meeting);
                for (Attendee attendee : meeting.attendees()) {
                    number.computeIfAbsent(attendee, a -> number.size());
                }
            }
        }
        int n = meetings.size();
        who = new int[n][];
        at = new int[n];
        fixed = new boolean[n];
        allowed = new boolean[n][width];
        busy = new int[number.size()][width];
        for (int[] row : busy) {
            Arrays.fill(row, -1);
        }
        for (int p = 0; p < number.size(); p++) {
            own.add(new ArrayList<>());
        }
        for (int m = 0; m < n; m++) {
            MeetingAssignment meeting = meetings.get(m);
            who[m] = meeting.attendees().stream().mapToInt(number::get).toArray();
            at[m] = meeting.getSlot().index() - first;
            fixed[m] = meeting.isPinned();
            if (!fixed[m]) {
                for (Slot slot : meeting.getCandidateSlots()) {
                    allowed[m][slot.index() - first] = true;
                }
            }
            allowed[m][at[m]] = true;
            for (int p : who[m]) {
                busy[p][at[m]] = m;
                own.get(p).add(m);
            }
        }
        cost = new int[number.size()];
        for (int p = 0; p < cost.length; p++) {
            cost[p] = costOf(p);
            total += cost[p];
        }
    }

    /** Participants with a break now. */
    int breaks() {
        int breaks = 0;
        for (int c : cost) {
            breaks += c / breakWeight;
        }
        return breaks;
    }

    private int costOf(int p) {
        int[] row = busy[p];
        int lo = -1;
        int hi = -1;
        int count = 0;
        int runs = 0;
        for (int s = 0; s < width; s++) {
            if (row[s] >= 0) {
                if (lo < 0) {
                    lo = s;
                }
                if (s == 0 || row[s - 1] < 0) {
                    runs++;
                }
                hi = s;
                count++;
            }
        }
        return count == 0 ? 0 : (runs - 1) * breakWeight + (hi - lo + 1 - count);
    }

    /**
     * Anneals until the deadline, a stop or no break left; {@code better} gets the slots each time the breaks reach a
     * new low.
     */
    void search(SplittableRandom random, long deadline, BooleanSupplier stopped,
            Consumer<Map<MeetingAssignment, Slot>> better) {
        long began = System.nanoTime();
        double span = Math.max(1, deadline - began);
        int bestBreaks = breaks();
        long bestTotal = total;
        double temperature = HOT;
        int[] mark = new int[meetings.size()];
        int stamp = 0;
        List<Integer> chain = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int[] touched = new int[cost.length];
        int touchStamp = 0;
        int[] touchMark = new int[cost.length];
        for (long moves = 0; ; moves++) {
            if ((moves & 1023) == 0) {
                long now = System.nanoTime();
                if (bestBreaks == 0 || now > deadline || stopped.getAsBoolean()) {
                    return;
                }
                temperature = HOT * Math.pow(COLD / HOT, (now - began) / span);
            }
            // A meeting of a participant with a break most of the time, else any meeting.
            int m;
            if (random.nextInt(4) > 0) {
                int p = random.nextInt(cost.length);
                for (int tries = 0; cost[p] < breakWeight && tries < 20; tries++) {
                    p = random.nextInt(cost.length);
                }
                List<Integer> mine = own.get(p);
                if (mine.isEmpty()) {
                    continue;
                }
                m = mine.get(random.nextInt(mine.size()));
            } else {
                m = random.nextInt(meetings.size());
            }
            if (fixed[m]) {
                continue;
            }
            int t = at[m];
            int u = random.nextInt(3) == 0 ? random.nextInt(width) : t + (random.nextBoolean() ? 1 : -1)
                    * (1 + random.nextInt(3));
            if (u < 0 || u >= width || u == t || !allowed[m][u]) {
                continue;
            }
            // The chain: meetings in slot t or u reached through shared participants.
            stamp++;
            chain.clear();
            queue.clear();
            queue.add(m);
            mark[m] = stamp;
            boolean ok = true;
            while (!queue.isEmpty() && ok) {
                int c = queue.poll();
                chain.add(c);
                int other = at[c] == t ? u : t;
                if (fixed[c] || !allowed[c][other] || chain.size() > LONGEST_CHAIN) {
                    ok = false;
                    break;
                }
                for (int p : who[c]) {
                    int next = busy[p][other];
                    if (next >= 0 && mark[next] != stamp) {
                        mark[next] = stamp;
                        queue.add(next);
                    }
                }
            }
            if (!ok) {
                continue;
            }
            touchStamp++;
            int touchedCount = 0;
            for (int c : chain) {
                for (int p : who[c]) {
                    if (touchMark[p] != touchStamp) {
                        touchMark[p] = touchStamp;
                        touched[touchedCount++] = p;
                    }
                }
            }
            long before = 0;
            for (int i = 0; i < touchedCount; i++) {
                before += cost[touched[i]];
            }
            apply(chain, t, u);
            long after = 0;
            for (int i = 0; i < touchedCount; i++) {
                after += costOf(touched[i]);
            }
            long delta = after - before;
            if (delta <= 0 || random.nextDouble() < Math.exp(-delta / temperature)) {
                for (int i = 0; i < touchedCount; i++) {
                    cost[touched[i]] = costOf(touched[i]);
                }
                total += delta;
                int breaks = breaks();
                if (breaks < bestBreaks || breaks == bestBreaks && total < bestTotal) {
                    boolean fewer = breaks < bestBreaks;
                    bestBreaks = breaks;
                    bestTotal = total;
                    if (fewer) {
                        better.accept(slots());
                    }
                }
            } else {
                apply(chain, u, t);
            }
        }
    }

    private void apply(List<Integer> chain, int t, int u) {
        for (int c : chain) {
            for (int p : who[c]) {
                if (busy[p][at[c]] == c) {
                    busy[p][at[c]] = -1;
                }
            }
        }
        for (int c : chain) {
            at[c] = at[c] == t ? u : t;
            for (int p : who[c]) {
                busy[p][at[c]] = c;
            }
        }
    }

    /** The slot of every movable meeting now. */
    Map<MeetingAssignment, Slot> slots() {
        Map<MeetingAssignment, Slot> slots = new IdentityHashMap<>();
        for (int m = 0; m < meetings.size(); m++) {
            if (!fixed[m]) {
                slots.put(meetings.get(m), slotByIndex.get(at[m] + first));
            }
        }
        return slots;
    }
}
