package org.matchday.event.lifecycle;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.matchday.event.EventService;
import org.matchday.event.EventSummary;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.security.Caller;
import org.matchday.web.PageFrame;

import java.time.ZoneId;
import java.util.List;

/**
 * Creating an event: from nothing in one guided form (settings, sessions and tables, sent as one matchday-event/1
 * document so that it is stored all or nothing), or as a copy of an earlier event.
 */
@Path("/events/new")
@Produces(MediaType.TEXT_HTML)
public class EventCreatePage {

    /** Region/City zones only: the old aliases (US/Eastern, Etc/GMT+3) only confuse a choice. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.matches("(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+"))
            .sorted().toList();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance create(PageFrame frame, List<EventSummary> events, List<String> zones,
                Long source);
    }

    private final EventService events;
    private final RoutingContext context;
    private final SecurityIdentity identity;

    public EventCreatePage(EventService events, RoutingContext context, SecurityIdentity identity) {
        this.events = events;
        this.context = context;
        this.identity = identity;
    }

    @GET
    @Access(AccessRule.ORGANISER)
    @Operation(hidden = true)
    public TemplateInstance show() {
        PageFrame frame = PageFrame.of(context, identity);
        Caller caller = Caller.of(identity);
        return Templates.create(frame, events.list(caller.accountId(), caller.administrator()), ZONES,
                copy(context.request().getParam("copy"))).setLocale(frame.locale());
    }

    /** The event to copy that a link asked for ("Copy to a new event" on the set-up page), if any. */
    private static Long copy(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
