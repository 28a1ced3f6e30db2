package org.matchday.publication;

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

/** Publishing an event's schedule: the frozen version that exports use and participants see. */
@Path("/api/events/{eventId}/publication")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publication")
public class PublicationResource {

    private final PublicationService publications;

    public PublicationResource(PublicationService publications) {
        this.publications = publications;
    }

    @POST
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(summary = "Publish the current schedule", description = "Freezes the schedule as it is now."
            + " Exports use it from then on, and re-solving disturbs it as little as it can.")
    @APIResponse(responseCode = "201", description = "Published")
    @APIResponse(responseCode = "404", description = "No such event")
    public Response publish(@PathParam("eventId") long eventId, UriInfo uri) {
        PublicationView info = publications.publish(eventId);
        return Response.created(uri.getAbsolutePath()).entity(info).build();
    }

    @GET
    @Path("preview")
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(summary = "What publishing now would do",
            description = "The number the next publication would get, how many meetings moved, appeared or"
                    + " disappeared since the publication in force, and how many participants publishing would mail"
                    + " (those the changes involve who have an address): what a page says before asking to publish.")
    @APIResponse(responseCode = "200", description = "The preview")
    @APIResponse(responseCode = "403", description = "Only the event's organisers")
    @APIResponse(responseCode = "404", description = "No such event")
    public PublicationPreview preview(@PathParam("eventId") long eventId) {
        return publications.preview(eventId);
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Operation(summary = "The publication in force")
    @APIResponse(responseCode = "200", description = "The latest publication")
    @APIResponse(responseCode = "404", description = "No such event, or nothing published yet")
    public PublicationView latest(@PathParam("eventId") long eventId) {
        return publications.latest(eventId);
    }
}
