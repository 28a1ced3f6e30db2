package org.matchday.suggest;

import jakarta.transaction.Transactional;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.matchday.domain.suggestion.Sector;
import org.matchday.domain.suggestion.SuggestionSettings;
import org.matchday.persistence.EventData;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.problem.ProblemCode;
import org.matchday.problem.Violation;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;

import java.util.ArrayList;
import java.util.List;

/** The organiser's side of suggestions: the event's sector list, the nudge switches, and the nudge itself. */
@Path("/api/events/{eventId}/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suggestions")
public class SuggestionSettingsResource {

    private final NudgeService nudges;

    public SuggestionSettingsResource(NudgeService nudges) {
        this.nudges = nudges;
    }

    @GET
    @Path("settings")
    @Access(AccessRule.EVENT_STAFF)
    @Transactional
    @Operation(summary = "The event's sector list and nudge switches")
    @APIResponse(responseCode = "200", description = "The settings; no sectors and both switches off by default",
            content = @Content(schema = @Schema(implementation = SuggestionSettingsView.class)))
    @APIResponse(responseCode = "404", description = "No such event")
    public SuggestionSettingsView settings(@PathParam("eventId") long eventId) {
        EventData.event(eventId);
        SuggestionSettings settings = SuggestionSettings.of(eventId);
        return new SuggestionSettingsView(settings.sectors, settings.mailNudge, settings.wishNudge);
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(AccessRule.EVENT_ORGANISER)
    @Transactional
    @Operation(summary = "Replace the event's sector list and nudge switches",
            description = "Suggestions use the new sector list at once.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "wind energy", value = "{\"sectors\": [{\"en\":"
            + " \"Wind energy\", \"zh\": \"風力發電\", \"terms\": [\"wind power\", \"風電\"]}], \"mailNudge\": true,"
            + " \"wishNudge\": false}")))
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(
            schema = @Schema(implementation = SuggestionSettingsView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: a sector without a name, texts too long")
    @APIResponse(responseCode = "403", description = "Only the event's organisers change its settings")
    @APIResponse(responseCode = "404", description = "No such event")
    public SuggestionSettingsView replace(@PathParam("eventId") long eventId, SuggestionSettingsView body) {
        EventData.lockEvent(eventId);
        List<Violation> nameless = new ArrayList<>();
        for (int k = 0; k < body.sectors().size(); k++) {
            Sector sector = body.sectors().get(k);
            if (blank(sector.en()) && blank(sector.zh())) {
                nameless.add(Violation.of("$.sectors[" + k + "]", ProblemCode.SUGGEST_SECTOR_NAMELESS_FIELD));
            }
        }
        if (!nameless.isEmpty()) {
            throw new InvalidDocumentException(ProblemCode.SUGGEST_SECTOR_NAMELESS.with(), nameless);
        }
        SuggestionSettings settings = SuggestionSettings.of(eventId);
        settings.sectors = new ArrayList<>(body.sectors());
        settings.mailNudge = body.mailNudge();
        settings.wishNudge = body.wishNudge();
        settings.persist();
        SuggestionSettings.getEntityManager().flush();
        return new SuggestionSettingsView(settings.sectors, settings.mailNudge, settings.wishNudge);
    }

    @POST
    @Path("nudge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(summary = "Nudge participants with few wishes: mail their top suggestions, or add them as wishes",
            description = "For each participant who sent fewer standing wishes than minWishes: MAIL sends it its"
                    + " top suggestions in its language; ADD_WISHES adds them as priority-1 wishes marked as"
                    + " suggested (within the wish cap), which the receivers accept or decline. Each action only"
                    + " when switched on in the settings, and only while wishes are open.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "mail", value = "{\"minWishes\": 3,"
            + " \"action\": \"MAIL\", \"perParticipant\": 3}")))
    @APIResponse(responseCode = "200", description = "What was done", content = @Content(
            schema = @Schema(implementation = NudgeResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "Only the event's organisers nudge")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "The action is switched off, or wishes are not open")
    public NudgeResult nudge(@PathParam("eventId") long eventId, NudgeInput input) {
        return nudges.nudge(eventId, input);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
