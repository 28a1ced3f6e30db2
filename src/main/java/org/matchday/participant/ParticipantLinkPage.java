package org.matchday.participant;

import org.matchday.web.PageFrame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.matchday.export.AgendaCalendarExporter;
import org.matchday.export.ExportText;
import org.matchday.export.ScheduleView;
import org.matchday.export.ScheduleView.PersonInfo;
import org.matchday.export.ScheduleViewLoader;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.security.Caller;
import org.matchday.security.ParticipantTokenMechanism;
import org.matchday.security.ParticipantTokens;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * The personal link itself: opening it leaves its token in an HTTP-only cookie and takes it out of the address bar;
 * below it, the calendar subscription (calendar apps send no cookie); forgetting it on a device; and the page a link
 * that no longer works leads to.
 */
@Path("/")
public class ParticipantLinkPage {

    /** Without a known expiry, the cookie lasts a few weeks: enough to reach the day of an event. */
    static final Duration DEFAULT_COOKIE_AGE = Duration.ofDays(28);
    static final String HOME = "/p";
    static final String FORGOTTEN = ParticipantTokenMechanism.LINK_INVALID_PAGE + "?forgotten=1";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invalid(PageFrame frame, boolean forgotten, boolean stillSignedIn);
    }

    private final LinkService links;
    private final ScheduleViewLoader schedules;
    private final AgendaCalendarExporter calendar;
    private final RoutingContext context;
    private final SecurityIdentity identity;

    public ParticipantLinkPage(LinkService links, ScheduleViewLoader schedules, AgendaCalendarExporter calendar,
            RoutingContext context, SecurityIdentity identity) {
        this.links = links;
        this.schedules = schedules;
        this.calendar = calendar;
        this.context = context;
        this.identity = identity;
    }

    @GET
    @Path("p/{token}")
    @Access(AccessRule.PARTICIPANT)
    @Operation(hidden = true)
    public Response open(@PathParam("token") String token) {
        Instant expiry = links.expiryOf(ParticipantTokens.hash(token));
        long seconds = expiry == null ? DEFAULT_COOKIE_AGE.toSeconds()
                : Math.max(0, Duration.between(Instant.now(), expiry).toSeconds());
        return Response.seeOther(URI.create(HOME)).cookie(linkCookie(token, seconds)).build();
    }

    /** The participant's meetings as iCalendar, for calendar apps to subscribe to; {@code ?lang=en|zh-TW}. */
    @GET
    @Path("p/{token}/agenda.ics")
    @Produces("text/calendar;charset=UTF-8")
    @Access(AccessRule.PARTICIPANT)
    @Operation(hidden = true)
    public Response calendar(@PathParam("token") String token, @QueryParam("lang") String lang) throws IOException {
        Caller caller = Caller.of(identity);
        // The participant's own cut of the schedule: it also lists the meetings later publications took back.
        ScheduleView view = schedules.loadAgenda(caller.participantEventId(), caller.participantCode());
        PersonInfo person = view.participant(caller.participantCode()).orElseThrow();
        ExportText text = ExportText.forTag(lang).orElse(ExportText.forPerson(person));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        calendar.write(view, person, text, out);
        return Response.ok(out.toByteArray(), "text/calendar;charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"agenda-" + person.code() + ".ics\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @POST
    @Path("participant/forget")
    @Access(AccessRule.PARTICIPANT)
    @Operation(hidden = true)
    public Response forget() {
        return Response.seeOther(URI.create(FORGOTTEN)).cookie(linkCookie("", 0)).build();
    }

    @GET
    @Path("link-invalid")
    @Produces(MediaType.TEXT_HTML)
    @Access(AccessRule.PUBLIC)
    @Operation(hidden = true)
    public Response invalid(@QueryParam("forgotten") String forgotten) {
        PageFrame frame = PageFrame.of(context, identity);
        boolean signedIn = Caller.of(identity).isParticipant();
        Response.ResponseBuilder page = Response.ok(Templates.invalid(frame, forgotten != null, signedIn)
                .setLocale(frame.locale()));
        Cookie held = context.request().getCookie(ParticipantTokenMechanism.LINK_COOKIE);
        if (held != null && !signedIn) {
            // A cookie whose link stopped working would count as a failed guess on every request.
            page.cookie(linkCookie("", 0));
        }
        return page.build();
    }

    private NewCookie linkCookie(String token, long maxAgeSeconds) {
        return new NewCookie.Builder(ParticipantTokenMechanism.LINK_COOKIE).value(token).path("/")
                .maxAge((int) Math.min(Integer.MAX_VALUE, maxAgeSeconds)).httpOnly(true)
                .secure("https".equals(context.request().scheme())).sameSite(NewCookie.SameSite.LAX).build();
    }
}
