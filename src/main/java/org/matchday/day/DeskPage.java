package org.matchday.day;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.web.PageFrame;

/**
 * The desk on the event day: staff find a participant by name or organisation as they type and check it in (or undo
 * it), book two participants a meeting on the spot and see the queue of such meetings. A participant's check-in QR
 * code opens this page focused on that participant, with one button to check it in.
 */
@Path("/events/{eventId}/desk")
@Produces(MediaType.TEXT_HTML)
public class DeskPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance desk(PageFrame frame, DayPagesService.Desk desk);
    }

    private final DayPagesService pages;
    private final RoutingContext context;
    private final SecurityIdentity identity;

    public DeskPage(DayPagesService pages, RoutingContext context, SecurityIdentity identity) {
        this.pages = pages;
        this.context = context;
        this.identity = identity;
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Operation(hidden = true)
    public TemplateInstance desk(@PathParam("eventId") long eventId, @QueryParam("participant") String participant) {
        PageFrame frame = PageFrame.of(context, identity);
        String asked = participant == null || participant.isBlank() ? null : participant.trim();
        return Templates.desk(frame, pages.desk(eventId, asked)).setLocale(frame.locale());
    }
}
