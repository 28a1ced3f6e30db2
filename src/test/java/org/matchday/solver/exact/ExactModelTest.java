package org.matchday.solver.exact;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.matchday.solver.Schedule;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exact model and the Timefold rulebook are two writings of the same rules: on the same schedule they must
 * agree, hard rule by hard rule and penalty by penalty.
 */
@Tag("solver")
class ExactModelTest {

    @BeforeAll
    static void loadNative() {
        Loader.loadNativeLibraries();
    }

    @Test
    void theModelScoresEverySchedulePreciselyAsTheRulebookDoes() {
        int feasible = 0;
        int infeasible = 0;
        for (long seed = 1; seed <= 400; seed++) {
            Random random = new Random(seed);
            Schedule problem = TinySchedules.generate(seed, 4 + random.nextInt(5), 2 + random.nextInt(4),
                    1 + random.nextInt(2), 4 + random.nextInt(10));
            Schedule schedule = TinySchedules.randomAssignment(problem, random);
            HardMediumSoftLongScore rulebook = TinySchedules.score(schedule);
            long[] model = objectivesOf(schedule);
            String context = "seed " + seed + ": rulebook " + rulebook + ", model "
                    + (model == null ? "infeasible" : model[0] + "medium/" + model[1] + "soft");
            if (rulebook.hardScore() < 0) {
                // Every broken hard rule must be one the model forbids.
                assertEquals(null, model, context);
                infeasible++;
            } else {
                assertTrue(model != null, context);
                assertEquals(-rulebook.mediumScore(), model[0], context);
                assertEquals(-rulebook.softScore(), model[1], context);
                feasible++;
            }
        }
        // Both kinds were drawn often enough for the comparison to mean something.
        assertTrue(feasible > 100 && infeasible > 50, feasible + " feasible, " + infeasible + " infeasible");
    }

    /**
     * The time-indexed priority model ({@link PriorityMip}, tables as a per-slot capacity) is a third writing of the
     * hard rules and the medium level: with every meeting fixed where the schedule has it, its penalty is the
     * rulebook's medium penalty, and it is infeasible exactly where the rulebook breaks a hard rule.
     */
    @Test
    void theTimeIndexedPriorityModelScoresEveryScheduleAsTheRulebookDoes() {
        int feasible = 0;
        int infeasible = 0;
        for (long seed = 1; seed <= 400; seed++) {
            Random random = new Random(seed);
            Schedule problem = TinySchedules.generate(seed, 4 + random.nextInt(5), 2 + random.nextInt(4),
                    1 + random.nextInt(2), 4 + random.nextInt(10));
            Schedule schedule = TinySchedules.randomAssignment(problem, random);
            HardMediumSoftLongScore rulebook = TinySchedules.score(schedule);
            Long penalty = PriorityMip.penaltyOf(schedule, ExactModel.Weights.of(schedule), PriorityMip.BACKEND);
            String context = "seed " + seed + ": rulebook " + rulebook + ", priority model " + penalty;
            if (rulebook.hardScore() < 0) {
                assertEquals(null, penalty, context);
                infeasible++;
            } else {
                assertEquals(-rulebook.mediumScore(), penalty, context);
                feasible++;
            }
        }
        assertTrue(feasible > 100 && infeasible > 50, feasible + " feasible, " + infeasible + " infeasible");
    }

    /**
     * The model's medium and soft penalties of the schedule, its meetings fixed where they are; null when the
     * model finds the schedule infeasible. The helper variables of breaks and idle time are only bounded from
     * below, so each level is minimised to read them.
     */
    static long[] objectivesOf(Schedule schedule) {
        ExactModel exact = new ExactModel(schedule);
        exact.fix(schedule);
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setMaxTimeInSeconds(10);
        exact.model.minimize(exact.medium);
        CpSolverStatus status = solver.solve(exact.model);
        if (status == CpSolverStatus.INFEASIBLE) {
            return null;
        }
        assertEquals(CpSolverStatus.OPTIMAL, status);
        long medium = Math.round(solver.objectiveValue());
        exact.model.addEquality(exact.medium, medium);
        exact.model.clearObjective();
        exact.model.minimize(exact.soft);
        assertEquals(CpSolverStatus.OPTIMAL, solver.solve(exact.model));
        return new long[] {medium, Math.round(solver.objectiveValue())};
    }
}
