package org.matchday.publication;

import org.matchday.event.EventHeading;
import org.matchday.schedule.Timetable;
import org.matchday.schedule.TimetableFilter;
import org.matchday.schedule.TimetableLoader;
import org.matchday.web.PageFrame;
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

import java.util.List;

/**
 * The event day, for staff and organisers: the timetable read-only, each table's sheet and every export one click
 * away, a print view of the grid, and marking a no-show (or, for organisers, a cancellation) with whom it affects.
 */
@Path("/events/{eventId}/staff")
@Produces(MediaType.TEXT_HTML)
public class StaffPage {

    /** Tables per printed grid, so that a wide venue prints on landscape pages a table at a time. */
    static final int PRINT_COLUMNS = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance staff(PageFrame frame, EventHeading event, Timetable timetable,
                String peopleJson, Integer publication);

        static native TemplateInstance print(PageFrame frame, EventHeading event, List<Timetable> pages);
    }

    private final TimetableLoader timetables;
    private final RoutingContext context;
    private final SecurityIdentity identity;

    public StaffPage(TimetableLoader timetables, RoutingContext context, SecurityIdentity identity) {
        this.timetables = timetables;
        this.context = context;
        this.identity = identity;
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Operation(hidden = true)
    public TemplateInstance staff(@PathParam("eventId") long eventId, @QueryParam("q") String q,
            @QueryParam("table") String table, @QueryParam("session") String session) {
        PageFrame frame = PageFrame.of(context, identity);
        TimetableLoader.Loaded loaded = timetables.load(eventId, new TimetableFilter(q, table, session), false,
                frame.locale());
        return Templates.staff(frame, loaded.event(), loaded.timetable(), loaded.peopleJson(), loaded.publication())
                .setLocale(frame.locale());
    }

    @GET
    @Path("print")
    @Access(AccessRule.EVENT_STAFF)
    @Operation(hidden = true)
    public TemplateInstance print(@PathParam("eventId") long eventId, @QueryParam("table") String table,
            @QueryParam("session") String session) {
        PageFrame frame = PageFrame.of(context, identity);
        TimetableLoader.Loaded loaded = timetables.load(eventId, new TimetableFilter(null, table, session), false,
                frame.locale());
        return Templates.print(frame, loaded.event(), loaded.timetable().pages(PRINT_COLUMNS))
                .setLocale(frame.locale());
    }
}
