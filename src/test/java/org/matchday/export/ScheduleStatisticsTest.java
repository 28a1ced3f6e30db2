package org.matchday.export;

import org.junit.jupiter.api.Test;
import org.matchday.domain.RequestStatus;
import org.matchday.export.ScheduleStatistics.Yardstick;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Slots of the test session: 09:00, 09:20, 09:40, 10:00, 10:20, 10:40 (no gap). */
class ScheduleStatisticsTest {

    @Test
    void oneRunOfFreeSlotsBetweenTwoMeetingsIsOneBreak() {
        ScheduleView view = new ScheduleViews().session("s").person("a").person("b").person("c")
                .meeting("a", "b", "09:00", "T1").meeting("a", "c", "10:00", "T1").build();
        ScheduleStatistics.Breaks breaks = ScheduleStatistics.of(view, Yardstick.UNKNOWN).breaks();
        // a waits through 09:20 and 09:40: one break of two slots. b and c meet once: no break.
        assertEquals(1, breaks.total());
        assertEquals(2, breaks.idleSlots());
        assertEquals(1, breaks.participantsWithBreaks());
    }

    @Test
    void aPauseIsNoSlotSoMeetingsAroundItLeaveNoBreak() {
        // The 09:40-10:00 pause moves the third slot to 10:00: slots 09:00, 09:20, 10:00, 10:20, 10:40.
        ScheduleView view = new ScheduleViews().session("s", "09:40-10:00").person("a").person("b")
                .meeting("a", "b", "09:20", "T1").build();
        ScheduleView next = new ScheduleViews().session("s", "09:40-10:00").person("a").person("b").person("c")
                .meeting("a", "b", "09:20", "T1").meeting("a", "c", "10:00", "T2").build();
        assertEquals(0, ScheduleStatistics.of(view, Yardstick.UNKNOWN).breaks().total());
        assertEquals(0, ScheduleStatistics.of(next, Yardstick.UNKNOWN).breaks().total());
    }

    @Test
    void twoSeparateWaitsAreTwoBreaks() {
        ScheduleView view = new ScheduleViews().session("s").person("a").person("b").person("c").person("d")
                .meeting("a", "b", "09:00", "T1").meeting("a", "c", "09:40", "T1").meeting("a", "d", "10:40", "T1")
                .build();
        ScheduleStatistics.Breaks breaks = ScheduleStatistics.of(view, Yardstick.UNKNOWN).breaks();
        // 09:20 alone, then 10:00 and 10:20.
        assertEquals(2, breaks.total());
        assertEquals(3, breaks.idleSlots());
        assertEquals(Map.of(0, 3, 2, 1), breaks.perParticipantDay());
    }

    @Test
    void pairPriorityIsTheHighestAcceptedRequestOrThree() {
        ScheduleView view = new ScheduleViews().session("s").person("a").person("b").person("c").person("d")
                .meeting("a", "b", "09:00", "T1").meeting("c", "d", "09:00", "T2").unscheduled("a", "c")
                .request("a", "b", 2, RequestStatus.ACCEPTED).request("b", "a", 4, RequestStatus.ACCEPTED)
                .request("a", "b", 5, RequestStatus.DECLINED)
                .request("c", "a", 1, RequestStatus.PENDING)
                .build();
        ScheduleStatistics.Priorities priorities = ScheduleStatistics.of(view, Yardstick.UNKNOWN).priorities();
        // a-b: 4 (the declined 5 does not count); c-d: no request, 3; a-c: only a pending request, 3.
        assertEquals(7, priorities.scheduled());
        assertEquals(3, priorities.unscheduled());
        assertEquals(70.0, priorities.scheduledPercent());
    }

    @Test
    void capacityBoundGivesThePercentageWhenKnown() {
        ScheduleView view = new ScheduleViews().session("s").person("a").person("b").person("c")
                .meeting("a", "b", "09:00", "T1").meeting("a", "c", "09:20", "T1").unscheduled("b", "c").build();
        // Three pairs without requests: priority 3 each, 6 scheduled; a bound of 8 makes 75 %.
        ScheduleStatistics.Priorities known = ScheduleStatistics.of(view, new Yardstick(null, null, 8L, null))
                .priorities();
        assertEquals(8L, known.capacityBound());
        assertEquals(75.0, known.capacityBoundPercent());
        ScheduleStatistics.Priorities unknown = ScheduleStatistics.of(view, Yardstick.UNKNOWN).priorities();
        assertNull(unknown.capacityBound());
        assertNull(unknown.capacityBoundPercent());
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        ScheduleView view = new ScheduleViews().session("s").person("a").person("b").person("c").person("d")
                .meeting("a", "b", "09:00", "T1").meeting("a", "c", "09:20", "T1").meeting("a", "d", "09:40", "T1")
                .build();
        ScheduleStatistics.MeetingsPerParticipant per = ScheduleStatistics.of(view, Yardstick.UNKNOWN)
                .meetingsPerParticipant();
        // Counts 3, 1, 1, 1.
        assertEquals(1.0, per.median());
        assertEquals(1, per.min());
        assertEquals(3, per.max());
        assertEquals(Map.of(1, 3, 3, 1), per.distribution());
        assertEquals(List.of(), per.withoutMeetingsIds());
    }

    @Test
    void fairnessCountsOnlyParticipantsOwedAMeeting() {
        ScheduleView view = new ScheduleViews().session("s").person("a").person("b").person("c").person("d")
                .person("e").meeting("a", "b", "09:00", "T1").meeting("a", "c", "09:20", "T1").unscheduled("d", "a")
                .build();
        // A minimum of 2: a is owed 2 and has them, b and c are owed 1 each (one request each), d is owed 1 and
        // has none, e asked for nothing.
        Yardstick yardstick = new Yardstick(2, Map.of("a", 2, "b", 1, "c", 1, "d", 1, "e", 0), null, 3L);
        ScheduleStatistics.Fairness fairness = ScheduleStatistics.of(view, yardstick).fairness();
        assertEquals(4, fairness.participantsOwed());
        // b, c (one meeting each) and d (none) are below 2; only d is below what its requests allow.
        assertEquals(3, fairness.belowMinimum());
        assertEquals(1, fairness.belowFairShare());
        assertEquals(1, fairness.withoutMeetings());
        assertEquals(List.of("d", "b", "c"), fairness.belowMinimumIds());
        assertEquals(3L, fairness.priorityGivenUp());
        assertNull(ScheduleStatistics.of(view, Yardstick.UNKNOWN).fairness().belowMinimum());
    }

    @Test
    void eachGroupGetsItsOwnMeetingsPerParticipant() {
        ScheduleView view = new ScheduleViews().session("s").person("h1", "Host").person("h2", "Host")
                .person("v1", "Visitor").person("v2", "Visitor").person("v3", "Visitor").person("x")
                .meeting("h1", "v1", "09:00", "T1").meeting("h1", "v2", "09:20", "T1")
                .meeting("h2", "v1", "09:20", "T2").unscheduled("h2", "v3").build();
        List<ScheduleStatistics.GroupFigures> groups = ScheduleStatistics.of(view, Yardstick.UNKNOWN)
                .meetingsPerParticipant().byGroup();
        assertEquals(Arrays.asList("Host", "Visitor", null), groups.stream().map(g -> g.group()).toList());
        ScheduleStatistics.GroupFigures hosts = groups.get(0);
        // Hosts: h1 2, h2 1 of 2 requested.
        assertEquals(4, hosts.requested());
        assertEquals(3, hosts.scheduled());
        assertEquals(75.0, hosts.scheduledPercent());
        assertEquals(1.5, hosts.mean());
        ScheduleStatistics.GroupFigures visitors = groups.get(1);
        // Visitors: v1 2, v2 1, v3 0 of 1.
        assertEquals(3, visitors.participants());
        assertEquals(0, visitors.min());
        assertEquals(1.0, visitors.median());
        assertEquals(2, visitors.max());
        assertEquals(1, visitors.withoutMeetings());
        assertNull(visitors.belowMinimum());
        assertNull(groups.get(2).scheduledPercent());
    }

    @Test
    void tableUseCountsTablesPerSlot() {
        ScheduleView view = new ScheduleViews().session("s").person("a").person("b").person("c").person("d")
                .meeting("a", "b", "09:00", "T1").meeting("c", "d", "09:00", "T2").meeting("a", "c", "09:20", "T1")
                .build();
        ScheduleStatistics.TableUse use = ScheduleStatistics.of(view, Yardstick.UNKNOWN).tableUse();
        assertEquals(6, use.slots());
        assertEquals(12, use.seats());
        assertEquals(3, use.used());
        assertEquals(25.0, use.usedPercent());
        assertEquals(2, use.perSlot().get(0).tablesUsed());
        assertEquals(100.0, use.perSlot().get(0).percent());
        assertEquals(0, use.perSlot().get(5).tablesUsed());
    }
}
