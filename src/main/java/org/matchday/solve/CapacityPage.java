package org.matchday.solve;

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
import org.matchday.format.ParticipantDoc;
import org.matchday.event.EventSummary;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.event.EventContentService;
import org.matchday.event.EventService;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The capacity check before solving, in words: meetings that can never take place, participants asked for more
 * than they can attend, crowded slots, the ceiling on any schedule, and why meetings of the current schedule have
 * no slot. Rendered from the same services as the capacity and unscheduled endpoints.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CapacityPage {

    /**
     * A meeting that cannot take place, with the two participants' names, the hard rule's code and what it names
     * (tables, sessions, or the name of the participant who takes no meetings), for the page to say in its language.
     */
    public record Impossible(String a, String b, int priority, String reason, String code, String details) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance capacity(PageFrame frame, EventSummary event, CapacityReport report,
                long places, List<Impossible> impossible, List<UnscheduledMeeting> unscheduled);
    }

    private final EventService events;
    private final EventContentService content;
    private final CapacityService capacity;
    private final ExplanationService explanations;
    private final RoutingContext context;
    private final SecurityIdentity identity;

    public CapacityPage(EventService events, EventContentService content, CapacityService capacity,
            ExplanationService explanations, RoutingContext context, SecurityIdentity identity) {
        this.events = events;
        this.content = content;
        this.capacity = capacity;
        this.explanations = explanations;
        this.context = context;
        this.identity = identity;
    }

    @GET
    @Path("events/{eventId}/capacity")
    @Access(AccessRule.EVENT_STAFF)
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("eventId") long eventId) {
        PageFrame frame = PageFrame.of(context, identity);
        CapacityReport report = capacity.report(eventId);
        Map<String, String> names = content.participants(eventId).stream()
                .collect(Collectors.toMap(ParticipantDoc::id, ParticipantDoc::name));
        Function<String, String> name = code -> names.getOrDefault(code, code);
        List<Impossible> impossible = report.impossibleMeetings().stream()
                .map(m -> new Impossible(name.apply(m.participants().get(0)), name.apply(m.participants().get(1)),
                        m.priority(), m.reason(), m.reasonCode(), String.join(", ",
                                "NO_MEETINGS_ALLOWED".equals(m.reasonCode())
                                        ? m.details().stream().map(name).toList() : m.details())))
                .toList();
        return Templates.capacity(frame, events.get(eventId), report, (long) report.slots() * report.tables(),
                impossible, explanations.unscheduled(eventId)).setLocale(frame.locale());
    }
}
