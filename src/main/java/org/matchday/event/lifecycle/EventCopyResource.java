package org.matchday.event.lifecycle;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.matchday.event.EventService;
import org.matchday.event.EventSummary;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.security.Caller;

/** A new event made from an earlier one. */
@Path("/api/events/{eventId}/copy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventCopyResource {

    private final EventCopier copier;
    private final EventService events;
    private final SecurityIdentity identity;

    public EventCopyResource(EventCopier copier, EventService events, SecurityIdentity identity) {
        this.copier = copier;
        this.events = events;
        this.identity = identity;
    }

    @POST
    @Access(value = AccessRule.EVENT_ORGANISER, whileArchived = true)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a new event from this one", description = "Copies the settings, rules, sessions (moved"
            + " so that the first is on firstDate) and tables, and with participants=true the participants (profiles,"
            + " availability, fixed tables); never wishes, meetings, links or a publication. The copy starts in DRAFT,"
            + " not archived, with the caller as its organiser. An archived event can be copied. With"
            + " asNextEdition=true the copy is the next edition of this event's series: it takes the participants"
            + " along and names this event as its previousEdition.")
    @RequestBody(content = @Content(examples = {@ExampleObject(name = "next year", value = "{\"name\": \"Taiwan-EU"
            + " Cluster Matchmaking 2019\", \"firstDate\": \"2019-06-04\", \"participants\": true}"),
            @ExampleObject(name = "next edition", value = "{\"name\": \"Taiwan-EU Cluster Matchmaking 2019\","
                    + " \"firstDate\": \"2019-06-04\", \"asNextEdition\": true}")}))
    @APIResponse(responseCode = "201", description = "Copied; Location names the new event")
    @APIResponse(responseCode = "400", description = "Invalid body, every problem named by its field")
    @APIResponse(responseCode = "403", description = "Only the event's organisers")
    @APIResponse(responseCode = "404", description = "No such event")
    public Response copy(@PathParam("eventId") long eventId, EventCopyInput input, UriInfo uri) {
        long id = copier.copy(eventId, input, Caller.of(identity).accountId());
        return Response.created(uri.getBaseUriBuilder().path("api/events/{eventId}").build(id))
                .entity(events.get(id)).build();
    }
}
