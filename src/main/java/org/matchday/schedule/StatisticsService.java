package org.matchday.schedule;

import org.matchday.persistence.ReportCache;
import org.matchday.solve.CapacityService;
import org.matchday.solve.SolveService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.export.ScheduleStatistics;
import org.matchday.persistence.ContentStamp;
import org.matchday.export.ScheduleViewLoader;
import org.matchday.export.Optimality;

/** The statistics of the schedule participants see, computed again only after the event changed. */
@ApplicationScoped
public class StatisticsService {

    /** Optimality is judged for the draft, which the solver works on; a publication is what it was. */
    private static final Optimality PUBLISHED = new Optimality(Optimality.UNKNOWN, null, null, null, null,
            "Optimality is known only for the draft: see the solve status.");

    private final ScheduleViewLoader schedules;
    private final CapacityService capacity;
    private final SolveService solving;
    /** Kept while the rows and the last solve job stay the same: a job's end may judge an unchanged schedule. */
    private final ReportCache<ScheduleStatistics> statistics;

    public StatisticsService(ScheduleViewLoader schedules, CapacityService capacity, SolveService solving) {
        this.schedules = schedules;
        this.capacity = capacity;
        this.solving = solving;
        this.statistics = new ReportCache<>(id -> ContentStamp.of(id) + "|" + solving.jobStamp(id));
    }

    @Transactional
    public ScheduleStatistics statistics(long eventId) {
        return statistics.get(eventId, () -> {
            ScheduleStatistics figures = ScheduleStatistics.of(schedules.load(eventId), capacity.yardstick(eventId));
            return figures.withOptimality(figures.draft() ? solving.optimality(eventId) : PUBLISHED);
        });
    }
}
