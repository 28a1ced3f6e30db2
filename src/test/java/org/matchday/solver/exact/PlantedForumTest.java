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
import org.matchday.solver.Schedule;
import org.matchday.solver.ScheduleFeasibilityChecker;
import org.matchday.solver.SolutionFigures;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forums whose fewest breaks is known by construction (a planted timetable), and every phase of the solver
 * checked by the independent feasibility checker: the construction, the local search, the exact phase with its
 * proof of breaks and the exact phase that proves the priority alone and leaves the breaks to the local search.
 */
@Tag("solver")
class PlantedForumTest {

    /** Far beyond any run's moves on a loaded machine: only a hang reaches it. */
    private static final Duration HANG = Duration.ofMinutes(5);
    /**
     * The exact phase's budget where it proves the priority in a second but may not prove the breaks: it keeps half
     * of what is left for them, so the hang limit would make every such run last minutes.
     */
    private static final Duration BUDGET = Duration.ofSeconds(20);

    @BeforeAll
    static void setUp() {
        LogContext.getLogContext().getLogger("").setLevel(Level.INFO);
        Loader.loadNativeLibraries();
    }

    @Test
    void thePlantedTimetableIsValidAndHasThePlantedBreaks() {
        for (long seed = 1; seed <= 5; seed++) {
            for (int extra : new int[] {0, 3}) {
                EventGenerator.Planted planted = EventGenerator.plantedForum(seed, extra);
                EventDocument doc = planted.event();
                // Its own timetable, every meeting placed where it was planted, is a witness of the counts.
                assertTrue(planted.breaks() <= extra * 2, "seed " + seed + ": " + planted.breaks());
                assertTrue(doc.requests().size() >= 120, "seed " + seed + ": " + doc.requests().size());
                assertTrue(doc.meetings().size() >= 2, "pinned meetings, seed " + seed);
            }
        }
    }

    /**
     * The local search alone stalls a break or two above the planted count on some of these; the exact phase
     * after it (as the application runs it on events this small) finds the rest and proves it.
     */
    @Test
    void onSmallPlantedForumsTheSolverReachesThePlantedBreaks() {
        SolverFactory<Schedule> polish = SolverFactory.create(SolverConfig.createFromXmlResource("solverConfig.xml"));
        for (long seed = 1; seed <= 4; seed++) {
            EventGenerator.Planted planted = EventGenerator.plantedForum(seed, seed == 4 ? 1 : 0, 16, 26, 6, 5);
            Solved searched = localSearch(planted.event(), 20_000);
            ExactResult exact = new ExactSolver(TinySchedules.RULEBOOK, polish).solve(searched.best(), HANG,
                    s -> { }, new ExactSolver.Stop());
            Solved solved = written(planted.event(), exact.best());
            String context = "seed " + seed + ": planted " + planted.breaks() + " breaks, priority "
                    + planted.priority() + "; local search " + searched.figures() + ", exact phase "
                    + exact.status() + " " + solved.figures();
            assertEquals(List.of(), ScheduleFeasibilityChecker.violations(planted.event(), solved.exported()), context);
            // Every meeting fits (the planted timetable holds them all), so all of them are scheduled...
            assertEquals(planted.priority(), solved.figures().scheduledPriority(), context);
            // ...and with no more breaks than the planted timetable has.
            assertTrue(ScheduleFeasibilityChecker.breaks(planted.event(), solved.exported()) <= planted.breaks(),
                    context);
        }
    }

    @Test
    void everyPhaseHandsOutASchedulePassingTheIndependentChecker() {
        SolverFactory<Schedule> polish = SolverFactory.create(SolverConfig.createFromXmlResource("solverConfig.xml"));
        List<EventDocument> events = List.of(EventGenerator.plantedForum(5, 2, 18, 30, 6, 5).event(),
                EventGenerator.generate(EventGenerator.Preset.SMALL.spec().withSeed(3)));
        for (EventDocument doc : events) {
            Schedule constructed = construction(doc);
            check(doc, constructed, "construction heuristic");
            Schedule searched = localSearch(doc, 20_000).best();
            check(doc, searched, "local search");
            // CP-SAT alone, from the construction's schedule: the medium level, then the breaks proven.
            ExactResult full = new ExactSolver(TinySchedules.RULEBOOK, null).solve(constructed,
                    Duration.ofSeconds(10), s -> { }, new ExactSolver.Stop());
            check(doc, full.best(), "exact phase proving breaks (" + full.status() + ")");
            // The road of large events: the priority proven on the model without waits, the breaks polished by the
            // local search; every schedule it offers on the way is checked too.
            ExactResult priorityOnly = new ExactSolver(TinySchedules.RULEBOOK, polish, ExactSolver.DEFAULT_WORKERS, 0)
                    .solve(constructed, BUDGET, offered -> check(doc, offered, "offered"),
                            new ExactSolver.Stop());
            check(doc, priorityOnly.best(), "exact phase proving priority (" + priorityOnly.status() + ")");
            assertTrue(priorityOnly.mediumProvenAfter() != null, String.valueOf(priorityOnly));
            assertEquals(null, priorityOnly.breaksAtLeast(), "no proof of breaks on this road");
            // Both roads know the same optimal priority when both proved it.
            if (full.mediumProvenAfter() != null) {
                assertEquals(SolutionFigures.of(full.best()).scheduledPriority(),
                        SolutionFigures.of(priorityOnly.best()).scheduledPriority());
            }
            assertEquals(SolutionFigures.of(priorityOnly.best()).scheduledPriority(), priorityOnly.priorityAtMost());
        }
    }

    private static void check(EventDocument doc, Schedule schedule, String phase) {
        EventData data = DetachedEvents.of(doc);
        ScheduleMapper.writeBack(schedule, data.meetings(), data.sessions(), data.tables(), Map.of());
        assertEquals(List.of(), ScheduleFeasibilityChecker.violations(doc, DetachedEvents.export(data)), phase);
    }

    private record Solved(Schedule best, SolutionFigures figures, EventDocument exported) {
    }

    /** The production search for at most {@code moves} evaluated moves: the same on any machine, however loaded. */
    private static Solved localSearch(EventDocument doc, long moves) {
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml")
                .withTerminationConfig(new TerminationConfig().withMoveCountLimit(moves)
                        .withBestScoreLimit("0hard/0medium/0soft").withSpentLimit(HANG));
        return written(doc, SolverFactory.<Schedule>create(config).buildSolver()
                .solve(ScheduleMapper.toProblem(DetachedEvents.of(doc))));
    }

    private static Solved written(EventDocument doc, Schedule best) {
        EventData data = DetachedEvents.of(doc);
        ScheduleMapper.writeBack(best, data.meetings(), data.sessions(), data.tables(), Map.of());
        return new Solved(best, SolutionFigures.of(best), DetachedEvents.export(data));
    }

    private static Schedule construction(EventDocument doc) {
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml");
        config.setPhaseConfigList(List.of(config.getPhaseConfigList().get(0)));
        config.setTerminationConfig(new TerminationConfig().withSpentLimit(HANG));
        return SolverFactory.<Schedule>create(config).buildSolver()
                .solve(ScheduleMapper.toProblem(DetachedEvents.of(doc)));
    }
}
