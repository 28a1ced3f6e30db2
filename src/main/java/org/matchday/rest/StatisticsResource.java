package org.matchday.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.matchday.export.ScheduleStatistics;
import org.matchday.persistence.ScheduleViewLoader;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.rest.dto.Optimality;
import org.matchday.service.CapacityService;
import org.matchday.service.SolveService;

/** How the schedule participants see serves the event, for the organiser's report. */
@Path("/api/events/{eventId}/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exports")
public class StatisticsResource {

    private final ScheduleViewLoader schedules;
    private final CapacityService capacity;
    private final SolveService solving;

    public StatisticsResource(ScheduleViewLoader schedules, CapacityService capacity, SolveService solving) {
        this.schedules = schedules;
        this.capacity = capacity;
        this.solving = solving;
    }

    /** Optimality is judged for the draft, which the solver works on; a publication is what it was. */
    private static final Optimality PUBLISHED = new Optimality(Optimality.UNKNOWN, null, null, null, null,
            "Optimality is known only for the draft: see the solve status.");

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Operation(summary = "Statistics of the published schedule (or of the draft)",
            description = "Requested, scheduled and unscheduled meetings and their priority sums, the share of the"
                    + " capacity bound, meetings per participant, idle breaks, table use per slot and the"
                    + " unscheduled meetings with their reasons, and how close the draft is to the best timetable"
                    + " possible (optimality).")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "404", description = "No such event")
    public ScheduleStatistics statistics(@PathParam("eventId") long eventId) {
        ScheduleStatistics statistics = ScheduleStatistics.of(schedules.load(eventId), capacity.yardstick(eventId));
        return statistics.withOptimality(statistics.draft() ? solving.optimality(eventId) : PUBLISHED);
    }
}
