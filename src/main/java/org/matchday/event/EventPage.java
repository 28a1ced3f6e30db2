package org.matchday.event;

import org.matchday.web.PageFrame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.matchday.domain.EventPhase;
import org.matchday.format.ParticipantDoc;
import org.matchday.format.RulesDoc;
import org.matchday.format.SessionDoc;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;

import java.util.List;
import java.util.Objects;

/**
 * An event's home page: what it is, where it stands, its phase and its matchmaking rules. Staff read it; the event's
 * organisers also move the phase and edit the rules, through the API.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class EventPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance event(PageFrame frame, EventSummary event, List<SessionDoc> sessions,
                List<EventPhase> phases, RulesDoc rules, List<String> groups);
    }

    private final EventService events;
    private final EventContentService content;
    private final PhaseService phases;
    private final RoutingContext context;
    private final SecurityIdentity identity;

    public EventPage(EventService events, EventContentService content, PhaseService phases, RoutingContext context,
            SecurityIdentity identity) {
        this.events = events;
        this.content = content;
        this.phases = phases;
        this.context = context;
        this.identity = identity;
    }

    @GET
    @Path("events/{eventId}")
    @Access(AccessRule.EVENT_STAFF)
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("eventId") long eventId) {
        PageFrame frame = PageFrame.of(context, identity);
        EventSummary event = events.get(eventId);
        return Templates.event(frame, event, content.sessions(eventId), List.of(EventPhase.values()),
                phases.rules(eventId), groups(content.participants(eventId))).setLocale(frame.locale());
    }

    /** The participants' groups, the words the rules are written in, in the order they first appear. */
    static List<String> groups(List<ParticipantDoc> participants) {
        return participants.stream().map(ParticipantDoc::group).filter(Objects::nonNull).distinct().toList();
    }
}
