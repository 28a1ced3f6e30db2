package org.matchday.event;

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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.matchday.format.EventDocument;
import org.matchday.format.RulesDoc;
import org.matchday.mapping.EventExporter;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.security.Caller;

import java.net.URI;
import java.util.List;

/** Events: the list, each event's settings, whole-event import and export, and timeslots. */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventResource {

    private final EventService events;
    private final EventImporter importer;
    private final EventExporter exporter;
    private final PhaseService phases;
    private final SecurityIdentity identity;

    public EventResource(EventService events, EventImporter importer, EventExporter exporter, PhaseService phases,
            SecurityIdentity identity) {
        this.events = events;
        this.phases = phases;
        this.importer = importer;
        this.exporter = exporter;
        this.identity = identity;
    }

    @GET
    @Access(AccessRule.ACCOUNT)
    @Operation(summary = "List all events")
    @APIResponse(responseCode = "200", description = "The events, oldest first")
    public List<EventSummary> list() {
        Caller caller = Caller.of(identity);
        return events.list(caller.accountId(), caller.administrator());
    }

    @POST
    @Access(AccessRule.ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an empty event")
    @APIResponse(responseCode = "201", description = "Created; Location names the event")
    @APIResponse(responseCode = "400", description = "Invalid body")
    public Response create(EventInput input, UriInfo uri) {
        EventSummary created = events.create(input, Caller.of(identity).accountId());
        return Response.created(uri.getBaseUriBuilder().path("api/events/{eventId}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @Access(AccessRule.EVENT_VIEWER)
    @Path("{eventId}")
    @Operation(summary = "Get an event's settings and the size of its contents")
    @APIResponse(responseCode = "200", description = "The event")
    @APIResponse(responseCode = "404", description = "No such event")
    public EventSummary get(@PathParam("eventId") long eventId) {
        return events.get(eventId);
    }

    @PUT
    @Access(AccessRule.EVENT_ORGANISER)
    @Path("{eventId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an event's name, time zone, venue or fairness minimum")
    @APIResponse(responseCode = "200", description = "The changed event, with its new version")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "Stale version")
    public EventSummary update(@PathParam("eventId") long eventId, EventInput input) {
        return events.update(eventId, input);
    }

    @POST
    @Access(AccessRule.EVENT_ORGANISER)
    @Path("{eventId}/archive")
    @Operation(summary = "Archive an event", description = "The event leaves the organisers' main list and becomes"
            + " read-only: every change other than restoring, copying or deleting it answers 409 until it is restored."
            + " Archiving an archived event changes nothing.")
    @APIResponse(responseCode = "200", description = "The archived event")
    @APIResponse(responseCode = "403", description = "Only the event's organisers")
    @APIResponse(responseCode = "404", description = "No such event")
    public EventSummary archive(@PathParam("eventId") long eventId) {
        return events.archive(eventId);
    }

    @POST
    @Access(value = AccessRule.EVENT_ORGANISER, whileArchived = true)
    @Path("{eventId}/restore")
    @Operation(summary = "Restore an archived event", description = "Back in the main list and open to changes;"
            + " restoring an event that is not archived changes nothing.")
    @APIResponse(responseCode = "200", description = "The restored event")
    @APIResponse(responseCode = "403", description = "Only the event's organisers")
    @APIResponse(responseCode = "404", description = "No such event")
    public EventSummary restore(@PathParam("eventId") long eventId) {
        return events.restore(eventId);
    }

    @DELETE
    @Access(value = AccessRule.EVENT_ORGANISER, whileArchived = true)
    @Path("{eventId}")
    @Operation(summary = "Delete an event with everything in it")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such event")
    public void delete(@PathParam("eventId") long eventId) {
        events.delete(eventId);
    }

    @POST
    @Access(AccessRule.ORGANISER)
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a whole event from a matchday-event/1 document",
            description = "All or nothing: an invalid document stores nothing and every problem is listed with"
                    + " its JSON path.")
    @APIResponse(responseCode = "201", description = "Imported; Location names the new event", content = @Content(
            schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid document, every problem listed")
    @APIResponse(responseCode = "413", description = "Document over matchday.import.max-bytes")
    public Response importEvent(EventDocument document, UriInfo uri) {
        long id = importer.importEvent(document, Caller.of(identity).accountId());
        URI location = uri.getBaseUriBuilder().path("api/events/{eventId}").build(id);
        return Response.created(location).entity(new ImportResult(id, location.getPath())).build();
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Path("{eventId}/export")
    @Operation(summary = "Export a whole event as a matchday-event/1 document",
            description = "With the current schedule in meetings and the meetings without a slot in unscheduled."
                    + " Importing the export gives the same document again.")
    @APIResponse(responseCode = "200", description = "The document", content = @Content(
            schema = @Schema(implementation = EventDocument.class)))
    @APIResponse(responseCode = "404", description = "No such event")
    public EventDocument export(@PathParam("eventId") long eventId) {
        return exporter.export(eventId);
    }

    @GET
    @Access(AccessRule.EVENT_VIEWER)
    @Path("{eventId}/slots")
    @Operation(summary = "List the event's timeslots", description = "Derived from the sessions: consecutive"
            + " meetings separated by the gap, restarting after each pause.")
    @APIResponse(responseCode = "200", description = "The slots in time order")
    @APIResponse(responseCode = "404", description = "No such event")
    public List<SlotView> slots(@PathParam("eventId") long eventId) {
        return events.slots(eventId).stream().map(SlotView::of).toList();
    }

    @PUT
    @Path("{eventId}/phase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(summary = "Move the event to another phase",
            description = "DRAFT, REGISTRATION, WISHES_OPEN, WISHES_CLOSED, SCHEDULED, PUBLISHED or CLOSED, back"
                    + " included. SCHEDULED and PUBLISHED need a timetable; PUBLISHED publishes it when nothing was"
                    + " published yet.")
    @RequestBody(content = @Content(examples = @ExampleObject(
            name = "open wishes", value = "{\"phase\": \"WISHES_OPEN\"}")))
    @APIResponse(responseCode = "200", description = "The event in its new phase")
    @APIResponse(responseCode = "400", description = "Unknown phase")
    @APIResponse(responseCode = "403", description = "Only the event's organisers")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "Refused, with the reason (e.g. no timetable to publish)")
    public EventSummary phase(@PathParam("eventId") long eventId, PhaseInput input) {
        phases.move(eventId, input.phase());
        return events.get(eventId);
    }

    @GET
    @Path("{eventId}/rules")
    @Access(AccessRule.EVENT_VIEWER)
    @Operation(summary = "The event's matchmaking rules", description = "Which group may ask which, the cap on"
            + " wishes, whether receivers must accept, and whether late wishes are allowed.")
    @APIResponse(responseCode = "200", description = "The rules, defaults filled in")
    @APIResponse(responseCode = "404", description = "No such event")
    public RulesDoc rules(@PathParam("eventId") long eventId) {
        return phases.rules(eventId);
    }

    @PUT
    @Path("{eventId}/rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(summary = "Set the event's matchmaking rules", description = "They apply to wishes sent from now on.")
    @RequestBody(content = @Content(examples = @ExampleObject(
            name = "C2C between EU and Taiwan", value = "{\"allowedPairs\": [{\"from\": \"EU cluster\", \"to\":"
            + " \"TW association\"}, {\"from\": \"TW association\", \"to\": \"EU cluster\"}],"
            + " \"maxWishesPerParticipant\": 8, \"acceptanceRequired\": true, \"lateWishes\": false}")))
    @APIResponse(responseCode = "200", description = "The rules now in force")
    @APIResponse(responseCode = "400", description = "Invalid rules, every problem listed")
    @APIResponse(responseCode = "403", description = "Only the event's organisers")
    @APIResponse(responseCode = "404", description = "No such event")
    public RulesDoc updateRules(@PathParam("eventId") long eventId, RulesDoc rules) {
        return phases.updateRules(eventId, rules);
    }
}
