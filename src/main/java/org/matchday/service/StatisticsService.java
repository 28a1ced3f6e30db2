package org.matchday.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.export.ScheduleStatistics;
import org.matchday.persistence.ScheduleViewLoader;

/** The statistics of the schedule participants see, computed again only after the event changed. */
@ApplicationScoped
public class StatisticsService {

    private final ScheduleViewLoader schedules;
    private final CapacityService capacity;
    private final ReportCache<ScheduleStatistics> statistics = new ReportCache<>();

    public StatisticsService(ScheduleViewLoader schedules, CapacityService capacity) {
        this.schedules = schedules;
        this.capacity = capacity;
    }

    @Transactional
    public ScheduleStatistics statistics(long eventId) {
        return statistics.get(eventId, () -> ScheduleStatistics.of(schedules.load(eventId),
                capacity.yardstick(eventId)));
    }
}
