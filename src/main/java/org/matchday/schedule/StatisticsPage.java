package org.matchday.schedule;

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
import org.matchday.export.ScheduleStatistics;
import org.matchday.export.ScheduleView;
import org.matchday.format.TextFormats;
import org.matchday.export.ScheduleViewLoader;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.solve.CapacityService;
import org.matchday.event.EventService;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the schedule participants see serves the event, for organisers and staff: the key figures in words, charts
 * of meetings per participant and table use per slot (drawn from the statistics API), and the same figures as
 * tables.
 */
@Path("/events/{eventId}/statistics")
@Produces(MediaType.TEXT_HTML)
public class StatisticsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statistics(PageFrame frame, EventHeading event, ScheduleStatistics stats,
                List<Count> distribution, List<SlotLine> slots);
    }

    /** How many participants have {@code meetings} meetings. */
    public record Count(int meetings, int participants) {
    }

    /** One slot's table use, named as the page shows it. */
    public record SlotLine(String session, String day, String slot, String instant, int tablesUsed, Double percent) {
    }

    private final EventService events;
    private final ScheduleViewLoader schedules;
    private final CapacityService capacity;
    private final RoutingContext context;
    private final SecurityIdentity identity;

    public StatisticsPage(EventService events, ScheduleViewLoader schedules, CapacityService capacity,
            RoutingContext context, SecurityIdentity identity) {
        this.events = events;
        this.schedules = schedules;
        this.capacity = capacity;
        this.context = context;
        this.identity = identity;
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Operation(hidden = true)
    public TemplateInstance statistics(@PathParam("eventId") long eventId) {
        PageFrame frame = PageFrame.of(context, identity);
        EventHeading event = EventHeading.of(events.get(eventId));
        ScheduleView view = schedules.load(eventId);
        ScheduleStatistics stats = ScheduleStatistics.of(view, capacity.yardstick(eventId));
        List<Count> distribution = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : stats.meetingsPerParticipant().distribution().entrySet()) {
            distribution.add(new Count(e.getKey(), e.getValue()));
        }
        Map<String, String> sessionNames = new HashMap<>();
        view.sessions().forEach(s -> sessionNames.put(s.code(), s.name() == null ? s.code() : s.name()));
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(frame.locale());
        List<SlotLine> slots = new ArrayList<>();
        for (ScheduleStatistics.SlotUse use : stats.tableUse().perSlot()) {
            String instant = Timetable.instant(use.date().atTime(TextFormats.time(use.start())), view.event().zone());
            slots.add(new SlotLine(sessionNames.getOrDefault(use.session(), use.session()), day.format(use.date()),
                    use.start() + "–" + use.end(), instant, use.tablesUsed(), use.percent()));
        }
        return Templates.statistics(frame, event, stats, distribution, slots).setLocale(frame.locale());
    }
}
