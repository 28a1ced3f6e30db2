package org.matchday.wish;

import org.matchday.participant.ParticipantSpace;
import org.matchday.participant.ParticipantSpaces;
import org.matchday.web.PageFrame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
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
    private final RoutingContext context;
    private final SecurityIdentity identity;

    public ParticipantHomePage(ParticipantSpaces spaces, WishService wishes, RoutingContext context,
            SecurityIdentity identity) {
        this.spaces = spaces;
        this.wishes = wishes;
        this.context = context;
        this.identity = identity;
    }

    @GET
    @Path("p")
    @Access(AccessRule.PARTICIPANT)
    @Operation(hidden = true)
    @ResponseHeader(name = HttpHeaders.CACHE_CONTROL, value = ParticipantSpace.NO_STORE)
    public TemplateInstance home() {
        PageFrame frame = PageFrame.of(context, identity);
        ParticipantSpace space = spaces.of(identity, frame.locale());
        WishesView mine = wishes.list(space.eventId(), space.me().id());
        WishCounts counts = new WishCounts(mine.sent().stream().filter(w -> standing(w.status())).count(),
                mine.received().stream().filter(w -> w.status() == RequestStatus.PENDING).count());
        return Templates.home(frame, space, counts).setLocale(frame.locale());
    }

    private static boolean standing(RequestStatus status) {
        return status == RequestStatus.PENDING || status == RequestStatus.ACCEPTED;
    }
}
