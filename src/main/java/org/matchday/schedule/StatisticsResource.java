package org.matchday.schedule;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.matchday.export.ScheduleStatistics;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;

/** How the schedule participants see serves the event, for the organiser's report. */
@Path("/api/events/{eventId}/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exports")
public class StatisticsResource {

    private final StatisticsService statistics;

    public StatisticsResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

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
        return statistics.statistics(eventId);
    }
}
