package org.matchday.wish;

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
import org.matchday.format.RequestDoc;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.event.EventContentService;

import java.util.List;

/** The requests of an event. Every change is checked against the whole event and stored all or nothing. */
@Path("/api/events/{eventId}/requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Requests")
public class RequestResource {

    private final EventContentService content;

    public RequestResource(EventContentService content) {
        this.content = content;
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Operation(summary = "List the event's requests")
    @APIResponse(responseCode = "200", description = "The requests, with their versions")
    @APIResponse(responseCode = "404", description = "No such event")
    public List<RequestDoc> list(@PathParam("eventId") long eventId) {
        return content.requests(eventId);
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Path("{requestId}")
    @Operation(summary = "Get one request")
    @APIResponse(responseCode = "200", description = "The request, with its version")
    @APIResponse(responseCode = "404", description = "No such event or request")
    public RequestDoc get(@PathParam("eventId") long eventId, @PathParam("requestId") String requestId) {
        return content.request(eventId, requestId);
    }

    @POST
    @Access(AccessRule.EVENT_ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a request")
    @APIResponse(responseCode = "201", description = "Added; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid body, every problem listed")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "The id is taken")
    public Response create(@PathParam("eventId") long eventId, RequestDoc request, UriInfo uri) {
        RequestDoc created = content.createRequest(eventId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PUT
    @Access(AccessRule.EVENT_ORGANISER)
    @Path("{requestId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a request", description = "The body carries the version last read.")
    @APIResponse(responseCode = "200", description = "The changed request, with its new version")
    @APIResponse(responseCode = "400", description = "Invalid body, every problem listed")
    @APIResponse(responseCode = "404", description = "No such event or request")
    @APIResponse(responseCode = "409", description = "Stale version")
    public RequestDoc update(@PathParam("eventId") long eventId, @PathParam("requestId") String requestId,
            RequestDoc request) {
        return content.updateRequest(eventId, requestId, request);
    }

    @DELETE
    @Access(AccessRule.EVENT_ORGANISER)
    @Path("{requestId}")
    @Operation(summary = "Delete a request")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such event or request")
    @APIResponse(responseCode = "409", description = "Still in use, every reference listed")
    public void delete(@PathParam("eventId") long eventId, @PathParam("requestId") String requestId) {
        content.deleteRequest(eventId, requestId);
    }
}
