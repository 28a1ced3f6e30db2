package org.matchday.suggest;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.matchday.language.Language;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.web.Lang;

import java.util.List;

/** Partners suggested to one participant, for itself and for the event's organisers and staff. */
@Path("/api/events/{eventId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suggestions")
public class SuggestionResource {

    private final SuggestionService suggestions;
    private final RoutingContext context;

    public SuggestionResource(SuggestionService suggestions, RoutingContext context) {
        this.suggestions = suggestions;
        this.context = context;
    }

    @GET
    @Path("participants/{participantId}/suggestions")
    @Access(AccessRule.EVENT_PARTICIPANT_SELF)
    @Operation(summary = "Partners suggested to a participant, best first, with the reasons in words",
            description = "Others ranked by how well what they offer answers what this participant seeks and the"
                    + " other way round (free text in English or Chinese, and the sectors of the event's list in"
                    + " either language), and by the sectors both work in. Never the participant itself, its own"
                    + " organisation, anyone it asked or who asked it (declined wishes included), a participant"
                    + " who cancelled, or a pair the event's group rules forbid. Reasons are in the caller's"
                    + " language (?lang=, the language cookie, else Accept-Language).")
    @APIResponse(responseCode = "200", description = "The suggestions, best first", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = SuggestionView.class)))
    @APIResponse(responseCode = "400", description = "The limit is not a whole number between 1 and 50")
    @APIResponse(responseCode = "403", description = "Another participant's suggestions")
    @APIResponse(responseCode = "404", description = "No such event or participant")
    public List<SuggestionView> suggestions(@PathParam("eventId") long eventId,
            @PathParam("participantId") String participantId,
            @Parameter(description = "How many, 1 to 50") @QueryParam("limit") @DefaultValue("10") int limit) {
        SuggestionService.checkLimit(limit);
        return suggestions.suggest(eventId, participantId, limit, Language.of(Lang.of(context)));
    }
}
