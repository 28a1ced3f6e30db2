package org.matchday.event;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.matchday.format.SessionDoc;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;

import java.util.List;

/** The sessions of an event. Every change is checked against the whole event and stored all or nothing. */
@Path("/api/events/{eventId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
public class SessionResource {

    private final EventContentService content;

    public SessionResource(EventContentService content) {
        this.content = content;
    }

    @GET
    @Access(AccessRule.EVENT_VIEWER)
    @Operation(summary = "List the event's sessions")
    @APIResponse(responseCode = "200", description = "The sessions, with their versions")
    @APIResponse(responseCode = "404", description = "No such event")
    public List<SessionDoc> list(@PathParam("eventId") long eventId) {
        return content.sessions(eventId);
    }

    @GET
    @Access(AccessRule.EVENT_VIEWER)
    @Path("{sessionId}")
    @Operation(summary = "Get one session")
    @APIResponse(responseCode = "200", description = "The session, with its version")
    @APIResponse(responseCode = "404", description = "No such event or session")
    public SessionDoc get(@PathParam("eventId") long eventId, @PathParam("sessionId") String sessionId) {
        return content.session(eventId, sessionId);
    }

    @POST
    @Access(AccessRule.EVENT_ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a session")
    @APIResponse(responseCode = "201", description = "Added; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid body, every problem listed")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "The id is taken")
    public Response create(@PathParam("eventId") long eventId, SessionDoc session, UriInfo uri) {
        SessionDoc created = content.createSession(eventId, session);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PUT
    @Access(AccessRule.EVENT_ORGANISER)
    @Path("{sessionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a session", description = "The body carries the version last read.")
    @APIResponse(responseCode = "200", description = "The changed session, with its new version")
    @APIResponse(responseCode = "400", description = "Invalid body, every problem listed")
    @APIResponse(responseCode = "404", description = "No such event or session")
    @APIResponse(responseCode = "409", description = "Stale version")
    public SessionDoc update(@PathParam("eventId") long eventId, @PathParam("sessionId") String sessionId,
            SessionDoc session) {
        return content.updateSession(eventId, sessionId, session);
    }

    @DELETE
    @Access(AccessRule.EVENT_ORGANISER)
    @Path("{sessionId}")
    @Operation(summary = "Delete a session")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such event or session")
    @APIResponse(responseCode = "409", description = "Still in use, every reference listed")
    public void delete(@PathParam("eventId") long eventId, @PathParam("sessionId") String sessionId) {
        content.deleteSession(eventId, sessionId);
    }
}
