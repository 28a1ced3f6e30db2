package org.matchday.suggest;

import io.quarkus.security.identity.SecurityIdentity;
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
import org.matchday.problem.InvalidParameterException;
import org.matchday.problem.ProblemCode;
import org.matchday.problem.Violation;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.security.Caller;
import org.matchday.web.Lang;

import java.util.List;
import java.util.Locale;

/** Partners suggested to one participant, for itself and for the event's organisers and staff. */
@Path("/api/events/{eventId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suggestions")
public class SuggestionResource {

    private final SuggestionService suggestions;
    private final RoutingContext context;
    private final SecurityIdentity identity;

    public SuggestionResource(SuggestionService suggestions, RoutingContext context, SecurityIdentity identity) {
        this.suggestions = suggestions;
        this.context = context;
        this.identity = identity;
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
                    + " language: ?lang= when given, else the participant's own for itself, else the language"
                    + " cookie or Accept-Language.")
    @APIResponse(responseCode = "200", description = "The suggestions, best first", content = @Content(
            schema = @Schema(type = SchemaType.ARRAY, implementation = SuggestionView.class)))
    @APIResponse(responseCode = "400", description = "The limit is not a whole number between 1 and 50, or the"
            + " language is unknown")
    @APIResponse(responseCode = "403", description = "Another participant's suggestions")
    @APIResponse(responseCode = "404", description = "No such event or participant")
    public List<SuggestionView> suggestions(@PathParam("eventId") long eventId,
            @PathParam("participantId") String participantId,
            @Parameter(description = "How many, 1 to 50") @QueryParam("limit") @DefaultValue("10") int limit,
            @Parameter(description = "The language of the reasons: en or zh-TW", example = "zh-TW")
            @QueryParam("lang") String lang) {
        SuggestionService.checkLimit(limit);
        Locale asked = Lang.parse(lang);
        if (lang != null && asked == null) {
            throw new InvalidParameterException(ProblemCode.PARAM_LANG.with("lang", lang),
                    Violation.of("lang", ProblemCode.PARAM_LANG_FIELD));
        }
        boolean self = Caller.of(identity).isParticipant(eventId, participantId);
        return suggestions.suggest(eventId, participantId, limit, me -> asked != null ? Language.of(asked)
                : self ? Language.forParticipant(me.languages) : Language.of(Lang.of(context)));
    }
}
