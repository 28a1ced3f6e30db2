package org.matchday.solve;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;

import java.util.List;

/** Solving an event's timetable as a background job (start, follow, stop) and the weights it solves with. */
@Path("/api/events/{eventId}/solve")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Solving")
public class SolveResource {

    private static final String STATUS_EXAMPLE = "{\"eventId\": 12, \"status\": \"SOLVING\","
            + " \"score\": \"0hard/-12medium/-3000000041soft\", \"feasible\": true, \"scheduled\": 84,"
            + " \"unscheduled\": 6, \"breaks\": 3, \"scheduledPriority\": 241, \"requestedPriority\": 262,"
            + " \"elapsedMillis\": 4200, \"secondsLimit\": 30, \"startedAt\": \"2026-03-10T08:00:00Z\"}";

    private final SolveService solving;
    private final ConstraintWeightService weights;

    public SolveResource(SolveService solving, ConstraintWeightService weights) {
        this.solving = solving;
        this.weights = weights;
    }

    @POST
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(summary = "Start solving the event's timetable, or re-plan the rest of its day",
            description = "Returns at once; the job runs for the given seconds, or stops earlier when the schedule"
                    + " stops improving. Pinned meetings stay. The best schedule is saved as it improves, so the"
                    + " export shows it while solving goes on. With from (a date and time in the event's time zone)"
                    + " only the rest of the day is re-planned: every meeting that starts before from stays, and so"
                    + " does every scheduled meeting of participants not marked absent; the meetings still waiting"
                    + " between participants who are checked in, or not yet due (none of their meetings starts"
                    + " before from), are placed in the slots from then on that no-shows and cancellations freed."
                    + " Nobody marked as a no-show or cancelled gets a meeting. When the event is PUBLISHED, the"
                    + " re-plan is published as it ends, so that only the participants whose agenda changed are"
                    + " mailed, and agendas, table sheets and calendar feeds carry the changes.")
    @APIResponse(responseCode = "202", description = "Started; Location names the status", content = @Content(
            schema = @Schema(implementation = SolveStatus.class), examples = @ExampleObject(name = "started",
            value = STATUS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The time limit is not a whole number or out of range, or"
            + " from is not a local date and time within one of the event's sessions (problem codes"
            + " param.seconds, param.whole-number, param.from; the violation names the parameter)")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "The event is being solved already (solve.running), or a"
            + " re-plan was asked for an event that has no timetable yet (phase.wrong, naming from)")
    public Response start(@PathParam("eventId") long eventId,
            @Parameter(description = "Time limit in seconds; matchday.solver.default-seconds when absent.",
                    example = "30") @QueryParam("seconds") Integer seconds,
            @Parameter(description = "Re-plan only the rest of the day from this date and time, in the event's time"
                    + " zone (ISO, like 2018-06-05T15:30); absent for a whole solve.",
                    example = "2018-06-05T15:30") @QueryParam("from") String from,
            UriInfo uri) {
        SolveStatus progress = solving.start(eventId, seconds, from);
        return Response.accepted(progress)
                .location(uri.getBaseUriBuilder().path("api/events/{eventId}/solve").build(eventId))
                .build();
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Operation(summary = "Where solving stands", description = "While a job runs: its best schedule so far."
            + " Otherwise: the stored schedule, with the figures of the last job if there was one.")
    @APIResponse(responseCode = "200", description = "The status", content = @Content(
            schema = @Schema(implementation = SolveStatus.class), examples = @ExampleObject(name = "solving",
            value = STATUS_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such event")
    public SolveStatus status(@PathParam("eventId") long eventId) {
        return solving.status(eventId);
    }

    @DELETE
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(summary = "Stop solving early and keep the best schedule",
            description = "Waits until the best schedule is saved. Stopping an event that is not being solved"
                    + " changes nothing.")
    @APIResponse(responseCode = "200", description = "Stopped; the status after saving", content = @Content(
            schema = @Schema(implementation = SolveStatus.class)))
    @APIResponse(responseCode = "404", description = "No such event")
    public SolveStatus stop(@PathParam("eventId") long eventId) {
        return solving.stop(eventId);
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(summary = "Follow solving as Server-Sent Events",
            description = "One status event at once, then one a second while the job runs; the stream ends"
                    + " after the first status that is NOT_SOLVING.")
    @APIResponse(responseCode = "200", description = "A stream of status events")
    @APIResponse(responseCode = "404", description = "No such event")
    public Multi<SolveStatus> events(@PathParam("eventId") long eventId) {
        return solving.progress(eventId);
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Path("weights")
    @Operation(summary = "The weights of the scheduling rules for this event",
            description = "Every rule with its default weight and the weight the solver uses for this event.")
    @APIResponse(responseCode = "200", description = "The rules in order: hard, medium, soft")
    @APIResponse(responseCode = "404", description = "No such event")
    public List<ConstraintWeightView> weights(@PathParam("eventId") long eventId) {
        return weights.weights(eventId);
    }

    @PUT
    @Access(AccessRule.EVENT_ORGANISER)
    @Path("weights")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the weights of the scheduling rules for this event",
            description = "Replaces the event's weights; rules left out go back to their default. A weight stays"
                    + " on its rule's level, hard and medium rules cannot be switched off, and a soft weight of zero"
                    + " switches a preference off. Takes effect at the next solve.")
    @RequestBody(content = @Content(examples = @ExampleObject(
            name = "fewer breaks matter less", value = "{\"weights\": {\"Idle break\": \"0hard/0medium/1000soft\"}}")))
    @APIResponse(responseCode = "200", description = "Every rule with the weight it now has")
    @APIResponse(responseCode = "400", description = "Unknown rule or unfit weight, each listed")
    @APIResponse(responseCode = "404", description = "No such event")
    public List<ConstraintWeightView> updateWeights(@PathParam("eventId") long eventId, ConstraintWeightsInput input) {
        return weights.update(eventId, input);
    }
}
