package org.matchday.schedule;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.matchday.participant.AttendanceView;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.participant.AttendanceService;

import java.util.List;

/** Meetings by hand: move, pin, unpin, unschedule and call off, named by their two participants. */
@Path("/api/events/{eventId}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class MeetingResource {

    private final MeetingControlService meetings;
    private final AttendanceService attendance;

    public MeetingResource(MeetingControlService meetings, AttendanceService attendance) {
        this.meetings = meetings;
        this.attendance = attendance;
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Operation(summary = "List the event's meetings, scheduled first in time order")
    @APIResponse(responseCode = "200", description = "The meetings")
    @APIResponse(responseCode = "404", description = "No such event")
    public List<MeetingView> list(@PathParam("eventId") long eventId) {
        return meetings.list(eventId);
    }

    @PUT
    @Access(AccessRule.EVENT_ORGANISER)
    @Path("{a}/{b}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a meeting to a slot and table", description = "Pinned by default, so that solving"
            + " again keeps it there. A move that breaks a hard rule is refused and each rule is named in errors[],"
            + " with the path holding the rule's name.")
    @APIResponse(responseCode = "200", description = "The moved meeting")
    @APIResponse(responseCode = "400", description = "Not a slot start, or an unknown table")
    @APIResponse(responseCode = "404", description = "No such event or meeting")
    @APIResponse(responseCode = "409", description = "A hard rule would break, the event is being solved, or the"
            + " version is stale")
    public MeetingView move(@PathParam("eventId") long eventId, @PathParam("a") String a, @PathParam("b") String b,
            MoveInput move) {
        return meetings.move(eventId, a, b, move);
    }

    @PUT
    @Access(AccessRule.EVENT_ORGANISER)
    @Path("{a}/{b}/pin")
    @Operation(summary = "Pin a scheduled meeting where it is")
    @APIResponse(responseCode = "200", description = "The pinned meeting")
    @APIResponse(responseCode = "404", description = "No such event or meeting")
    @APIResponse(responseCode = "409", description = "The meeting has no slot, or the event is being solved")
    public MeetingView pin(@PathParam("eventId") long eventId, @PathParam("a") String a, @PathParam("b") String b) {
        return meetings.pin(eventId, a, b, true);
    }

    @DELETE
    @Access(AccessRule.EVENT_ORGANISER)
    @Path("{a}/{b}/pin")
    @Operation(summary = "Unpin a meeting: the solver may move it again")
    @APIResponse(responseCode = "200", description = "The unpinned meeting")
    @APIResponse(responseCode = "404", description = "No such event or meeting")
    @APIResponse(responseCode = "409", description = "The event is being solved")
    public MeetingView unpin(@PathParam("eventId") long eventId, @PathParam("a") String a, @PathParam("b") String b) {
        return meetings.pin(eventId, a, b, false);
    }

    @DELETE
    @Access(AccessRule.EVENT_ORGANISER)
    @Path("{a}/{b}/slot")
    @Operation(summary = "Take a meeting out of the schedule")
    @APIResponse(responseCode = "200", description = "The unscheduled meeting")
    @APIResponse(responseCode = "404", description = "No such event or meeting")
    @APIResponse(responseCode = "409", description = "The event is being solved")
    public MeetingView unschedule(@PathParam("eventId") long eventId, @PathParam("a") String a,
            @PathParam("b") String b) {
        return meetings.unschedule(eventId, a, b);
    }

    @POST
    @Path("{a}/{b}/cancellation")
    @Access(AccessRule.EVENT_ORGANISER_OR_SELF)
    @Operation(summary = "Call one meeting off",
            description = "By either participant of the pair through its link, or by an organiser: the pair's wishes"
                    + " are cancelled and the meeting leaves the timetable; their other meetings stay.")
    @APIResponse(responseCode = "200", description = "Called off, with the meeting taken out")
    @APIResponse(responseCode = "403", description = "Someone else's meeting")
    @APIResponse(responseCode = "404", description = "No such event, participant, or meeting of the pair")
    @APIResponse(responseCode = "409", description = "Refused by the phase")
    public AttendanceView cancel(@PathParam("eventId") long eventId, @PathParam("a") String a,
            @PathParam("b") String b) {
        return attendance.cancelMeeting(eventId, a, b);
    }
}
