package org.matchday.solver;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import org.junit.jupiter.api.Test;
import org.matchday.mapping.ScheduleMapper;
import org.matchday.mapping.DetachedEvents;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a change made by hand is checked: the stored schedule, the change, a score analysis that names the rule. */
class ManualChangeAnalysisTest {

    private final SolutionManager<Schedule, HardMediumSoftLongScore> solutionManager = SolutionManager.create(
            SolverFactory.create(SolverConfig.createFromXmlResource("solverConfig.xml")));

    @Test
    void aMoveOntoAnOccupiedHostIsNamedWithItsRuleAndWords() throws IOException {
        Schedule stored = ScheduleMapper.toStoredSchedule(
                DetachedEvents.of(ScheduleSolverTest.fixture("events/small-event.json")), Map.of());
        MeetingAssignment moved = meetingOf(stored, "eu-02", "tw-01");
        // tw-01 already meets eu-01 at 13:30 (pinned); put eu-02 there too, at the free table T03.
        moved.setSlot(slotAt(stored, LocalDateTime.of(2018, 6, 5, 13, 30)));
        moved.setExplicitTable(table(stored, "T03"));

        ScoreAnalysis<HardMediumSoftLongScore> analysis = solutionManager.analyze(stored);

        List<String> broken = analysis.constraintAnalyses().stream()
                .filter(c -> c.score().hardScore() < 0).map(ConstraintAnalysis::constraintName).sorted().toList();
        // tw-01 is twice at 13:30, and a meeting with tw-01 belongs at tw-01's table T01.
        assertEquals(List.of(ScheduleConstraintProvider.MEETING_AWAY_FROM_FIXED_TABLE,
                ScheduleConstraintProvider.PARTICIPANT_DOUBLE_BOOKED), broken);
        List<String> doubleBookings = analysis
                .getConstraintAnalysis(ScheduleConstraintProvider.PARTICIPANT_DOUBLE_BOOKED).matches().stream()
                .map(match -> ((ScheduleJustification) match.justification()).description()).toList();
        assertEquals(List.of("林明哲 (tw-01) has 2 meetings at Tue 5 Jun 13:30: eu-01 & tw-01, eu-02 & tw-01."),
                doubleBookings);
    }

    private static MeetingAssignment meetingOf(Schedule schedule, String code, String otherCode) {
        return schedule.getMeetings().stream()
                .filter(m -> Set.of(m.getA().code(), m.getB().code()).equals(Set.of(code, otherCode)))
                .findFirst().orElseThrow();
    }

    private static Slot slotAt(Schedule schedule, LocalDateTime start) {
        return schedule.getSlots().stream().filter(s -> s.start().equals(start)).findFirst().orElseThrow();
    }

    private static Table table(Schedule schedule, String code) {
        return schedule.getTables().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }
}
