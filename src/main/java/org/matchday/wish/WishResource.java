package org.matchday.wish;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.security.Caller;

/**
 * A participant's wishes, through its personal link: send, list, withdraw, and answer the ones it received. Wishes
 * are the event's meeting requests, the same the organiser sees under /requests and the solver schedules.
 */
@Path("/api/events/{eventId}/wishes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wishes")
public class WishResource {

    private final WishService wishes;
    private final SecurityIdentity identity;

    public WishResource(WishService wishes, SecurityIdentity identity) {
        this.wishes = wishes;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(AccessRule.EVENT_PARTICIPANT)
    @Operation(summary = "Send a wish to meet another participant",
            description = "Allowed while the event is in WISHES_OPEN (or PUBLISHED when late wishes are on) and"
                    + " within the matchmaking rules. The wish is PENDING until the receiver answers, or ACCEPTED at"
                    + " once when the rules need no acceptance. Two wishes between the same pair make one mutual"
                    + " meeting.")
    @RequestBody(content = @Content(examples = @ExampleObject(
            name = "a wish", value = "{\"to\": \"tw-01\", \"priority\": 4, \"note\": \"Drone testing?\","
            + " \"sessions\": [\"pm\"]}")))
    @APIResponse(responseCode = "201", description = "Sent; Location names the wish", content = @Content(
            schema = @Schema(implementation = WishView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: unknown participant, oneself, unknown session")
    @APIResponse(responseCode = "403", description = "Only participants send wishes, through their links")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "Refused by the phase or a matchmaking rule, which is named;"
            + " or asked already")
    public Response send(@PathParam("eventId") long eventId, WishInput wish, UriInfo uri) {
        WishView sent = wishes.send(eventId, me(), wish);
        return Response.created(uri.getAbsolutePathBuilder().path(sent.id()).build()).entity(sent).build();
    }

    @GET
    @Access(AccessRule.EVENT_PARTICIPANT)
    @Operation(summary = "The wishes the participant sent and received")
    @APIResponse(responseCode = "200", description = "Sent and received wishes")
    @APIResponse(responseCode = "403", description = "Only participants have wishes")
    @APIResponse(responseCode = "404", description = "No such event")
    public WishesView list(@PathParam("eventId") long eventId) {
        return wishes.list(eventId, me());
    }

    @DELETE
    @Path("{requestId}")
    @Access(AccessRule.EVENT_PARTICIPANT)
    @Operation(summary = "Withdraw a wish one sent")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "403", description = "Only the sender withdraws a wish")
    @APIResponse(responseCode = "404", description = "No such event, or no such wish of the caller's")
    @APIResponse(responseCode = "409", description = "Refused by the phase")
    public void withdraw(@PathParam("eventId") long eventId, @PathParam("requestId") String requestId) {
        wishes.withdraw(eventId, me(), requestId);
    }

    @POST
    @Path("{requestId}/accept")
    @Access(AccessRule.EVENT_PARTICIPANT)
    @Operation(summary = "Accept a wish one received", description = "An accepted wish is scheduled.")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "403", description = "Only the receiver answers a wish")
    @APIResponse(responseCode = "404", description = "No such event, or no such wish of the caller's")
    @APIResponse(responseCode = "409", description = "Refused by the phase, or the wish was cancelled")
    public WishView accept(@PathParam("eventId") long eventId, @PathParam("requestId") String requestId) {
        return wishes.answer(eventId, me(), requestId, true);
    }

    @POST
    @Path("{requestId}/decline")
    @Access(AccessRule.EVENT_PARTICIPANT)
    @Operation(summary = "Decline a wish one received")
    @APIResponse(responseCode = "200", description = "Declined")
    @APIResponse(responseCode = "403", description = "Only the receiver answers a wish")
    @APIResponse(responseCode = "404", description = "No such event, or no such wish of the caller's")
    @APIResponse(responseCode = "409", description = "Refused by the phase, or the wish was cancelled")
    public WishView decline(@PathParam("eventId") long eventId, @PathParam("requestId") String requestId) {
        return wishes.answer(eventId, me(), requestId, false);
    }

    private String me() {
        return Caller.of(identity).participantCode();
    }
}
