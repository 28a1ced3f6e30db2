package org.matchday.solver.experiment;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.matchday.mapping.ScheduleMapper;
import org.matchday.service.DetachedEvents;
import org.matchday.solver.MeetingAssignment;
import org.matchday.solver.Schedule;
import org.matchday.solver.SolutionFigures;
import org.matchday.solver.Table;
import org.matchday.solver.TableAssigner;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

/**
 * Experiment only, outside the build (see docs/solver.md): solves a generated event with tables as a planning
 * variable and prints the same figures as SolverMeasurements. Arguments: {@code family seconds [seed] [config]};
 * with -Dmatchday.warm=true it starts from the production construction heuristic's schedule, seated.
 */
public final class TableVariableMeasurements {

    private TableVariableMeasurements() {
    }

    public static void main(String[] args) throws Exception {
        LogContext.getLogContext().getLogger("").setLevel(Level.INFO);
        LogContext.getLogContext().getLogger("")
                .addHandler(new ConsoleHandler(new PatternFormatter("%-5p [%c{1}] %s%n")));
        String family = args[0];
        long seconds = Long.parseLong(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        String config = args.length > 3 ? args[3] : "org/matchday/solver/experiment/tableVariableSolverConfig.xml";
        // The fixtures live in the test tree; reach them the way the measurement harness does.
        Class<?> measurements = Class.forName("org.matchday.solver.SolverMeasurements");
        var document = measurements.getDeclaredMethod("document", String.class, long.class);
        document.setAccessible(true);
        var bound = Class.forName("org.matchday.solver.PriorityBound").getDeclaredMethod("of", Schedule.class);
        bound.setAccessible(true);

        Schedule problem = ScheduleMapper.toProblem(DetachedEvents.of(
                (org.matchday.format.EventDocument) document.invoke(null, family, seed)));
        long upper = (long) bound.invoke(null, problem);
        long start = System.nanoTime();
        SolverConfig variantConfig = SolverConfig.createFromXmlResource(config);
        if (Boolean.getBoolean("matchday.warm")) {
            // Same start as production: its construction (slots, free tables counted), then seating.
            Schedule constructed = SolverFactory.<Schedule>create(SolverConfig.createFromXmlResource("solverConfig.xml")
                    .withPhaseList(List.of(new ConstructionHeuristicPhaseConfig()
                            .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING))))
                    .buildSolver().solve(problem);
            Map<MeetingAssignment, Table> seating = TableAssigner.assign(constructed);
            for (int i = 0; i < problem.getMeetings().size(); i++) {
                MeetingAssignment built = constructed.getMeetings().get(i);
                problem.getMeetings().get(i).setSlot(built.getSlot());
                problem.getMeetings().get(i).setExplicitTable(seating.get(built));
            }
            variantConfig.setPhaseConfigList(variantConfig.getPhaseConfigList().subList(1, 2));
        }
        long left = seconds * 1000 - (System.nanoTime() - start) / 1_000_000;
        TableVariableSchedule variant = TableVariableSchedule.of(problem);
        Solver<TableVariableSchedule> solver = SolverFactory.<TableVariableSchedule>create(variantConfig
                        .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofMillis(left))))
                .buildSolver();
        long[] last = {0};
        solver.addEventListener(event -> last[0] = (System.nanoTime() - start) / 1_000_000);
        TableVariableSchedule best = solver.solve(variant);
        Schedule solved = best.toSchedule(problem);
        SolutionFigures stats = SolutionFigures.of(solved);
        Set<String> seats = new HashSet<>();
        int clashes = 0;
        for (TableVariableMeeting m : best.getMeetings()) {
            if (m.getSlot() != null && (m.getTable() == null || !seats.add(m.getTable().code() + "@" + m.getSlot()))) {
                clashes++;
            }
        }
        System.out.printf(Locale.ROOT, "table variable, %s seed %d: %.2f%% of bound %d, %d scheduled, %d breaks;"
                        + " score %s; %d table clashes; last improvement at %d ms%n", family, seed,
                100.0 * stats.scheduledPriority() / upper, upper, stats.scheduled(), stats.breaks(), best.getScore(),
                clashes, last[0]);
    }
}
