package org.matchday.solve;

import org.matchday.event.EventHeading;
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
import org.matchday.config.SolverSettings;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.event.EventService;
import org.matchday.domain.EventPhase;
import org.matchday.format.TextFormats;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Solving, for organisers: start with a time limit, watch the progress streamed by the solve API (meetings,
 * priority, breaks, how close to optimal, a chart of the best result over time; never the raw score) and stop early.
 */
@Path("/events/{eventId}/solve")
@Produces(MediaType.TEXT_HTML)
public class SolvePage {

    /** The time limits offered, in seconds. */
    static final List<Integer> LIMITS = List.of(5, 10, 30, 60, 120, 300, 600);

    /** A time limit to choose, shown in minutes from one minute on. */
    public record Limit(int seconds) {

        public boolean minutes() {
            return seconds >= 60;
        }

        public int amount() {
            return minutes() ? seconds / 60 : seconds;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance solve(PageFrame frame, EventHeading event, SolveStatus status,
                String scheduled, String requested, String elapsedSeconds, List<Limit> limits, int defaultLimit,
                boolean replannable, String now);

        static native TemplateInstance capacity(CapacityReport report);
    }

    private final EventService events;
    private final SolveService solving;
    private final CapacityService capacity;
    private final SolverSettings settings;
    private final RoutingContext context;
    private final SecurityIdentity identity;
    private final Clock clock;

    public SolvePage(EventService events, SolveService solving, CapacityService capacity, SolverSettings settings,
            RoutingContext context, SecurityIdentity identity, Clock clock) {
        this.clock = clock;
        this.events = events;
        this.solving = solving;
        this.capacity = capacity;
        this.settings = settings;
        this.context = context;
        this.identity = identity;
    }

    @GET
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(hidden = true)
    public TemplateInstance solve(@PathParam("eventId") long eventId) {
        PageFrame frame = PageFrame.of(context, identity);
        EventHeading event = EventHeading.of(events.get(eventId));
        List<Integer> offered = LIMITS.stream().filter(s -> s <= settings.maxSeconds()).toList();
        if (offered.isEmpty()) {
            offered = List.of(settings.maxSeconds());
        }
        int preferred = settings.defaultSeconds();
        int defaultLimit = offered.contains(preferred) ? preferred : offered.get(offered.size() - 1);
        List<Limit> limits = offered.stream().map(Limit::new).toList();
        SolveStatus status = solving.status(eventId);
        // The event-local now as the server's clock has it; the page counts on from there until the button is used.
        String now = TextFormats.format(LocalDateTime.ofInstant(clock.instant(), ZoneId.of(event.timezone())));
        boolean replannable = event.phase() == EventPhase.SCHEDULED || event.phase() == EventPhase.PUBLISHED;
        return Templates.solve(frame, event, status, String.valueOf(status.scheduled()),
                String.valueOf(status.scheduled() + status.unscheduled()),
                status.elapsedMillis() == null ? null : String.valueOf(Math.round(status.elapsedMillis() / 1000.0)),
                limits, defaultLimit, replannable, now)
                .setLocale(frame.locale());
    }

    @GET
    @Path("capacity")
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(hidden = true)
    public TemplateInstance capacity(@PathParam("eventId") long eventId) {
        return Templates.capacity(capacity.report(eventId)).setLocale(PageFrame.of(context, identity).locale());
    }
}
