package org.matchday.publication;

import org.matchday.participant.ParticipantSpace;
import org.matchday.participant.ParticipantSpaces;
import org.matchday.web.PageFrame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseHeader;
import org.matchday.export.ExportText;
import org.matchday.export.ScheduleView;
import org.matchday.export.ScheduleView.MeetingInfo;
import org.matchday.export.ScheduleView.PersonInfo;
import org.matchday.export.ScheduleViewLoader;
import org.matchday.security.Access;
import org.matchday.security.PublicAddress;
import org.matchday.security.AccessRule;
import org.matchday.security.ParticipantTokenMechanism;
import org.matchday.event.EventContentService;
import org.matchday.format.ParticipantDoc;
import org.matchday.solve.CapacityReport;
import org.matchday.solve.CapacityService;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A participant's agenda once the timetable is published: its meetings day by day in time order, in the event's
 * time zone (the viewer's own time beside them when it differs, added in the browser), the PDF and iCalendar
 * downloads, and the address a calendar app subscribes to.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ParticipantAgendaPage {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** One meeting as the page shows it; {@code start} and {@code end} carry the offset for the browser. */
    public record Row(String start, String end, String time, String table, String partner, String organisation) {
    }

    /** A day of meetings. */
    public record Day(String label, List<Row> meetings) {
    }

    /**
     * A wish of the participant that no schedule can hold, with the other participant's name, the hard rule's code
     * (as the capacity check gives it) and what it names, for the page to say why and what the organiser can do.
     */
    public record Unmet(String partner, String code, String details) {
    }

    /** The published agenda, with where to download it, the calendar subscription address and impossible wishes. */
    public record Agenda(String status, int meetings, List<Day> days, String pdf, String ics, String subscription,
            List<Unmet> unmet) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agenda(PageFrame frame, ParticipantSpace space, Agenda agenda);
    }

    private final ParticipantSpaces spaces;
    private final ScheduleViewLoader schedules;
    private final PublicAddress address;
    private final RoutingContext context;
    private final CapacityService capacity;
    private final EventContentService content;

    public ParticipantAgendaPage(ParticipantSpaces spaces, ScheduleViewLoader schedules, PublicAddress address,
            RoutingContext context, CapacityService capacity, EventContentService content) {
        this.spaces = spaces;
        this.schedules = schedules;
        this.address = address;
        this.context = context;
        this.capacity = capacity;
        this.content = content;
    }

    @GET
    @Path("participant/agenda")
    @Access(AccessRule.PARTICIPANT)
    @Operation(hidden = true)
    @ResponseHeader(name = HttpHeaders.CACHE_CONTROL, value = ParticipantSpace.NO_STORE)
    public TemplateInstance agenda() {
        ParticipantSpaces.Page current = spaces.current();
        PageFrame frame = current.frame();
        ParticipantSpace space = current.space();
        Agenda agenda = null;
        if (space.agendaPublished()) {
            ScheduleView view = schedules.load(space.eventId());
            if (!view.isDraft()) {
                agenda = agenda(view, view.participant(space.me().id()).orElseThrow(), space, frame,
                        subscription(), unmet(space));
            }
        }
        return Templates.agenda(frame, space, agenda).setLocale(frame.locale());
    }

    /** The participant's wishes that the capacity check finds impossible, whatever the schedule. */
    private List<Unmet> unmet(ParticipantSpace space) {
        String me = space.me().id();
        List<CapacityReport.ImpossibleMeeting> impossible = capacity.report(space.eventId()).impossibleMeetings()
                .stream().filter(m -> m.participants().contains(me)).toList();
        if (impossible.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = content.participants(space.eventId()).stream()
                .collect(Collectors.toMap(ParticipantDoc::id, ParticipantDoc::name));
        List<Unmet> unmet = new ArrayList<>();
        for (CapacityReport.ImpossibleMeeting m : impossible) {
            String other = m.participants().get(0).equals(me) ? m.participants().get(1) : m.participants().get(0);
            List<String> details = "NO_MEETINGS_ALLOWED".equals(m.reasonCode())
                    ? m.details().stream().map(code -> names.getOrDefault(code, code)).toList() : m.details();
            unmet.add(new Unmet(names.getOrDefault(other, other), m.reasonCode(), String.join(", ", details)));
        }
        return unmet;
    }

    private static Agenda agenda(ScheduleView view, PersonInfo me, ParticipantSpace space, PageFrame frame,
            String subscription, List<Unmet> unmet) {
        ExportText words = ExportText.forTag(frame.lang()).orElse(ExportText.ENGLISH);
        ZoneId zone = view.event().zone();
        Map<LocalDate, List<Row>> byDay = new LinkedHashMap<>();
        List<MeetingInfo> meetings = view.meetingsOf(me);
        for (MeetingInfo meeting : meetings) {
            PersonInfo other = meeting.counterpartOf(me);
            byDay.computeIfAbsent(meeting.start().toLocalDate(), d -> new ArrayList<>()).add(new Row(
                    INSTANT.format(meeting.start().atZone(zone)), INSTANT.format(meeting.end().atZone(zone)),
                    ExportText.range(meeting.start(), meeting.end()), meeting.table().displayName(), other.name(),
                    other.organisation()));
        }
        List<Day> days = byDay.entrySet().stream().map(e -> new Day(words.day(e.getKey()), e.getValue())).toList();
        String lang = "?lang=" + frame.lang();
        return new Agenda(words.status(view), meetings.size(), days, space.apiBase() + "/agenda.pdf" + lang,
                space.apiBase() + "/agenda.ics" + lang, subscription, unmet);
    }

    /**
     * The calendar subscription: {@code webcal://} and the personal link's path, since calendar apps send no
     * cookie. The only place a page prints the token; null when the page was not reached through the cookie.
     */
    private String subscription() {
        Cookie cookie = context.request().getCookie(ParticipantTokenMechanism.LINK_COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return null;
        }
        String base = address.base();
        return base.replaceFirst("^https?://", "webcal://") + ParticipantTokenMechanism.LINK_PATH
                + cookie.getValue() + "/agenda.ics";
    }
}
