package org.matchday.event;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;

import java.util.List;

/** The organisers and staff of an event. */
@Path("/api/events/{eventId}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access")
public class MemberResource {

    private final MemberService members;

    public MemberResource(MemberService members) {
        this.members = members;
    }

    @GET
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(summary = "List the event's organisers and staff")
    @APIResponse(responseCode = "200", description = "The members, by username")
    @APIResponse(responseCode = "403", description = "Only the event's organisers")
    @APIResponse(responseCode = "404", description = "No such event")
    public List<MemberView> list(@PathParam("eventId") long eventId) {
        return members.list(eventId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(summary = "Add an organiser or staff account to the event",
            description = "An organiser account runs the event with you; a staff account reads its schedule and"
                    + " exports.")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "Only the event's organisers")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "No such account")
    public Response add(@PathParam("eventId") long eventId, MemberInput member, UriInfo uri) {
        MemberView added = members.add(eventId, member.username());
        return Response.created(uri.getAbsolutePathBuilder().path(added.username()).build()).entity(added).build();
    }

    @DELETE
    @Path("{username}")
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(summary = "Remove an account from the event")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Only the event's organisers")
    @APIResponse(responseCode = "404", description = "No such event or member")
    @APIResponse(responseCode = "409", description = "The event's last organiser")
    public void remove(@PathParam("eventId") long eventId, @PathParam("username") String username) {
        members.remove(eventId, username);
    }
}
