package org.matchday.wish;

import org.matchday.participant.ParticipantSpace;
import org.matchday.participant.ParticipantSpaces;
import org.matchday.web.PageFrame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseHeader;
import org.matchday.domain.RequestStatus;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.participant.ParticipantSpace.SessionChoice;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The wishes a participant sent and received, with what it may do about each: withdraw its own, accept or decline
 * the others'. The actions go through the JSON API; the page then shows the outcome.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ParticipantWishesPage {

    /** The outcomes the page announces after an action, named in its address ({@code ?done=}). */
    static final Set<String> OUTCOMES = Set.of("withdrawn", "accepted", "declined");

    /** A wish with the labels of the sessions it names. */
    public record WishItem(WishView wish, String sessions) {

        public boolean cancelled() {
            return wish.status() == RequestStatus.CANCELLED;
        }

        public boolean accepted() {
            return wish.status() == RequestStatus.ACCEPTED;
        }

        public boolean declined() {
            return wish.status() == RequestStatus.DECLINED;
        }

        /** Declined by the event's expiry rule, not by its receiver: the page says "expired". */
        public boolean expired() {
            return wish.expiredAt() != null;
        }
    }

    /** What the rules allow, with how many wishes the participant has standing. */
    public record Allowance(Integer cap, long standing, boolean acceptanceRequired) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance wishes(PageFrame frame, ParticipantSpace space, Allowance allowance,
                List<WishItem> sent, List<WishItem> received, String done);
    }

    private final ParticipantSpaces spaces;
    private final WishService wishes;

    public ParticipantWishesPage(ParticipantSpaces spaces, WishService wishes) {
        this.spaces = spaces;
        this.wishes = wishes;
    }

    @GET
    @Path("participant/wishes")
    @Access(AccessRule.PARTICIPANT)
    @Operation(hidden = true)
    @ResponseHeader(name = HttpHeaders.CACHE_CONTROL, value = ParticipantSpace.NO_STORE)
    public TemplateInstance wishes(@QueryParam("done") String done) {
        ParticipantSpaces.Page current = spaces.current();
        PageFrame frame = current.frame();
        ParticipantSpace space = current.space();
        WishesView mine = wishes.list(space.eventId(), space.me().id());
        Map<String, String> labels = space.sessions().stream()
                .collect(Collectors.toMap(SessionChoice::id, SessionChoice::label));
        Function<WishView, WishItem> item = wish -> new WishItem(wish, wish.sessions() == null ? null
                : wish.sessions().stream().map(s -> labels.getOrDefault(s, s)).collect(Collectors.joining("; ")));
        long standing = mine.sent().stream()
                .filter(w -> w.status() == RequestStatus.PENDING || w.status() == RequestStatus.ACCEPTED).count();
        Allowance allowance = new Allowance(space.rules().maxWishesPerParticipant(), standing,
                space.rules().acceptanceRequired());
        return Templates.wishes(frame, space, allowance, mine.sent().stream().map(item).toList(),
                mine.received().stream().map(item).toList(), done != null && OUTCOMES.contains(done) ? done : null)
                .setLocale(frame.locale());
    }
}
