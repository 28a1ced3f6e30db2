package org.matchday.schedule;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.matchday.security.Caller;

import java.util.Optional;

/** The last manual actions of an event (moves, take-outs, pins, no-shows), and undoing them. */
@Path("/api/events/{eventId}/undo")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class UndoResource {

    private final UndoService undo;
    private final SecurityIdentity identity;

    public UndoResource(UndoService undo, SecurityIdentity identity) {
        this.undo = undo;
        this.identity = identity;
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Operation(summary = "List the last actions that can be undone",
            description = "Moves, take-outs, pins, unpins and no-shows not undone yet, newest first (at most 10):"
                    + " who, when and what, in words, and why undoing one would be refused now, if it would."
                    + " Organisers see every action; staff only the no-shows they marked themselves.")
    @APIResponse(responseCode = "200", description = "The actions; empty when there is nothing to undo")
    @APIResponse(responseCode = "403", description = "Only the event's organisers and staff")
    @APIResponse(responseCode = "404", description = "No such event")
    public UndoList list(@PathParam("eventId") long eventId) {
        return undo.list(eventId, Caller.of(identity));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(AccessRule.EVENT_STAFF)
    @Operation(summary = "Undo an action",
            description = "Undoes the action named in the body, or the newest one the caller may undo. A move,"
                    + " take-out, pin or unpin puts the meeting back where it was, pinned as it was; a no-show marks"
                    + " the participant present again, gives back the wishes it cancelled, and brings back its"
                    + " meetings, each where it was if that place is still free (else without a slot, for the next"
                    + " solve). An action is undone once and only while it still applies: refused with 409 when it"
                    + " was undone already, the meeting changed since, the event was published or solved since, or"
                    + " the old place breaks a hard rule now (each rule named in errors[]). Staff may undo only the"
                    + " no-shows they marked themselves.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "the newest", value = "{}"),
            @ExampleObject(name = "one action", value = "{\"action\": 51}")}))
    @APIResponse(responseCode = "200", description = "Undone, with the meetings as it left them")
    @APIResponse(responseCode = "400", description = "A malformed body")
    @APIResponse(responseCode = "403", description = "Someone else's action, for staff")
    @APIResponse(responseCode = "404", description = "No such event or action")
    @APIResponse(responseCode = "409", description = "Nothing to undo, undone already, or no longer applies: the"
            + " meeting changed, the event was published or solved since, its old place is taken, or the event is"
            + " being solved")
    public UndoResult undo(@PathParam("eventId") long eventId, Optional<UndoInput> input) {
        return undo.undo(eventId, input, Caller.of(identity));
    }
}
