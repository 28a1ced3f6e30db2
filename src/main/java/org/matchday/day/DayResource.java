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

/** The control room's view of the event day. */
@Path("/api/events/{eventId}/day")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Event day")
public class DayResource {

    private final DayService days;

    public DayResource(DayService days) {
        this.days = days;
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Operation(summary = "Where the event day stands now",
            description = "Now, checked in against expected, the meetings of the schedule participants hold (held,"
                    + " running, in the next slot, lost to no-shows), and the tables free in the slot running now and"
                    + " in the next one. Times are local to the event's time zone.")
    @APIResponse(responseCode = "200", description = "The day now")
    @APIResponse(responseCode = "403", description = "Only the event's organisers and staff")
    @APIResponse(responseCode = "404", description = "No such event")
    public DayView day(@PathParam("eventId") long eventId) {
        return days.day(eventId);
    }
}
