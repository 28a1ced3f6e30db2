package org.matchday.day;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.security.Caller;

/** Two participants who want to meet now: the desk, or either of them, books their first possible meeting. */
@Path("/api/events/{eventId}/meetings/quick")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Event day")
public class QuickBookingResource {

    private final QuickBookingService bookings;
    private final SecurityIdentity identity;

    public QuickBookingResource(QuickBookingService bookings, SecurityIdentity identity) {
        this.bookings = bookings;
        this.identity = identity;
    }

    // The pair is in the body, so the rule lets every participant in and the service holds one to its own meetings.
    @POST
    @Access(AccessRule.EVENT_VIEWER)
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "Book a meeting on the spot",
            description = "By the event's organisers and staff, or by either participant of the pair through its"
                    + " link: the first slot starting now or later in which both are free and can attend and a table"
                    + " is free (a host's own table when one of them hosts). The meeting is pinned into the"
                    + " timetable and added to the publication in force, so that both agendas and the table sheet"
                    + " show it. A refusal names why in its code: quick.busy-all-day, quick.no-common-slot,"
                    + " quick.no-table, quick.session-over, quick.already, quick.cap or quick.absent.")
    @APIResponse(responseCode = "201", description = "Booked: when and where",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = QuickBooking.class)))
    @APIResponse(responseCode = "400", description = "Not two different participants of the event")
    @APIResponse(responseCode = "403", description = "A participant booking someone else's meeting")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "No slot: one of them busy all day, no table free, the"
            + " sessions over, the pair meeting already, a participant at its cap or absent; no timetable yet; the"
            + " event is being solved")
    public QuickBooking book(@PathParam("eventId") long eventId, QuickBookingInput input) {
        Caller caller = Caller.of(identity);
        return bookings.book(eventId, input, caller.isParticipant() ? caller.participantCode() : null);
    }
}
