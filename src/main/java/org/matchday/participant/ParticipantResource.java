package org.matchday.participant;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.matchday.format.ParticipantDoc;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.security.Caller;
import org.matchday.event.EventContentService;

import java.util.List;

/** The participants of an event. Every change is checked against the whole event and stored all or nothing. */
@Path("/api/events/{eventId}/participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants")
public class ParticipantResource {

    private final EventContentService content;
    private final ProfileService profiles;
    private final AttendanceService attendance;
    private final SecurityIdentity identity;
    private final GroupChangeService groups;

    public ParticipantResource(EventContentService content, ProfileService profiles, AttendanceService attendance,
            SecurityIdentity identity, GroupChangeService groups) {
        this.content = content;
        this.groups = groups;
        this.profiles = profiles;
        this.attendance = attendance;
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
    @Operation(summary = "Search the event's participant directory",
            description = "Every word of q must appear in the name, organisation, description, offers, seeks or"
                    + " sectors (case and accents ignored); group, country and sector filter exactly, and combine. Sorted by name"
                    + " unless sort says otherwise (name, organisation, country, group or id; -name for descending),"
                    + " ties in id order. With size, one page (page counts from 0); X-Total-Count gives the number"
                    + " of matches. Participants see other participants' public profile only.")
    @APIResponse(responseCode = "200", description = "The matching participants", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = ParticipantDoc.class)),
            headers = @Header(name = "X-Total-Count", description = "Matches in all pages",
                    schema = @Schema(type = SchemaType.INTEGER)))
    @APIResponse(responseCode = "400", description = "Unknown sort, or page or size out of range")
    @APIResponse(responseCode = "404", description = "No such event")
    public Response list(@PathParam("eventId") long eventId,
            @Parameter(description = "Words to find", example = "drone") @QueryParam("q") String q,
            @Parameter(example = "TW association") @QueryParam("group") String group,
            @Parameter(example = "TW") @QueryParam("country") String country,
            @Parameter(example = "Aerospace") @QueryParam("sector") String sector,
            @Parameter(description = "0 for the first page") @QueryParam("page") Integer page,
            @Parameter(description = "Matches per page, 1 to 200; all when absent") @QueryParam("size") Integer size,
            @Parameter(example = "-organisation") @QueryParam("sort") String sort) {
        DirectoryQuery.Page found = profiles.search(eventId, new DirectoryQuery(q, group, country, sector, sort, page,
                size));
        return Response.ok(found.items().stream().map(p -> asSeenByCaller(eventId, p)).toList())
                .header("X-Total-Count", found.total()).build();
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
    @APIResponse(responseCode = "201", description = "Added; Location names it")
    @APIResponse(responseCode = "400", description = "Invalid body, every problem listed")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "The id is taken")
    public Response create(@PathParam("eventId") long eventId, ParticipantDoc participant, UriInfo uri) {
        ParticipantDoc created = content.createParticipant(eventId, participant);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @POST
    @Access(AccessRule.EVENT_ORGANISER)
    @Path("group-change")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move many participants to one group",
            description = "All or nothing: an unknown participant, or a group the event's rules do not name, changes"
                    + " nobody, and every problem is listed.")
    @APIResponse(responseCode = "200", description = "The moved participants, with their new versions",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ParticipantDoc.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, every problem listed by its place in it")
    @APIResponse(responseCode = "403", description = "Only the event's organisers")
    @APIResponse(responseCode = "404", description = "No such event")
    public List<ParticipantDoc> changeGroup(@PathParam("eventId") long eventId, GroupChangeInput change) {
        return groups.change(eventId, change);
    }

    @PUT
    @Access(AccessRule.EVENT_ORGANISER)
    @Path("{participantId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a participant", description = "The body carries the version last read.")
    @APIResponse(responseCode = "200", description = "The changed participant, with its new version")
    @APIResponse(responseCode = "400", description = "Invalid body, every problem listed")
    @APIResponse(responseCode = "404", description = "No such event or participant")
    @APIResponse(responseCode = "409", description = "Stale version")
    public ParticipantDoc update(@PathParam("eventId") long eventId, @PathParam("participantId") String participantId,
            ParticipantDoc participant) {
        return content.updateParticipant(eventId, participantId, participant);
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

    @PUT
    @Path("{participantId}/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(AccessRule.EVENT_ORGANISER_OR_SELF)
    @Operation(summary = "Edit a participant's profile",
            description = "Organisation, group, country, sectors, description, offers, seeks, languages and email;"
                    + " the name and the scheduling fields stay the organiser's. Through its link a participant edits"
                    + " its own until the event closes, and its group only before wishes open.")
    @APIResponse(responseCode = "200", description = "The participant, with its new version")
    @APIResponse(responseCode = "400", description = "Invalid body, every problem listed")
    @APIResponse(responseCode = "403", description = "Someone else's profile")
    @APIResponse(responseCode = "404", description = "No such event or participant")
    @APIResponse(responseCode = "409", description = "Stale version, or refused by the phase")
    public ParticipantDoc updateProfile(@PathParam("eventId") long eventId,
            @PathParam("participantId") String participantId, ProfileInput profile) {
        return profiles.updateProfile(eventId, participantId, profile, Caller.of(identity).isParticipant());
    }

    @PUT
    @Path("{participantId}/availability")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(AccessRule.EVENT_ORGANISER_OR_SELF)
    @Operation(summary = "Set a participant's availability",
            description = "Windows within the sessions, checked as an import checks them; absent means every slot."
                    + " Through its link a participant sets its own until wishes close.")
    @APIResponse(responseCode = "200", description = "The participant, with its new version")
    @APIResponse(responseCode = "400", description = "A window outside every session, or otherwise invalid")
    @APIResponse(responseCode = "403", description = "Someone else's availability")
    @APIResponse(responseCode = "404", description = "No such event or participant")
    @APIResponse(responseCode = "409", description = "Stale version, or refused by the phase")
    public ParticipantDoc updateAvailability(@PathParam("eventId") long eventId,
            @PathParam("participantId") String participantId, AvailabilityInput availability) {
        return profiles.updateAvailability(eventId, participantId, availability, Caller.of(identity).isParticipant());
    }

    @POST
    @Path("{participantId}/cancellation")
    @Access(AccessRule.EVENT_ORGANISER_OR_SELF)
    @Operation(summary = "Cancel a participant's attendance",
            description = "Its wishes are cancelled and its meetings leave the timetable; re-solve to fill the gaps.")
    @APIResponse(responseCode = "200", description = "Cancelled, with the meetings taken out and whom they were"
            + " with")
    @APIResponse(responseCode = "403", description = "Someone else's attendance")
    @APIResponse(responseCode = "404", description = "No such event or participant")
    @APIResponse(responseCode = "409", description = "Cancelled already, or refused by the phase")
    public AttendanceView cancel(@PathParam("eventId") long eventId,
            @PathParam("participantId") String participantId) {
        return attendance.cancelParticipant(eventId, participantId);
    }

    @POST
    @Path("{participantId}/no-show")
    @Access(AccessRule.EVENT_STAFF)
    @Operation(summary = "Mark a participant who did not come",
            description = "On the day, by organisers or staff: its meetings leave the timetable, and the answer"
                    + " names the partners affected.")
    @APIResponse(responseCode = "200", description = "Marked, with the meetings taken out")
    @APIResponse(responseCode = "403", description = "Only the event's organisers and staff")
    @APIResponse(responseCode = "404", description = "No such event or participant")
    @APIResponse(responseCode = "409", description = "Marked already, or no timetable yet")
    public AttendanceView noShow(@PathParam("eventId") long eventId,
            @PathParam("participantId") String participantId) {
        return attendance.noShow(eventId, participantId);
    }
}
