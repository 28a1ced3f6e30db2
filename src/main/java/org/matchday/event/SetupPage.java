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
import org.matchday.domain.Timeslot;
import org.matchday.format.ParticipantDoc;
import org.matchday.format.SessionDoc;
import org.matchday.format.TableDoc;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Setting an event up: its own settings (and archiving, copying or deleting it), its sessions, with a preview of the
 * slots they make as the organiser types, and its tables with their hosts. Changes go through the API, each with the
 * version last read.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SetupPage {

    /** A session as listed, with the number of slots it makes now. */
    public record SessionRow(SessionDoc session, int slots) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance setup(PageFrame frame, EventSummary event, List<SessionRow> sessions,
                List<TableDoc> tables, List<ParticipantDoc> participants, Map<String, String> hosts);
    }

    private final EventService events;
    private final EventContentService content;
    private final RoutingContext context;
    private final SecurityIdentity identity;

    public SetupPage(EventService events, EventContentService content, RoutingContext context,
            SecurityIdentity identity) {
        this.events = events;
        this.content = content;
        this.context = context;
        this.identity = identity;
    }

    @GET
    @Path("events/{eventId}/setup")
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("eventId") long eventId) {
        PageFrame frame = PageFrame.of(context, identity);
        Map<String, Long> slots = events.slots(eventId).stream()
                .collect(Collectors.groupingBy(Timeslot::session, Collectors.counting()));
        List<SessionRow> sessions = content.sessions(eventId).stream()
                .map(s -> new SessionRow(s, slots.getOrDefault(s.id(), 0L).intValue())).toList();
        List<ParticipantDoc> participants = content.participants(eventId);
        Map<String, String> hosts = participants.stream().filter(p -> p.table() != null)
                .collect(Collectors.toMap(ParticipantDoc::table, ParticipantDoc::name, (a, b) -> a));
        return Templates.setup(frame, events.get(eventId), sessions, content.tables(eventId), participants, hosts)
                .setLocale(frame.locale());
    }
}
