package org.matchday.solver.exact;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import org.jboss.logging.Logger;
import org.matchday.solver.Attendee;
import org.matchday.solver.MeetingAssignment;
import org.matchday.solver.Schedule;
import org.matchday.solver.ScheduleCloner;
import org.matchday.solver.Slot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Proves small timetables optimal with CP-SAT ({@link ExactModel}): first the medium level (owed meetings, then
 * priority), then the soft level with the medium level held at its optimum, each from the best schedule known.
 * Every better schedule it meets is scored by the Timefold rulebook, so what it offers compares with the local
 * search's schedules as they are; CP-SAT's own objective only steers.
 */
public final class ExactSolver {

    private static final Logger LOG = Logger.getLogger(ExactSolver.class);

    /**
     * Size of the full model (meeting choices and waits) beyond which the exact phase proves no breaks: about 150
     * participants with 800 pairs over one day of 24 slots. Beyond it CP-SAT rarely proves a bound on breaks in a
     * solve's time; the local search polishes the breaks of the optimal meeting set instead.
     */
    public static final long MAX_VARIABLES = 40_000;

    /**
     * Meeting-and-slot booleans beyond which the exact phase does not run at all. The medium level needs no wait
     * variables, and its time-indexed model with tables as per-slot capacities has a strong relaxation: the
     * 300-participant two-day brokerage (about 25,000 choices) is proven in seconds; the 2,000-participant event
     * (about 330,000) is beyond it.
     */
    public static final long MAX_PRIORITY_VARIABLES = 100_000;

    /**
     * Size of the break phase's model (waits and the candidate slots of the meetings held) up to which it runs. On
     * 32-participant planted forums (about 2,200) it proved the fewest breaks in 1-4 s; on 70-participant ones
     * (about 11,000) it improved nothing in 20 s and only took time from the local search (docs/solver.md).
     */
    public static final long MAX_BREAK_PHASE_VARIABLES = 5_000;

    /**
     * Meeting-and-slot booleans of the best meeting set up to which one-day events get the run model and the
     * neighbourhoods of the break search (docs/solver.md): the planted forums of up to 80 participants need at
     * most about 8,000.
     */
    public static final long MAX_RUN_MODEL_CHOICES = 10_000;

    /**
     * CP-SAT workers on the run model: its lower bound stays 0 whatever the count, and on 2 cores 2 workers ended
     * with fewer breaks than 8 on planted forums (docs/solver.md).
     */
    private static final int RUN_MODEL_WORKERS = 2;

    /**
     * The Kempe-chain annealing of the break search: its threads (one per core here), and the length of one anneal,
     * after which it starts again, hot, from the best schedule (docs/solver.md).
     */
    private static final int KEMPE_THREADS = 2;
    private static final Duration KEMPE_ANNEAL = Duration.ofSeconds(12);

    /** The run model's share of the break search's time: all but 1 / this, the rest to the neighbourhoods. */
    private static final int RUN_MODEL_SHARE_DIVISOR = 4;

    /**
     * CP-SAT workers, whatever the core count: the portfolio runs its lower-bound workers (core-based, LP) only when
     * it has enough of them, even on 2 cores. {@code ExactWorkersBenchmark} measures the choice (docs/solver.md).
     */
    public static final int DEFAULT_WORKERS = 8;

    private static volatile String nativeProblem;
    private static volatile boolean nativeLoaded;
    private static SolverFactory<Schedule> defaultLocalSearch;
    private static SolutionManager<Schedule, HardMediumSoftLongScore> defaultScorer;

    /** The local search's share of what is left after the medium level, when soft stages follow it. */
    private static final int POLISH_SHARE_DIVISOR = 2;
    private static final Duration POLISH_AT_MOST = Duration.ofSeconds(10);
    /** The MIP's share of the exact phase's time for the medium level; CP-SAT takes over if it proves nothing. */
    private static final int MIP_SHARE_DIVISOR = 2;
    /** The break search's neighbourhoods: CP-SAT's time on one, its workers, and how many free meetings. */
    private static final double NEIGHBOURHOOD_SECONDS = 1;
    private static final int NEIGHBOURHOOD_WORKERS = 1;
    private static final double NEIGHBOURHOOD_START = 40;
    private static final double NEIGHBOURHOOD_LEAST = 10;
    private static final double NEIGHBOURHOOD_MOST = 400;
    private static final long NEIGHBOURHOOD_SEED = 24;
    /** The share of neighbourhoods that also free every meeting in a window of slots around the participant's. */
    private static final double WINDOW_SHARE = 0.5;
    /** Breaks on a large event close slowly: the polish that ends the phase waits longer for an improvement. */
    private static final Duration POLISH_UNIMPROVED_ALONE = Duration.ofSeconds(5);

    private final SolutionManager<Schedule, HardMediumSoftLongScore> scorer;
    private final SolverFactory<Schedule> localSearch;
    private final int workers;
    private final long maxBreakVariables;
    private final boolean breakPhase;

    /**
     * @param scorer scores schedules by the rulebook (the application's, or one built from solverConfig.xml)
     * @param localSearch Timefold, to polish the breaks of a schedule whose medium level CP-SAT improved; null for
     *        none
     */
    public ExactSolver(SolutionManager<Schedule, HardMediumSoftLongScore> scorer,
            SolverFactory<Schedule> localSearch) {
        this(scorer, localSearch, DEFAULT_WORKERS);
    }

    /** @param workers CP-SAT's worker threads (the benchmark measures which count pays) */
    public ExactSolver(SolutionManager<Schedule, HardMediumSoftLongScore> scorer,
            SolverFactory<Schedule> localSearch, int workers) {
        this(scorer, localSearch, workers, MAX_VARIABLES, true);
    }

    /** @param maxBreakVariables the full model's size up to which breaks are proven (tests take the other road) */
    ExactSolver(SolutionManager<Schedule, HardMediumSoftLongScore> scorer, SolverFactory<Schedule> localSearch,
            int workers, long maxBreakVariables) {
        this(scorer, localSearch, workers, maxBreakVariables, true);
    }

    /** @param breakPhase whether the fewest breaks of the best meeting set are searched (the benchmark compares) */
    ExactSolver(SolutionManager<Schedule, HardMediumSoftLongScore> scorer, SolverFactory<Schedule> localSearch,
            int workers, long maxBreakVariables, boolean breakPhase) {
        this.scorer = scorer;
        this.localSearch = localSearch;
        this.workers = workers;
        this.maxBreakVariables = maxBreakVariables;
        this.breakPhase = breakPhase;
    }

    /** The same exact phase with the rulebook and local search of solverConfig.xml and {@code workers} threads. */
    public static ExactSolver withWorkers(int workers) {
        return new ExactSolver(defaultScorer(), defaultLocalSearch(), workers);
    }

    /**
     * The exact phase of solverConfig.xml with {@code workers} threads, with or without the break phase (the
     * benchmark measures what each pays).
     */
    public static ExactSolver configured(int workers, boolean breakPhase) {
        return new ExactSolver(defaultScorer(), defaultLocalSearch(), workers, MAX_VARIABLES, breakPhase);
    }

    /** Runs the exact phase with a rulebook and a local search built from solverConfig.xml. */
    public static ExactResult solve(Schedule start, Duration limit, Consumer<Schedule> onImproved) {
        return new ExactSolver(defaultScorer(), defaultLocalSearch()).solve(start, limit, onImproved, new Stop());
    }

    /** Whether OR-Tools' native library loads on this platform (loading it on the first call). */
    public static boolean nativeAvailable() {
        return loadNative();
    }

    /** Whether the exact phase can run on the schedule: see {@link #whyNotApplicable}. */
    public static boolean applies(Schedule schedule) {
        return whyNotApplicable(schedule) == null;
    }

    /** Why the exact phase cannot run on the schedule, in words; null when it can. */
    public static String whyNotApplicable(Schedule schedule) {
        if (!loadNative()) {
            return "no OR-Tools native library for this platform (" + nativeProblem + ")";
        }
        String weights = ExactModel.Weights.whyNot(schedule);
        if (weights != null) {
            return weights;
        }
        long size = ExactModel.choicesOf(schedule);
        if (size > MAX_PRIORITY_VARIABLES) {
            return "the event is too large to prove (" + size + " meeting-and-slot variables, at most "
                    + MAX_PRIORITY_VARIABLES + ")";
        }
        return null;
    }

    /** Whether the exact phase also proves the fewest breaks: the full model is small enough. */
    public static boolean provesBreaks(Schedule schedule) {
        return ExactModel.sizeOf(schedule) <= MAX_VARIABLES;
    }

    /**
     * Searches for a better schedule than {@code start} and tries to prove the best one optimal.
     *
     * @param start a schedule of the event, solved or not; it is not changed
     * @param limit time for both levels together
     * @param onImproved gets every schedule better than all before it, a new object with its rulebook score set
     * @param stop stops the run from another thread; the best so far is returned
     */
    public ExactResult solve(Schedule start, Duration limit, Consumer<Schedule> onImproved, Stop stop) {
        long began = System.nanoTime();
        long deadline = began + limit.toNanos();
        Schedule startCopy = copy(start, null);
        scorer.update(startCopy);
        String why = whyNotApplicable(start);
        if (why == null && pinnedBreakRules(start)) {
            why = "pinned meetings break a hard rule";
        }
        if (why != null) {
            return ExactResult.notApplicable(startCopy, why, Duration.ofNanos(System.nanoTime() - began));
        }
        // The medium level on the model without waits: smaller, and its optimum is the full model's.
        ExactModel priority = new ExactModel(start, false);
        Search search = new Search(startCopy, onImproved, stop);
        Map<String, Long> lowest = new HashMap<>();
        boolean complete = true;
        Duration mediumProvenAfter = null;
        List<List<ExactModel.Term>> mediumStages = ExactModel.Term.stages(priority.mediumTerms);
        // A quarter of the time stays for the local search: where the medium level is not proven, the schedule
        // CP-SAT or the MIP improved still needs its breaks repaired (139 breaks against Timefold's 39 on the
        // dense day without it).
        long mediumDeadline = localSearch == null ? deadline : began + (deadline - began) / 4 * 3;
        // First the MIP, for a share of the time: where it proves the medium level, CP-SAT need not.
        long mipMillis = (mediumDeadline - System.nanoTime()) / 1_000_000 / MIP_SHARE_DIVISOR;
        PriorityMip.Result mip = stop.isStopped() ? null
                : PriorityMip.solve(start, priority.weights, search.best, mipMillis, PriorityMip.BACKEND);
        if (mip != null && mip.slots() != null) {
            search.offer(mip.slots());
        }
        Long mediumPenalty = null;
        // Proven when the best schedule reaches the MIP's bound, whether or not the MIP closed its own search.
        if (mip != null && mip.slots() != null
                && -search.best.getScore().mediumScore() == mip.penaltyAtLeast()) {
            mediumPenalty = mip.penaltyAtLeast();
            Figures figures = Figures.of(search.best);
            lowest.put(ExactModel.Term.SHORTFALL, (long) figures.shortfall());
            lowest.put(ExactModel.Term.UNSCHEDULED_PRIORITY, priority.totalPriority - figures.priority());
        } else {
            for (List<ExactModel.Term> stage : mediumStages) {
                Outcome outcome = search.minimise(priority, stage, mediumDeadline, lowest);
                if (!outcome.optimal()) {
                    complete = false;
                    break;
                }
            }
            if (complete) {
                mediumPenalty = -search.best.getScore().mediumScore();
            }
        }
        boolean breaks = complete && ExactModel.sizeOf(start) <= maxBreakVariables;
        if (complete) {
            mediumProvenAfter = Duration.ofNanos(System.nanoTime() - began);
        }
        // The local search repairs breaks far better than CP-SAT's soft stages, whose bound on breaks stays 0 on
        // forums (docs/solver.md): it goes first even on Timefold's own schedule, which the job cut short, and the
        // soft stages start from its result. Without them it has the rest of the time, proven or not.
        boolean small = ExactModel.sizeWithMeetingSet(search.best) <= MAX_BREAK_PHASE_VARIABLES;
        // Beyond the exact break phase's size, one-day events get the run model and the neighbourhoods instead, once
        // the medium level is proven: they keep the meeting set, where the local search might still gain priority.
        boolean runs = !small && complete && ExactModel.choicesWithMeetingSet(search.best) <= MAX_RUN_MODEL_CHOICES
                && ExactModel.oneDay(start);
        if (breakPhase && (small || runs)) {
            boolean setOptimal = false;
            if (small) {
                search.polish(deadline, true);
                // The fewest breaks of the meeting set it leaves, exactly: a small model, since the set is fixed.
                // Half of what is left: where it cannot prove its optimum, the searches below may do better.
                long now = System.nanoTime();
                setOptimal = search.fewestBreaks(now + (deadline - now) / 2);
            }
            if (runs && Figures.of(search.best).breaks() > 0) {
                // Kempe-chain annealing where the tables cannot bind, else the run model for most of what is left,
                // then neighbourhoods; no polish first: on planted forums the local search stalls 5-10 breaks above
                // the planted 0, where these go on.
                if (!search.kempe(deadline)) {
                    long now = System.nanoTime();
                    search.runs(now + (deadline - now) / RUN_MODEL_SHARE_DIVISOR * (RUN_MODEL_SHARE_DIVISOR - 1));
                    search.neighbourhoods(deadline);
                }
            }
            if (!breaks && !(setOptimal && Figures.of(search.best).breaks() == 0)) {
                // Another meeting set may have fewer breaks, or more priority: the local search has the rest.
                search.polish(deadline, false);
            }
        } else {
            search.polish(deadline, breaks);
        }
        ExactModel exact = priority;
        if (breaks) {
            exact = new ExactModel(start, true);
            // The soft stages keep the medium level's optimum: that is what ranking the rules means.
            exact.model.addEquality(exact.medium, mediumPenalty);
            for (List<ExactModel.Term> stage : ExactModel.Term.stages(exact.softTerms)) {
                Outcome outcome = search.minimise(exact, stage, deadline, lowest);
                if (!outcome.optimal()) {
                    complete = false;
                    break;
                }
            }
        }
        return result(exact, search.best, complete && breaks, lowest, stop,
                Duration.ofNanos(System.nanoTime() - began), mediumProvenAfter);
    }

    /**
     * The break phase alone (tests, benchmark): the best schedule with {@code start}'s meeting set, a copy of
     * {@code start} when nothing better is found; {@code onImproved} gets every better one.
     */
    public BreakPhase fewestBreaks(Schedule start, Duration limit, Consumer<Schedule> onImproved) {
        long began = System.nanoTime();
        Schedule startCopy = copy(start, null);
        scorer.update(startCopy);
        Search search = new Search(startCopy, onImproved, new Stop());
        boolean proven = loadNative() && search.fewestBreaks(began + limit.toNanos());
        return new BreakPhase(search.best, proven, search.breaksProvenAt == 0 ? null
                : Duration.ofNanos(search.breaksProvenAt - began), Duration.ofNanos(System.nanoTime() - began));
    }

    /**
     * The break search alone (tests, benchmark): neighbourhoods of {@code start}'s meeting set re-placed by CP-SAT
     * until {@code limit} or no break is left; a copy of {@code start} when nothing better is found.
     */
    public BreakPhase fewerBreaks(Schedule start, Duration limit, Consumer<Schedule> onImproved) {
        long began = System.nanoTime();
        Schedule startCopy = copy(start, null);
        scorer.update(startCopy);
        Search search = new Search(startCopy, onImproved, new Stop());
        if (loadNative() && !search.kempe(began + limit.toNanos())) {
            search.runs(began + limit.toNanos() / RUN_MODEL_SHARE_DIVISOR * (RUN_MODEL_SHARE_DIVISOR - 1));
            search.neighbourhoods(began + limit.toNanos());
        }
        return new BreakPhase(search.best, false, null, Duration.ofNanos(System.nanoTime() - began));
    }

    /**
     * What the break phase did: its best schedule, whether it proved it has the fewest breaks (and then the best
     * soft level) its meeting set allows, when it had proved the fewest breaks (null if it did not), and how long
     * it took.
     */
    public record BreakPhase(Schedule best, boolean proven, Duration breaksProvenAfter, Duration took) {
    }

    private static LinearExpr objectiveOf(List<ExactModel.Term> stage) {
        return stage.size() == 1 ? stage.get(0).units() : ExactModel.Term.weightedSum(stage);
    }

    private ExactResult result(ExactModel exact, Schedule best, boolean proven, Map<String, Long> lowest, Stop stop,
            Duration took, Duration mediumProvenAfter) {
        Figures figures = Figures.of(best);
        ExactModel.Weights w = exact.weights;
        Long shortfall = lowest.get(ExactModel.Term.SHORTFALL);
        Long unscheduled = lowest.get(ExactModel.Term.UNSCHEDULED_PRIORITY);
        Long breaks = lowest.get(ExactModel.Term.BREAKS);
        if (proven) {
            shortfall = (long) figures.shortfall();
            unscheduled = exact.totalPriority - figures.priority();
            breaks = (long) figures.breaks();
        }
        // A rule with weight 0 is no rule: nothing is known of it.
        Integer shortfallAtLeast = w.tooFewMeetings() > 0 && shortfall != null ? (int) (long) shortfall : null;
        Long priorityAtMost = w.requestedUnscheduled() > 0 && unscheduled != null
                ? exact.totalPriority - unscheduled : null;
        Integer breaksAtLeast = w.idleBreak() > 0 && breaks != null ? (int) (long) breaks : null;
        ExactResult.Status status = proven ? ExactResult.Status.PROVEN_OPTIMAL
                : lowest.isEmpty() ? ExactResult.Status.UNKNOWN : ExactResult.Status.BOUNDED;
        String reason = proven ? null : stop.isStopped() ? "stopped" : "time ran out before the proof";
        LOG.debugf("Exact phase: %s in %d ms, %d variables, %s", status, took.toMillis(), exact.variables(),
                best.getScore());
        return new ExactResult(best, proven, status, shortfallAtLeast, priorityAtMost, breaksAtLeast, reason, took,
                mediumProvenAfter, exact.variables());
    }

    /** One CP-SAT solve of the current objective, offering better schedules as they come. */
    private final class Search {

        private final Consumer<Schedule> onImproved;
        private final Stop stop;
        private Schedule best;
        /** When the break phase proved the fewest breaks of its meeting set (System.nanoTime), 0 before. */
        private long breaksProvenAt;
        /** Neighbourhoods the break search solved. */
        private int neighbourhoodsSolved;

        Search(Schedule start, Consumer<Schedule> onImproved, Stop stop) {
            this.best = start;
            this.onImproved = onImproved;
            this.stop = stop;
        }

        /**
         * Minimises one stage from the best schedule known, records the bound it proves on the stage's heaviest
         * rule in {@code lowest}, and on an optimum holds the stage there for the stages after it.
         */
        Outcome minimise(ExactModel exact, List<ExactModel.Term> stage, long deadline, Map<String, Long> lowest) {
            LinearExpr objective = objectiveOf(stage);
            exact.model.clearObjective();
            exact.model.minimize(objective);
            exact.hint(best);
            Outcome outcome = run(exact, deadline);
            if (outcome.bounded()) {
                ExactModel.Term top = stage.get(0);
                long others = stage.stream().skip(1).mapToLong(ExactModel.Term::atMost).sum();
                long topLowest = stage.size() == 1 ? outcome.bound() : ceilDiv(outcome.bound() - others, top.weight());
                lowest.put(top.name(), Math.max(0, topLowest));
            }
            if (outcome.optimal()) {
                exact.model.addEquality(objective, outcome.bound());
            }
            return outcome;
        }

        Outcome run(ExactModel exact, long deadline) {
            double seconds = (deadline - System.nanoTime()) / 1e9;
            if (seconds < 0.05 || stop.isStopped()) {
                return new Outcome(CpSolverStatus.UNKNOWN, 0);
            }
            CpSolver solver = new CpSolver();
            solver.getParameters().setMaxTimeInSeconds(seconds)
                    .setNumWorkers(workers)
                    .setLogSearchProgress(Boolean.getBoolean("matchday.exact.log"));
            stop.attach(solver::stopSearch);
            try {
                CpSolverStatus status = solver.solve(exact.model, new CpSolverSolutionCallback() {
                    @Override
                    public void onSolutionCallback() {
                        offer(exact.read(literal -> booleanValue(literal) ? 1 : 0));
                    }
                });
                boolean found = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
                return new Outcome(status, found ? Math.round(solver.bestObjectiveBound()) : 0);
            } finally {
                stop.detach();
            }
        }

        /**
         * The break phase: the fewest breaks (the soft level's heaviest rule), then the best soft level with as few,
         * over the slots of the best schedule's meetings, the meeting set fixed, warm-started from that schedule.
         * The set fixed makes the model small, and the medium level cannot change. Nothing better found, the best
         * schedule stays as it was.
         *
         * @return whether both stages proved their optimum for that meeting set
         */
        boolean fewestBreaks(long deadline) {
            if (stop.isStopped() || deadline - System.nanoTime() < 100_000_000L) {
                return false;
            }
            Schedule from = best;
            ExactModel fixed = new ExactModel(from, true);
            fixed.keepMeetingSet(from);
            if (fixed.softTerms.isEmpty()) {
                return true;
            }
            LinearExpr heaviest = fixed.softTerms.get(0).units();
            fixed.model.minimize(heaviest);
            fixed.hint(best);
            Outcome outcome = run(fixed, deadline);
            if (!outcome.optimal()) {
                return false;
            }
            breaksProvenAt = System.nanoTime();
            if (fixed.softTerms.size() == 1) {
                return true;
            }
            fixed.model.addLessOrEqual(heaviest, outcome.bound());
            fixed.model.clearObjective();
            fixed.model.minimize(fixed.soft);
            fixed.hint(best);
            return run(fixed, deadline).optimal();
        }

        /**
         * Large neighbourhood search for fewer breaks, the meeting set fixed: again and again the meetings of a
         * participant with a break and of some of its partners (and theirs), half of the time with every meeting in
         * a window of slots around one of its meetings, are freed, every other meeting stays, and CP-SAT re-places
         * the freed ones for the fewest breaks of the participants they touch, for at most
         * {@link #NEIGHBOURHOOD_SECONDS}. A result with no more breaks becomes the current schedule (so the search
         * crosses plateaus), one the rulebook scores better is offered. The neighbourhood grows while CP-SAT proves
         * its optimum quickly and shrinks when it runs out of time. Ends at the deadline or with no break left.
         */
        void neighbourhoods(long deadline) {
            SplittableRandom random = new SplittableRandom(NEIGHBOURHOOD_SEED);
            Schedule current = best;
            double size = NEIGHBOURHOOD_START;
            while (!stop.isStopped() && deadline - System.nanoTime() > 100_000_000L) {
                if (best.getScore().compareTo(current.getScore()) > 0) {
                    current = best;
                }
                Map<Long, List<MeetingAssignment>> byAttendee = new HashMap<>();
                for (MeetingAssignment meeting : current.getMeetings()) {
                    if (meeting.getSlot() != null && !meeting.isPinned()) {
                        for (Attendee attendee : meeting.attendees()) {
                            byAttendee.computeIfAbsent(attendee.id(), k -> new ArrayList<>()).add(meeting);
                        }
                    }
                }
                List<Long> withBreaks = Figures.breaksPerAttendee(current);
                if (withBreaks.isEmpty()) {
                    return;
                }
                Set<MeetingAssignment> free = Collections.newSetFromMap(new IdentityHashMap<>());
                List<Long> members = new ArrayList<>();
                Set<Long> taken = new HashSet<>();
                long first = withBreaks.get(random.nextInt(withBreaks.size()));
                members.add(first);
                taken.add(first);
                List<MeetingAssignment> firstOwn = byAttendee.getOrDefault(first, List.of());
                if (random.nextDouble() < WINDOW_SHARE && !firstOwn.isEmpty()) {
                    // A window of slots around one of the participant's meetings: every meeting in it may move.
                    MeetingAssignment around = firstOwn.get(random.nextInt(firstOwn.size()));
                    int day = around.getSlot().day();
                    int centre = around.getSlot().indexInDay();
                    for (int radius = 1; free.size() < size && radius < 30; radius++) {
                        for (MeetingAssignment meeting : current.getMeetings()) {
                            Slot slot = meeting.getSlot();
                            if (slot != null && !meeting.isPinned() && slot.day() == day
                                    && Math.abs(slot.indexInDay() - centre) <= radius) {
                                free.add(meeting);
                            }
                        }
                    }
                }
                free.addAll(firstOwn);
                for (int tries = 0; free.size() < size && tries < 50; tries++) {
                    long member = members.get(random.nextInt(members.size()));
                    List<MeetingAssignment> own = byAttendee.getOrDefault(member, List.of());
                    if (own.isEmpty()) {
                        continue;
                    }
                    MeetingAssignment via = own.get(random.nextInt(own.size()));
                    for (Attendee partner : via.attendees()) {
                        if (taken.add(partner.id())) {
                            members.add(partner.id());
                            free.addAll(byAttendee.getOrDefault(partner.id(), List.of()));
                        }
                    }
                }
                ExactModel part = ExactModel.freeing(current, free);
                part.keepMeetingSet(current);
                part.model.minimize(part.breaks);
                part.hint(current);
                long began = System.nanoTime();
                double seconds = Math.min(NEIGHBOURHOOD_SECONDS, (deadline - began) / 1e9);
                CpSolver solver = new CpSolver();
                solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(NEIGHBOURHOOD_WORKERS)
                        .setRandomSeed(random.nextInt(1 << 20));
                AtomicReference<Map<MeetingAssignment, Slot>> found = new AtomicReference<>();
                stop.attach(solver::stopSearch);
                CpSolverStatus status;
                try {
                    status = solver.solve(part.model, new CpSolverSolutionCallback() {
                        @Override
                        public void onSolutionCallback() {
                            found.set(part.read(literal -> booleanValue(literal) ? 1 : 0));
                        }
                    });
                } finally {
                    stop.detach();
                }
                neighbourhoodsSolved++;
                LOG.debugf("Neighbourhood %d: %d free meetings, %s in %d ms", neighbourhoodsSolved, free.size(), status,
                        (System.nanoTime() - began) / 1_000_000);
                if (found.get() != null) {
                    Schedule candidate = copy(current, found.get());
                    scorer.update(candidate);
                    if (candidate.getScore().hardScore() == 0
                            && Figures.of(candidate).breaks() <= Figures.of(current).breaks()) {
                        current = candidate;
                        offer(candidate);
                    }
                }
                boolean quick = status == CpSolverStatus.OPTIMAL
                        && System.nanoTime() - began < NEIGHBOURHOOD_SECONDS * 1e9 / 2;
                size = quick ? Math.min(size * 1.1, NEIGHBOURHOOD_MOST)
                        : status == CpSolverStatus.OPTIMAL ? size : Math.max(size * 0.9, NEIGHBOURHOOD_LEAST);
            }
        }

        /**
         * Simulated annealing over Kempe chains ({@link KempeChains}) until the deadline or no break is left, on
         * {@link #KEMPE_THREADS} threads, each annealing again and again for {@link #KEMPE_ANNEAL} from the best
         * schedule with a seed of its own; every new low of breaks is offered to the rulebook.
         *
         * @return false where it does not apply (tables that could bind), so nothing was tried
         */
        boolean kempe(long deadline) {
            if (RunModel.of(best) == null) {
                return false;
            }
            List<Thread> threads = new ArrayList<>();
            AtomicReference<RuntimeException> failure = new AtomicReference<>();
            for (int t = 0; t < KEMPE_THREADS; t++) {
                long seed = NEIGHBOURHOOD_SEED + 1000L * t;
                Thread thread = new Thread(() -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    while (!stop.isStopped() && failure.get() == null
                            && deadline - System.nanoTime() > 50_000_000L) {
                        Schedule from;
                        synchronized (this) {
                            from = best;
                        }
                        if (Figures.of(from).breaks() == 0) {
                            return;
                        }
                        try {
                            new KempeChains(from).search(random.split(),
                                    Math.min(deadline, System.nanoTime() + KEMPE_ANNEAL.toNanos()),
                                    () -> stop.isStopped() || failure.get() != null, this::offer);
                        } catch (RuntimeException e) {
                            failure.compareAndSet(null, e);
                        }
                    }
                }, "kempe-chains-" + t);
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    stop.stop();
                    Thread.currentThread().interrupt();
                }
            }
            if (failure.get() != null) {
                throw failure.get();
            }
            return true;
        }

        /**
         * The run model over the best schedule's meeting set until the deadline, its solutions offered: {@link
         * RunModel} where the tables cannot bind, else the same runs over the meeting-and-slot booleans with every
         * table rule ({@link ExactModel#brokenParticipants}).
         */
        void runs(long deadline) {
            RunModel pure = RunModel.of(best);
            if (pure != null) {
                double seconds = (deadline - System.nanoTime()) / 1e9;
                if (seconds < 0.05 || stop.isStopped()) {
                    return;
                }
                CpSolver solver = new CpSolver();
                solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(RUN_MODEL_WORKERS)
                        .setLogSearchProgress(Boolean.getBoolean("matchday.exact.log"));
                stop.attach(solver::stopSearch);
                try {
                    CpSolverStatus status = solver.solve(pure.model, new CpSolverSolutionCallback() {
                        @Override
                        public void onSolutionCallback() {
                            offer(pure.read(this::value));
                        }
                    });
                    LOG.debugf("Run model: %s", status);
                } finally {
                    stop.detach();
                }
                return;
            }
            ExactModel runs = new ExactModel(best, false);
            runs.keepMeetingSet(best);
            runs.hint(best);
            LinearExpr broken = runs.brokenParticipants(best);
            if (broken == null) {
                return;
            }
            runs.model.minimize(broken);
            LOG.debugf("Run model with meeting-and-slot booleans: %s", run(runs, deadline).status());
        }

        private synchronized void offer(Map<MeetingAssignment, Slot> slots) {
            Schedule candidate = copy(best, slots);
            scorer.update(candidate);
            offer(candidate);
        }

        private synchronized void offer(Schedule candidate) {
            if (candidate.getScore().compareTo(best.getScore()) > 0) {
                best = candidate;
                onImproved.accept(candidate);
            }
        }

        /**
         * Timefold from the best schedule, for a share of the time left (all of it when no soft stage follows);
         * its best keeps the medium level, since the score ranks it first.
         */
        void polish(long deadline, boolean softStagesFollow) {
            long left = deadline - System.nanoTime();
            // Timefold takes whole milliseconds only.
            Duration share = Duration.ofMillis((softStagesFollow
                    ? Math.min(left / POLISH_SHARE_DIVISOR, POLISH_AT_MOST.toNanos()) : left) / 1_000_000);
            if (localSearch == null || share.toMillis() < 200 || stop.isStopped()) {
                return;
            }
            Solver<Schedule> solver = localSearch.buildSolver(new SolverConfigOverride<Schedule>()
                    .withTerminationConfig(new TerminationConfig().withSpentLimit(share)
                            .withUnimprovedSpentLimit(softStagesFollow ? Duration.ofSeconds(2)
                                    : POLISH_UNIMPROVED_ALONE)
                            .withBestScoreLimit(HardMediumSoftLongScore.ZERO.toString())));
            stop.attach(solver::terminateEarly);
            try {
                Schedule polished = solver.solve(copy(best, null));
                offer(polished);
            } finally {
                stop.detach();
            }
        }
    }

    /** How one stage's solve ended: its status, and its objective's lower bound when it found a solution. */
    private record Outcome(CpSolverStatus status, long bound) {

        boolean optimal() {
            return status == CpSolverStatus.OPTIMAL;
        }

        boolean bounded() {
            return status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        }
    }

    /** Stops a running exact phase from another thread, between or inside its CP-SAT and Timefold solves. */
    public static final class Stop {

        private volatile boolean stopped;
        private Runnable running;

        public synchronized void stop() {
            stopped = true;
            if (running != null) {
                running.run();
            }
        }

        public boolean isStopped() {
            return stopped;
        }

        private synchronized void attach(Runnable stopRunning) {
            running = stopRunning;
            if (stopped) {
                stopRunning.run();
            }
        }

        private synchronized void detach() {
            running = null;
        }
    }

    /** A copy of the schedule with the free meetings in {@code slots} (all kept as they are when null). */
    private static Schedule copy(Schedule source, Map<MeetingAssignment, Slot> slots) {
        Schedule copy = new ScheduleCloner().cloneSolution(source);
        if (slots != null) {
            Map<Long, Slot> byId = new HashMap<>();
            slots.forEach((meeting, slot) -> byId.put(meeting.getId(), slot));
            for (MeetingAssignment meeting : copy.getMeetings()) {
                if (byId.containsKey(meeting.getId())) {
                    meeting.setSlot(byId.get(meeting.getId()));
                }
            }
        }
        return copy;
    }

    /** Whether the pinned meetings alone already break a hard rule: then no placement of the rest is feasible. */
    private boolean pinnedBreakRules(Schedule start) {
        Schedule pinnedOnly = copy(start, null);
        pinnedOnly.getMeetings().forEach(m -> {
            if (!m.isPinned()) {
                m.setSlot(null);
            }
        });
        return scorer.update(pinnedOnly).hardScore() < 0;
    }

    private static long ceilDiv(long a, long b) {
        return Math.floorDiv(a + b - 1, b);
    }

    private static synchronized boolean loadNative() {
        if (!nativeLoaded && nativeProblem == null) {
            try {
                Loader.loadNativeLibraries();
                nativeLoaded = true;
            } catch (Throwable e) {
                // Another platform or no temporary directory: the application solves without the exact phase.
                nativeProblem = e.toString();
                LOG.warnf("The exact phase is off: OR-Tools could not load its native library (%s)", e);
            }
        }
        return nativeLoaded;
    }

    private static synchronized SolverFactory<Schedule> defaultLocalSearch() {
        if (defaultLocalSearch == null) {
            defaultLocalSearch = SolverFactory.create(SolverConfig.createFromXmlResource("solverConfig.xml"));
        }
        return defaultLocalSearch;
    }

    private static synchronized SolutionManager<Schedule, HardMediumSoftLongScore> defaultScorer() {
        if (defaultScorer == null) {
            defaultScorer = SolutionManager.create(defaultLocalSearch());
        }
        return defaultScorer;
    }

    /** Owed meetings missing, scheduled priority and breaks of a schedule, counted on slot positions. */
    public record Figures(int shortfall, long priority, int breaks) {

        public static Figures of(Schedule schedule) {
            Map<Attendee, Integer> meetings = new HashMap<>();
            Map<String, Set<Integer>> busy = new HashMap<>();
            long priority = 0;
            for (MeetingAssignment meeting : schedule.getMeetings()) {
                Slot slot = meeting.getSlot();
                if (slot != null) {
                    priority += meeting.getPriority();
                    for (Attendee attendee : meeting.attendees()) {
                        meetings.merge(attendee, 1, Integer::sum);
                        busy.computeIfAbsent(attendee.id() + "/" + slot.day(), k -> new HashSet<>())
                                .add(slot.indexInDay());
                    }
                }
            }
            int shortfall = 0;
            for (Attendee attendee : schedule.getAttendees()) {
                shortfall += Math.max(0, attendee.fairShare() - meetings.getOrDefault(attendee, 0));
            }
            int breaks = 0;
            for (Set<Integer> day : busy.values()) {
                for (int index : day) {
                    // A meeting whose previous slot is free, after an earlier meeting, ends a break.
                    if (!day.contains(index - 1) && day.stream().anyMatch(other -> other < index)) {
                        breaks++;
                    }
                }
            }
            return new Figures(shortfall, priority, breaks);
        }

        /** The ids of the participants with at least one break, each once. */
        static List<Long> breaksPerAttendee(Schedule schedule) {
            Map<Long, Map<Integer, Set<Integer>>> busy = new HashMap<>();
            for (MeetingAssignment meeting : schedule.getMeetings()) {
                Slot slot = meeting.getSlot();
                if (slot != null) {
                    for (Attendee attendee : meeting.attendees()) {
                        busy.computeIfAbsent(attendee.id(), k -> new HashMap<>())
                                .computeIfAbsent(slot.day(), d -> new HashSet<>()).add(slot.indexInDay());
                    }
                }
            }
            List<Long> ids = new ArrayList<>();
            busy.forEach((id, days) -> {
                boolean broken = days.values().stream().anyMatch(day -> day.size()
                        != day.stream().mapToInt(Integer::intValue).max().orElse(0)
                        - day.stream().mapToInt(Integer::intValue).min().orElse(0) + 1);
                if (broken) {
                    ids.add(id);
                }
            });
            ids.sort(null);
            return ids;
        }
    }
}
