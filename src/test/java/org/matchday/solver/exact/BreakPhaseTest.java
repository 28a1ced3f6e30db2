package org.matchday.solver.exact;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import com.google.ortools.Loader;
import org.jboss.logmanager.LogContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchday.benchmark.EventGenerator;
import org.matchday.format.EventDocument;
import org.matchday.mapping.DetachedEvents;
import org.matchday.mapping.ScheduleMapper;
import org.matchday.persistence.EventData;
import org.matchday.solver.MeetingAssignment;
import org.matchday.solver.Schedule;
import org.matchday.solver.ScheduleFeasibilityChecker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The break phase: the fewest breaks over the slots of a fixed meeting set. It keeps every meeting it is given,
 * never hands out more breaks than it got, and every schedule it offers passes the independent checker.
 */
@Tag("solver")
class BreakPhaseTest {

    /** Far beyond what these small models take on a loaded machine: only a hang reaches it. */
    private static final Duration HANG = Duration.ofMinutes(2);
    /**
     * Enough to take breaks out of a construction's timetable, not to prove the fewest on the larger events: a run
     * that cannot prove its optimum would otherwise spend the whole hang limit.
     */
    private static final Duration IMPROVE = Duration.ofSeconds(10);
    private static final ExactSolver EXACT = new ExactSolver(TinySchedules.RULEBOOK, null);

    @BeforeAll
    static void setUp() {
        LogContext.getLogContext().getLogger("").setLevel(Level.INFO);
        Loader.loadNativeLibraries();
    }

    /**
     * From the construction heuristic's schedule (many breaks, some meetings perhaps left out, pinned meetings), on
     * planted forums and a generated event with fixed tables: the same meetings, no more breaks, every offer valid.
     */
    @Test
    void itKeepsEveryMeetingAndNeverAddsABreak() {
        List<EventDocument> events = List.of(EventGenerator.plantedForum(1, 0, 16, 26, 6, 5).event(),
                EventGenerator.plantedForum(2, 2, 18, 30, 6, 5).event(),
                EventGenerator.generate(EventGenerator.Preset.SMALL.spec().withSeed(3)));
        for (EventDocument doc : events) {
            Schedule start = construction(doc);
            TinySchedules.RULEBOOK.update(start);
            List<Schedule> offered = new ArrayList<>();
            Schedule best = EXACT.fewestBreaks(start, IMPROVE, offered::add).best();
            String context = doc.name() + ": start " + start.getScore() + ", break phase " + best.getScore();
            assertEquals(scheduledIds(start), scheduledIds(best), context);
            assertEquals(start.getScore().mediumScore(), best.getScore().mediumScore(), context);
            int startBreaks = ExactSolver.Figures.of(start).breaks();
            assertTrue(ExactSolver.Figures.of(best).breaks() <= startBreaks, context);
            assertTrue(best.getScore().compareTo(start.getScore()) >= 0, context);
            // The construction leaves breaks on these forums: the phase must have found something to take out.
            assertTrue(startBreaks > 0, context);
            assertTrue(ExactSolver.Figures.of(best).breaks() < startBreaks, context);
            check(doc, best, context);
            for (Schedule schedule : offered) {
                assertEquals(scheduledIds(start), scheduledIds(schedule), context);
                check(doc, schedule, context + ", offered " + schedule.getScore());
            }
        }
    }

    /** Given its own best schedule, it finds nothing better and hands the same one back. */
    @Test
    void itKeepsAScheduleItCannotImprove() {
        EventDocument doc = EventGenerator.plantedForum(3, 0, 16, 26, 6, 5).event();
        Schedule once = EXACT.fewestBreaks(construction(doc), HANG, s -> { }).best();
        List<Schedule> offered = new ArrayList<>();
        Schedule twice = EXACT.fewestBreaks(once, HANG, offered::add).best();
        assertEquals(once.getScore(), twice.getScore());
        assertEquals(List.of(), offered);
        assertEquals(slotsOf(once), slotsOf(twice));
    }

    /**
     * On small planted forums whose meetings the construction heuristic all places, the phase reaches the planted
     * count of breaks (0) from the construction's timetable.
     */
    @Test
    void itReachesThePlantedBreaksOnSmallPlantedForums() {
        int reached = 0;
        for (long seed = 1; seed <= 4; seed++) {
            EventGenerator.Planted planted = EventGenerator.plantedForum(seed, 0, 16, 26, 6, 5);
            Schedule start = localSearch(planted.event(), 2_000);
            TinySchedules.RULEBOOK.update(start);
            if (start.getScore().mediumScore() != 0) {
                continue;
            }
            Schedule best = EXACT.fewestBreaks(start, HANG, s -> { }).best();
            EventDocument exported = exported(planted.event(), best);
            String context = "seed " + seed + ": planted " + planted.breaks() + ", start "
                    + ExactSolver.Figures.of(start) + ", break phase " + ExactSolver.Figures.of(best);
            assertEquals(List.of(), ScheduleFeasibilityChecker.violations(planted.event(), exported), context);
            assertEquals(planted.breaks(), ScheduleFeasibilityChecker.breaks(planted.event(), exported), context);
            reached++;
        }
        // A short local search schedules every meeting on most seeds; the phase is what closes the breaks.
        assertTrue(reached >= 2, "seeds with every meeting scheduled: " + reached);
    }

    /**
     * Beyond the exact phase's size (40 participants, 100 meetings, where the construction and a short local search
     * leave 5-10 breaks): the break search (the Kempe-chain annealing, since the tables cannot bind) reaches the
     * planted 0 breaks, keeps the meeting set, and every schedule it offers passes the independent checker. The run
     * model took 2-4 s a forum on a loaded 2-core machine; the limit only bounds a failure.
     */
    @Test
    void theBreakSearchReachesThePlantedBreaksOnLargerPlantedForums() {
        for (long seed = 1; seed <= 3; seed++) {
            EventGenerator.Planted planted = EventGenerator.plantedForum(seed, 0, 40, 100, 7, 6);
            Schedule start = localSearch(planted.event(), 20_000);
            TinySchedules.RULEBOOK.update(start);
            List<Schedule> offered = new ArrayList<>();
            Schedule best = EXACT.fewerBreaks(start, Duration.ofSeconds(20), offered::add).best();
            String context = "seed " + seed + ": planted " + planted.breaks() + ", start "
                    + ExactSolver.Figures.of(start) + ", break search " + ExactSolver.Figures.of(best);
            assertTrue(ExactSolver.Figures.of(start).breaks() > 0, context);
            assertEquals(scheduledIds(start), scheduledIds(best), context);
            EventDocument exported = exported(planted.event(), best);
            assertEquals(List.of(), ScheduleFeasibilityChecker.violations(planted.event(), exported), context);
            assertEquals(planted.breaks(), ScheduleFeasibilityChecker.breaks(planted.event(), exported), context);
            for (Schedule schedule : offered) {
                assertEquals(scheduledIds(start), scheduledIds(schedule), context);
                check(planted.event(), schedule, context + ", offered " + schedule.getScore());
            }
        }
    }

    /**
     * On a planted forum of 50 participants and 150 meetings over 22 slots (the benchmark's shape; 40 more meetings
     * than the forums above), the break search's Kempe-chain annealing reaches the planted 0 breaks from a short
     * local search, keeps the meeting set, and every schedule it offers passes the independent checker. The limit
     * of 12 s is what a failure costs.
     */
    @Test
    void theKempeChainsReachThePlantedBreaksOnABenchmarkSizedForum() {
        EventGenerator.Planted planted = EventGenerator.plantedForum(1, 0, 50, 150, 12, 10);
        Schedule start = localSearch(planted.event(), 20_000);
        TinySchedules.RULEBOOK.update(start);
        List<Schedule> offered = new ArrayList<>();
        Schedule best = EXACT.fewerBreaks(start, Duration.ofSeconds(12), offered::add).best();
        String context = "planted " + planted.breaks() + ", start " + ExactSolver.Figures.of(start)
                + ", break search " + ExactSolver.Figures.of(best);
        assertTrue(ExactSolver.Figures.of(start).breaks() > 0, context);
        // Every meeting scheduled, so the planted timetable is one of the set's: 0 breaks are there to be found.
        assertEquals(planted.priority(), ExactSolver.Figures.of(start).priority(), context);
        assertEquals(scheduledIds(start), scheduledIds(best), context);
        EventDocument exported = exported(planted.event(), best);
        assertEquals(List.of(), ScheduleFeasibilityChecker.violations(planted.event(), exported), context);
        assertEquals(0, ScheduleFeasibilityChecker.breaks(planted.event(), exported), context);
        assertTrue(best.getScore().compareTo(start.getScore()) > 0, context);
        for (Schedule schedule : offered) {
            assertEquals(scheduledIds(start), scheduledIds(schedule), context);
            check(planted.event(), schedule, context + ", offered " + schedule.getScore());
        }
    }

    private static Set<Long> scheduledIds(Schedule schedule) {
        Set<Long> ids = new TreeSet<>();
        schedule.getMeetings().stream().filter(MeetingAssignment::isScheduled).forEach(m -> ids.add(m.getId()));
        return ids;
    }

    private static Map<Long, Integer> slotsOf(Schedule schedule) {
        Map<Long, Integer> slots = new TreeMap<>();
        schedule.getMeetings().forEach(m -> slots.put(m.getId(), m.getSlot() == null ? -1 : m.getSlot().index()));
        return slots;
    }

    private static void check(EventDocument doc, Schedule schedule, String context) {
        assertEquals(List.of(), ScheduleFeasibilityChecker.violations(doc, exported(doc, schedule)), context);
    }

    private static EventDocument exported(EventDocument doc, Schedule schedule) {
        EventData data = DetachedEvents.of(doc);
        ScheduleMapper.writeBack(schedule, data.meetings(), data.sessions(), data.tables(), Map.of());
        return DetachedEvents.export(data);
    }

    private static Schedule construction(EventDocument doc) {
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml");
        config.setPhaseConfigList(List.of(config.getPhaseConfigList().get(0)));
        config.setTerminationConfig(new TerminationConfig().withSpentLimit(HANG));
        return SolverFactory.<Schedule>create(config).buildSolver()
                .solve(ScheduleMapper.toProblem(DetachedEvents.of(doc)));
    }

    /** The production search for a fixed number of moves: the same start on any machine, however loaded. */
    private static Schedule localSearch(EventDocument doc, long moves) {
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml")
                .withTerminationConfig(new TerminationConfig().withMoveCountLimit(moves)
                        .withBestScoreLimit("0hard/0medium/0soft").withSpentLimit(HANG));
        return SolverFactory.<Schedule>create(config).buildSolver()
                .solve(ScheduleMapper.toProblem(DetachedEvents.of(doc)));
    }
}
