package org.matchday.series;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;

import java.util.List;

/** Editions of a series: whom a returning participant met before, and what the series has produced. */
@Path("/api/events/{eventId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Series")
public class SeriesResource {

    private final SeriesService series;

    public SeriesResource(SeriesService series) {
        this.series = series;
    }

    @GET
    @Path("participants/{participantId}/history")
    @Access(AccessRule.EVENT_PARTICIPANT_SELF)
    @Operation(summary = "Whom a returning participant met at earlier editions, and what came of it",
            description = "The published meetings of every earlier edition of the series (followed through each"
                    + " event's previousEdition) that this participant came to, the latest edition first. The same"
                    + " participant is found by e-mail address (ignoring case), or, without an address, by name and"
                    + " organisation. The outcome is the follow-up answer of either side, \"unknown\" when nobody"
                    + " answered; partnerHere names the partner in this edition when it returns too.")
    @APIResponse(responseCode = "200", description = "The earlier meetings; empty for a first edition or a newcomer",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EarlierMeeting.class)))
    @APIResponse(responseCode = "403", description = "Another participant's history")
    @APIResponse(responseCode = "404", description = "No such event or participant")
    public List<EarlierMeeting> history(@PathParam("eventId") long eventId,
            @PathParam("participantId") String participantId) {
        return series.history(eventId, participantId);
    }

    @GET
    @Path("series")
    @Access(AccessRule.EVENT_STAFF)
    @Operation(summary = "The series report across editions", description = "Every edition up to this event, oldest"
            + " first, with its planned, held and agreed meetings as in its outcome report (0 for an edition without"
            + " a published timetable), the meetings of pairs who had met at an earlier edition, and over the"
            + " series the pairs who met in more than one edition and the participants who returned.")
    @APIResponse(responseCode = "200", description = "The series report",
            content = @Content(schema = @Schema(implementation = SeriesReport.class)))
    @APIResponse(responseCode = "403", description = "Only the event's organisers and staff")
    @APIResponse(responseCode = "404", description = "No such event")
    public SeriesReport report(@PathParam("eventId") long eventId) {
        return series.report(eventId);
    }
}
