package org.matchday.day;

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

/** Who is in, for the desk. */
@Path("/api/events/{eventId}/check-ins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Event day")
public class CheckInListResource {

    private final CheckInService checkIns;

    public CheckInListResource(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Operation(summary = "List the participants who are checked in, the first to arrive first")
    @APIResponse(responseCode = "200", description = "Who is in, with the time each was checked in")
    @APIResponse(responseCode = "403", description = "Only the event's organisers and staff")
    @APIResponse(responseCode = "404", description = "No such event")
    public List<CheckInEntry> list(@PathParam("eventId") long eventId) {
        return checkIns.list(eventId);
    }
}
