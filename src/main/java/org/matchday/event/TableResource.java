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
import org.matchday.format.TableDoc;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;

import java.util.List;

/** The tables of an event. Every change is checked against the whole event and stored all or nothing. */
@Path("/api/events/{eventId}/tables")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tables")
public class TableResource {

    private final EventContentService content;

    public TableResource(EventContentService content) {
        this.content = content;
    }

    @GET
    @Access(AccessRule.EVENT_VIEWER)
    @Operation(summary = "List the event's tables")
    @APIResponse(responseCode = "200", description = "The tables, with their versions")
    @APIResponse(responseCode = "404", description = "No such event")
    public List<TableDoc> list(@PathParam("eventId") long eventId) {
        return content.tables(eventId);
    }

    @GET
    @Access(AccessRule.EVENT_VIEWER)
    @Path("{tableId}")
    @Operation(summary = "Get one table")
    @APIResponse(responseCode = "200", description = "The table, with its version")
    @APIResponse(responseCode = "404", description = "No such event or table")
    public TableDoc get(@PathParam("eventId") long eventId, @PathParam("tableId") String tableId) {
        return content.table(eventId, tableId);
    }

    @POST
    @Access(AccessRule.EVENT_ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a table")
    @APIResponse(responseCode = "201", description = "Added; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid body, every problem listed")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "The id is taken")
    public Response create(@PathParam("eventId") long eventId, TableDoc table, UriInfo uri) {
        TableDoc created = content.createTable(eventId, table);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PUT
    @Access(AccessRule.EVENT_ORGANISER)
    @Path("{tableId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a table", description = "The body carries the version last read.")
    @APIResponse(responseCode = "200", description = "The changed table, with its new version")
    @APIResponse(responseCode = "400", description = "Invalid body, every problem listed")
    @APIResponse(responseCode = "404", description = "No such event or table")
    @APIResponse(responseCode = "409", description = "Stale version")
    public TableDoc update(@PathParam("eventId") long eventId, @PathParam("tableId") String tableId,
            TableDoc table) {
        return content.updateTable(eventId, tableId, table);
    }

    @DELETE
    @Access(AccessRule.EVENT_ORGANISER)
    @Path("{tableId}")
    @Operation(summary = "Delete a table")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such event or table")
    @APIResponse(responseCode = "409", description = "Still in use, every reference listed")
    public void delete(@PathParam("eventId") long eventId, @PathParam("tableId") String tableId) {
        content.deleteTable(eventId, tableId);
    }
}
