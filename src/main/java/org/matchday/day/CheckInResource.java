package org.matchday.day;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.security.Caller;

/** Checking one participant in at the desk, or itself from its personal page when the event allows it. */
@Path("/api/events/{eventId}/participants/{participantId}/check-in")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Event day")
public class CheckInResource {

    private final CheckInService checkIns;
    private final SecurityIdentity identity;

    public CheckInResource(CheckInService checkIns, SecurityIdentity identity) {
        this.checkIns = checkIns;
        this.identity = identity;
    }

    @POST
    @Access(AccessRule.EVENT_PARTICIPANT_SELF)
    @Operation(summary = "Check a participant in",
            description = "By the event's organisers and staff at the desk, or by the participant itself through its"
                    + " own link when the event's selfCheckIn setting is on. Once there is a timetable (SCHEDULED or"
                    + " PUBLISHED).")
    @APIResponse(responseCode = "200", description = "Checked in, with the time")
    @APIResponse(responseCode = "403", description = "Someone else, or the event does not let participants check"
            + " themselves in")
    @APIResponse(responseCode = "404", description = "No such event or participant")
    @APIResponse(responseCode = "409", description = "Checked in already, cancelled or a no-show, or no timetable yet")
    public CheckInView checkIn(@PathParam("eventId") long eventId, @PathParam("participantId") String participantId) {
        return checkIns.checkIn(eventId, participantId, Caller.of(identity).isParticipant());
    }

    @DELETE
    @Access(AccessRule.EVENT_PARTICIPANT_SELF)
    @Operation(summary = "Undo a participant's check-in",
            description = "For a check-in made by mistake; the same callers as checking in.")
    @APIResponse(responseCode = "204", description = "No longer checked in")
    @APIResponse(responseCode = "403", description = "Someone else, or the event does not let participants check"
            + " themselves in")
    @APIResponse(responseCode = "404", description = "No such event or participant")
    @APIResponse(responseCode = "409", description = "Not checked in, or no timetable yet")
    public void undo(@PathParam("eventId") long eventId, @PathParam("participantId") String participantId) {
        checkIns.undo(eventId, participantId, Caller.of(identity).isParticipant());
    }
}
