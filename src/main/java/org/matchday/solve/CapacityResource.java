package org.matchday.solve;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;

import java.util.List;

/** What can fit before solving, and why what did not fit has no slot. */
@Path("/api/events/{eventId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Capacity and explanations")
public class CapacityResource {

    private final CapacityService capacity;
    private final ExplanationService explanations;

    public CapacityResource(CapacityService capacity, ExplanationService explanations) {
        this.capacity = capacity;
        this.explanations = explanations;
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Path("capacity")
    @Operation(summary = "Check capacity before solving", description = "Meetings that can never take place,"
            + " participants with more wishes than slots, crowded slots, and an upper bound on the priority sum any"
            + " schedule can reach, so results can be shown as a percentage of it.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "404", description = "No such event")
    public CapacityReport capacity(@PathParam("eventId") long eventId) {
        return capacity.report(eventId);
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Path("unscheduled")
    @Operation(summary = "Explain the unscheduled meetings", description = "For every requested meeting without a"
            + " slot in the current schedule, a reason in words derived from the data, highest priority first.")
    @APIResponse(responseCode = "200", description = "The unscheduled meetings with reasons")
    @APIResponse(responseCode = "404", description = "No such event")
    public List<UnscheduledMeeting> unscheduled(@PathParam("eventId") long eventId) {
        return explanations.unscheduled(eventId);
    }
}
