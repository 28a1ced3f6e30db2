package org.matchday.event.lifecycle;

import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.matchday.format.TableDoc;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;

import java.util.List;

/** Tables in bulk, and their hosts. */
@Path("/api/events/{eventId}/tables")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tables")
public class TableBatchResource {

    private final TableBatchService tables;

    public TableBatchResource(TableBatchService tables) {
        this.tables = tables;
    }

    @POST
    @Path("batch")
    @Access(AccessRule.EVENT_ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add many tables at once", description = "count ids made from pattern, {n} standing for the"
            + " numbers from start on, zero-padded to the width of the largest unless zeroPad is false: T{n}, 20"
            + " tables from 1 make T01..T20. All or nothing: one malformed or taken id adds none.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "twenty tables", value = "{\"count\": 20,"
            + " \"pattern\": \"T{n}\", \"start\": 1, \"namePattern\": \"Table {n}\"}")))
    @APIResponse(responseCode = "201", description = "Added, in order; Location names the event's tables")
    @APIResponse(responseCode = "400", description = "Invalid body, every problem named by its field")
    @APIResponse(responseCode = "403", description = "Only the event's organisers")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "Ids that exist already, each named under $.pattern")
    public Response batch(@PathParam("eventId") long eventId, TableBatchInput input, UriInfo uri) {
        List<TableDoc> added = tables.add(eventId, input);
        return Response.created(uri.getBaseUriBuilder().path("api/events/{eventId}/tables").build(eventId))
                .entity(added).build();
    }

    @PUT
    @Path("{tableId}/host")
    @Access(AccessRule.EVENT_ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the participant who hosts a table", description = "The table becomes the"
            + " participant's fixed table, and no one else's; the participant's former fixed table is free again."
            + " A null participant leaves the table without a host.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "host", value = "{\"participant\": \"eu-01\"}")))
    @APIResponse(responseCode = "200", description = "The table's host now")
    @APIResponse(responseCode = "400", description = "Invalid body or unknown participant, named by its field")
    @APIResponse(responseCode = "403", description = "Only the event's organisers")
    @APIResponse(responseCode = "404", description = "No such event or table")
    public TableHostInput host(@PathParam("eventId") long eventId, @PathParam("tableId") String tableId,
            TableHostInput input) {
        return tables.host(eventId, tableId, input);
    }
}
