package org.matchday.participant;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;

import java.util.List;
import java.util.Optional;

/** Participants' personal links: each acts as its participant and nobody else, until it expires or is revoked. */
@Path("/api/events/{eventId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access")
public class LinkResource {

    private final LinkService links;

    public LinkResource(LinkService links) {
        this.links = links;
    }

    @POST
    @Path("participants/{participantId}/link")
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(summary = "Issue a participant's personal link",
            description = "The token is shown only in this answer. Earlier links of the participant keep working"
                    + " until they expire or are revoked.")
    @APIResponse(responseCode = "201", description = "Issued", content = @Content(schema = @Schema(
            implementation = LinkView.class)))
    @APIResponse(responseCode = "403", description = "Only the event's organisers")
    @APIResponse(responseCode = "404", description = "No such event or participant")
    public Response issue(@PathParam("eventId") long eventId, @PathParam("participantId") String participantId) {
        return Response.status(Response.Status.CREATED)
                .entity(links.issue(eventId, participantId)).build();
    }

    @DELETE
    @Path("participants/{participantId}/link")
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(summary = "Revoke every personal link of a participant", description = "They get 401 from now on.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "403", description = "Only the event's organisers")
    @APIResponse(responseCode = "404", description = "No such event or participant")
    public void revoke(@PathParam("eventId") long eventId, @PathParam("participantId") String participantId) {
        links.revoke(eventId, participantId);
    }

    @POST
    @Path("links")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(summary = "Issue personal links for many participants at once",
            description = "For the participants listed in the body, or for all of them when the list is absent."
                    + " All or nothing: an unknown participant issues none.")
    @RequestBody(content = @Content(examples = @ExampleObject(
            name = "two participants", value = "{\"participants\": [\"eu-01\", \"tw-aero\"]}")))
    @APIResponse(responseCode = "201", description = "Issued, in the order asked")
    @APIResponse(responseCode = "400", description = "Unknown participants, each listed")
    @APIResponse(responseCode = "403", description = "Only the event's organisers")
    @APIResponse(responseCode = "404", description = "No such event")
    public Response issueAll(@PathParam("eventId") long eventId, Optional<LinksInput> input) {
        List<LinkView> issued = links.issueAll(eventId, participants(input));
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(summary = "Mail participants a new personal link each",
            description = "For the participants listed in the body, or for all of them when the list is absent: each"
                    + " one with an email address is issued a new link, mailed in its language once this answer is"
                    + " given; earlier links keep working. The answer names who was invited and who has no address"
                    + " (those get no link), and holds no token: the link is only in the mail. An unknown"
                    + " participant invites nobody.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "two participants", value = "{\"participants\": [\"eu-01\", \"tw-aero\"]}"),
            @ExampleObject(name = "everybody", value = "{}")}))
    @APIResponse(responseCode = "202", description = "Links issued; the mails are being sent", content = @Content(
            schema = @Schema(implementation = InvitationsView.class), examples = @ExampleObject(name = "invited",
            value = "{\"invited\": [\"eu-01\"], \"withoutEmail\": [\"tw-aero\"]}")))
    @APIResponse(responseCode = "400", description = "Unknown participants, each listed")
    @APIResponse(responseCode = "403", description = "Only the event's organisers")
    @APIResponse(responseCode = "404", description = "No such event")
    public Response invite(@PathParam("eventId") long eventId, Optional<LinksInput> input) {
        return Response.accepted(links.invite(eventId, participants(input))).build();
    }

    /** The participants a body names; null, meaning all, when it names none or there is no body. */
    private static List<String> participants(Optional<LinksInput> input) {
        return input.map(LinksInput::participants).orElse(null);
    }
}
