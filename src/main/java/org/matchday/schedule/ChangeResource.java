package org.matchday.schedule;

import io.quarkus.security.identity.SecurityIdentity;
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
import org.matchday.security.Caller;

/** How the timetable differs from the publication in force. */
@Path("/api/events/{eventId}/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publication")
public class ChangeResource {

    private final ChangeService changes;
    private final SecurityIdentity identity;

    public ChangeResource(ChangeService changes, SecurityIdentity identity) {
        this.changes = changes;
        this.identity = identity;
    }

    @GET
    @Access(AccessRule.EVENT_VIEWER)
    @Operation(summary = "What moved, appeared or disappeared since the publication in force",
            description = "Per meeting, per participant and per table. Organisers and staff see every change, a"
                    + " participant only its own.")
    @APIResponse(responseCode = "200", description = "The changes; empty when the timetable is as published")
    @APIResponse(responseCode = "404", description = "No such event")
    public ChangesView changes(@PathParam("eventId") long eventId) {
        Caller caller = Caller.of(identity);
        return changes.changes(eventId, caller.isParticipant() ? caller.participantCode() : null);
    }
}
