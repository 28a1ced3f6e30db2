package org.matchday.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.matchday.format.ParticipantDoc;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.security.Caller;
import org.matchday.service.EventContentService;

import java.util.List;

/** The participants of an event. Every change is checked against the whole event and stored all or nothing. */
@Path("/api/events/{eventId}/participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants")
public class ParticipantResource {

    private final EventContentService content;
    private final RequestBodies bodies;
    private final SecurityIdentity identity;

    public ParticipantResource(EventContentService content, RequestBodies bodies, SecurityIdentity identity) {
        this.content = content;
        this.bodies = bodies;
        this.identity = identity;
    }

    /** A participant sees its own profile whole and everybody else's public profile only. */
    private ParticipantDoc asSeenByCaller(long eventId, ParticipantDoc participant) {
        Caller caller = Caller.of(identity);
        return caller.isParticipant() && !caller.isParticipant(eventId, participant.id())
                ? participant.publicProfile() : participant;
    }

    @GET
    @Access(AccessRule.EVENT_VIEWER)
    @Operation(summary = "List the event's participants")
    @APIResponse(responseCode = "200", description = "The participants, with their versions")
    @APIResponse(responseCode = "404", description = "No such event")
    public List<ParticipantDoc> list(@PathParam("eventId") long eventId) {
        return content.participants(eventId).stream().map(p -> asSeenByCaller(eventId, p)).toList();
    }

    @GET
    @Access(AccessRule.EVENT_VIEWER)
    @Path("{participantId}")
    @Operation(summary = "Get one participant")
    @APIResponse(responseCode = "200", description = "The participant, with its version")
    @APIResponse(responseCode = "404", description = "No such event or participant")
    public ParticipantDoc get(@PathParam("eventId") long eventId, @PathParam("participantId") String participantId) {
        return asSeenByCaller(eventId, content.participant(eventId, participantId));
    }

    @POST
    @Access(AccessRule.EVENT_ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a participant")
    @RequestBody(content = @Content(schema = @Schema(implementation = ParticipantDoc.class)))
    @APIResponse(responseCode = "201", description = "Added; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid body, every problem listed")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "The id is taken")
    public Response create(@PathParam("eventId") long eventId, byte[] body, UriInfo uri) {
        ParticipantDoc created = content.createParticipant(eventId, bodies.read(body, ParticipantDoc.class));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PUT
    @Access(AccessRule.EVENT_ORGANISER)
    @Path("{participantId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a participant", description = "The body carries the version last read.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ParticipantDoc.class)))
    @APIResponse(responseCode = "200", description = "The changed participant, with its new version")
    @APIResponse(responseCode = "400", description = "Invalid body, every problem listed")
    @APIResponse(responseCode = "404", description = "No such event or participant")
    @APIResponse(responseCode = "409", description = "Stale version")
    public ParticipantDoc update(@PathParam("eventId") long eventId, @PathParam("participantId") String participantId, byte[] body) {
        return content.updateParticipant(eventId, participantId, bodies.read(body, ParticipantDoc.class));
    }

    @DELETE
    @Access(AccessRule.EVENT_ORGANISER)
    @Path("{participantId}")
    @Operation(summary = "Delete a participant with the requests it made or received and its meetings")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such event or participant")
    @APIResponse(responseCode = "409", description = "Still in use, every reference listed")
    public void delete(@PathParam("eventId") long eventId, @PathParam("participantId") String participantId) {
        content.deleteParticipant(eventId, participantId);
    }
}
