package org.matchday.day;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.matchday.event.EventHeading;
import org.matchday.persistence.EventData;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.web.PageFrame;

/**
 * The control room: where the event day stands, read from {@code GET /api/events/{eventId}/day} by the page's
 * script and refreshed every few seconds without a reload, on a desk screen or a phone.
 */
@Path("/events/{eventId}/control")
@Produces(MediaType.TEXT_HTML)
public class ControlRoomPage {

    /** How often the page asks again, in milliseconds. */
    static final int REFRESH_MILLIS = 10_000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance control(PageFrame frame, EventHeading event, int refresh);
    }

    private final RoutingContext context;
    private final SecurityIdentity identity;

    public ControlRoomPage(RoutingContext context, SecurityIdentity identity) {
        this.context = context;
        this.identity = identity;
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Operation(hidden = true)
    @Transactional
    public TemplateInstance control(@PathParam("eventId") long eventId) {
        PageFrame frame = PageFrame.of(context, identity);
        return Templates.control(frame, EventHeading.of(EventData.event(eventId)), REFRESH_MILLIS)
                .setLocale(frame.locale());
    }
}
