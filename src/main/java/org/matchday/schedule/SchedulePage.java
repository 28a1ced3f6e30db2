package org.matchday.schedule;

import org.matchday.event.EventHeading;
import org.matchday.web.PageFrame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.Compressed;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.matchday.export.MeetingChange;
import org.matchday.solve.UnscheduledMeeting;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.solve.ExplanationService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The organiser's timetable: the grid of slots by tables, where meetings are moved (by drag and drop or by
 * keyboard), pinned and taken out through the meetings API; one row per participant; the unscheduled meetings with
 * their reasons; and publishing, with the changes since the publication in force shown first.
 */
@Path("/events/{eventId}/schedule")
@Produces(MediaType.TEXT_HTML)
public class SchedulePage {

    static final String BY_PARTICIPANT = "participants";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance schedule(PageFrame frame, EventHeading event, Timetable timetable,
                String peopleJson, String publication, boolean byParticipant, boolean large, boolean paged);

        static native TemplateInstance unscheduled(List<UnscheduledMeeting> meetings, boolean place);

        static native TemplateInstance changes(Integer publication, int scheduled, List<ChangeLine> changes);
    }

    /** One change since the publication in force, in words ready to show. */
    public record ChangeLine(MeetingChange.Kind kind, String nameA, String nameB, String before, String after) {
    }

    private final TimetableLoader timetables;
    private final ExplanationService explanations;
    private final ChangeService changes;
    private final RoutingContext context;
    private final SecurityIdentity identity;

    public SchedulePage(TimetableLoader timetables, ExplanationService explanations,
            ChangeService changes, RoutingContext context, SecurityIdentity identity) {
        this.timetables = timetables;
        this.explanations = explanations;
        this.changes = changes;
        this.context = context;
        this.identity = identity;
    }

    /** Compressed: the grid of a large event is the heaviest page (no secret in it, see application.properties). */
    @GET
    @Compressed
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(hidden = true)
    public TemplateInstance schedule(@PathParam("eventId") long eventId, @QueryParam("view") String view,
            @QueryParam("q") String q, @QueryParam("table") String table, @QueryParam("session") String session) {
        PageFrame frame = PageFrame.of(context, identity);
        boolean byParticipant = BY_PARTICIPANT.equals(view);
        // A large grid opens on its first session, unless all sessions are asked for.
        TimetableLoader.Loaded loaded = timetables.load(eventId, new TimetableFilter(q, table, session),
                byParticipant, frame.locale(), !byParticipant && !TimetableFilter.ALL_SESSIONS.equals(session));
        String publication = loaded.publication() == null ? null : String.valueOf(loaded.publication());
        return Templates.schedule(frame, loaded.event(), loaded.timetable(), loaded.peopleJson(), publication,
                byParticipant, loaded.large() && !byParticipant, loaded.paged()).setLocale(frame.locale());
    }

    @GET
    @Path("unscheduled")
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(hidden = true)
    public TemplateInstance unscheduled(@PathParam("eventId") long eventId, @QueryParam("place") boolean place) {
        return Templates.unscheduled(explanations.unscheduled(eventId), place)
                .setLocale(PageFrame.of(context, identity).locale());
    }

    @GET
    @Path("changes")
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(hidden = true)
    public TemplateInstance changes(@PathParam("eventId") long eventId) {
        ChangesView view = changes.changes(eventId, null);
        Map<String, String> names = timetables.names(eventId);
        List<ChangeLine> lines = new ArrayList<>();
        for (MeetingChange c : view.meetings()) {
            lines.add(new ChangeLine(c.kind(), names.getOrDefault(c.participants().get(0), c.participants().get(0)),
                    names.getOrDefault(c.participants().get(1), c.participants().get(1)), place(c.before()),
                    place(c.after())));
        }
        // Before the first publication every scheduled meeting is a change: it appears.
        return Templates.changes(view.publication(), lines.size(), lines)
                .setLocale(PageFrame.of(context, identity).locale());
    }

    private static String place(MeetingChange.Placement placement) {
        return placement == null ? null : placement.start().replace('T', ' ') + " · " + placement.table();
    }
}
