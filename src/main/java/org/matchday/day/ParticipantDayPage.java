package org.matchday.day;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseHeader;
import org.matchday.export.qr.QrCodes;
import org.matchday.participant.ParticipantSpace;
import org.matchday.participant.ParticipantSpaces;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.web.PageFrame;

/**
 * A participant's event day: its next meeting, the meetings a partner's no-show cost it, its check-in QR code for
 * the desk, checking itself in when the organiser allows it, and booking a meeting on the spot with someone met in
 * the corridor.
 */
@Path("/participant/day")
@Produces(MediaType.TEXT_HTML)
public class ParticipantDayPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance day(PageFrame frame, ParticipantSpace space, DayPagesService.MyDay day,
                String qr);
    }

    private final ParticipantSpaces spaces;
    private final DayPagesService pages;
    private final CheckInAddress address;

    public ParticipantDayPage(ParticipantSpaces spaces, DayPagesService pages, CheckInAddress address) {
        this.spaces = spaces;
        this.pages = pages;
        this.address = address;
    }

    @GET
    @Access(AccessRule.PARTICIPANT)
    @Operation(hidden = true)
    @ResponseHeader(name = HttpHeaders.CACHE_CONTROL, value = ParticipantSpace.NO_STORE)
    public TemplateInstance day() {
        ParticipantSpaces.Page current = spaces.current();
        PageFrame frame = current.frame();
        ParticipantSpace space = current.space();
        DayPagesService.MyDay day = pages.myDay(space.eventId(), space.me().id());
        String url = address.checkInUrl(space.eventId(), space.me().id()).orElseThrow();
        return Templates.day(frame, space, day, QrCodes.svg(url)).setLocale(frame.locale());
    }
}
