package org.matchday.wish;

import org.matchday.participant.ParticipantSpace;
import org.matchday.participant.ParticipantSpaces;
import org.matchday.web.PageFrame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseHeader;
import org.matchday.domain.RequestStatus;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;

/**
 * A participant's home: its event, where the event stands and what the participant can do now, with its pages; and
 * forgetting the link on this device.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ParticipantHomePage {

    /** How the participant's wishes stand, in numbers. */
    public record WishCounts(long sent, long waitingForMe) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PageFrame frame, ParticipantSpace space, WishCounts wishes);
    }

    private final ParticipantSpaces spaces;
    private final WishService wishes;

    public ParticipantHomePage(ParticipantSpaces spaces, WishService wishes) {
        this.spaces = spaces;
        this.wishes = wishes;
    }

    @GET
    @Path("p")
    @Access(AccessRule.PARTICIPANT)
    @Operation(hidden = true)
    @ResponseHeader(name = HttpHeaders.CACHE_CONTROL, value = ParticipantSpace.NO_STORE)
    public TemplateInstance home() {
        ParticipantSpaces.Page current = spaces.current();
        PageFrame frame = current.frame();
        ParticipantSpace space = current.space();
        WishesView mine = wishes.list(space.eventId(), space.me().id());
        WishCounts counts = new WishCounts(mine.sent().stream().filter(w -> standing(w.status())).count(),
                mine.received().stream().filter(w -> w.status() == RequestStatus.PENDING).count());
        return Templates.home(frame, space, counts).setLocale(frame.locale());
    }

    private static boolean standing(RequestStatus status) {
        return status == RequestStatus.PENDING || status == RequestStatus.ACCEPTED;
    }
}
