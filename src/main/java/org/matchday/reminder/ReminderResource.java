package org.matchday.reminder;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;

/** The event's reminders and nudges: their settings, and sending what is due now. */
@Path("/api/events/{eventId}/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders")
public class ReminderResource {

    private final ReminderService reminders;

    public ReminderResource(ReminderService reminders) {
        this.reminders = reminders;
    }

    @GET
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(summary = "The event's reminder settings", description = "Which reminders are on and their delays;"
            + " every reminder is off until an organiser turns it on.")
    @APIResponse(responseCode = "200", description = "The settings, defaults filled in")
    @APIResponse(responseCode = "403", description = "Only the event's organisers")
    @APIResponse(responseCode = "404", description = "No such event")
    public RemindersView settings(@PathParam("eventId") long eventId) {
        return reminders.settings(eventId);
    }

    @PUT
    @Access(AccessRule.EVENT_ORGANISER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the event's reminders", description = "Every field at once, all or nothing: the"
            + " evening agenda (at agendaHour, local to the event, the day before each day of the event), the nudge"
            + " to participants without a wish (noWishDays after wishes opened), the reminder of wishes left"
            + " unanswered (unansweredDays) and their expiry (expiryDays, more than unansweredDays when both are on).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "all on", value = "{\"agendaEvening\": true,"
            + " \"agendaHour\": 18, \"noWish\": true, \"noWishDays\": 3, \"unanswered\": true, \"unansweredDays\": 3,"
            + " \"expiry\": true, \"expiryDays\": 7}")))
    @APIResponse(responseCode = "200", description = "The settings now in force")
    @APIResponse(responseCode = "400", description = "Invalid settings, every problem named by its field")
    @APIResponse(responseCode = "403", description = "Only the event's organisers")
    @APIResponse(responseCode = "404", description = "No such event")
    public RemindersView update(@PathParam("eventId") long eventId, RemindersInput input) {
        return reminders.update(eventId, input);
    }

    @POST
    @Path("run")
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(summary = "Send the reminders due now", description = "What the timer would send at its next run:"
            + " every reminder that is on, due and not sent before. Nothing is sent twice, whoever runs it.")
    @APIResponse(responseCode = "200", description = "What was sent, per kind")
    @APIResponse(responseCode = "403", description = "Only the event's organisers")
    @APIResponse(responseCode = "404", description = "No such event")
    public ReminderRun run(@PathParam("eventId") long eventId) {
        return reminders.run(eventId);
    }
}
