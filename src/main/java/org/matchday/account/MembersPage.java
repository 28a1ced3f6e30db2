package org.matchday.account;

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
import org.matchday.event.EventService;
import org.matchday.event.EventSummary;
import org.matchday.event.MemberService;
import org.matchday.event.MemberView;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.web.PageFrame;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An event's people: its organisers and staff, adding an account by its username and removing one. The page calls
 * the members API; the accounts not yet members are offered as suggestions.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class MembersPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance members(PageFrame frame, EventSummary event, List<MemberView> members,
                List<AccountView> candidates);
    }

    private final EventService events;
    private final MemberService members;
    private final AccountService accounts;
    private final RoutingContext context;
    private final SecurityIdentity identity;

    public MembersPage(EventService events, MemberService members, AccountService accounts, RoutingContext context,
            SecurityIdentity identity) {
        this.events = events;
        this.members = members;
        this.accounts = accounts;
        this.context = context;
        this.identity = identity;
    }

    @GET
    @Path("events/{eventId}/members")
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(hidden = true)
    public TemplateInstance members(@PathParam("eventId") long eventId) {
        PageFrame frame = PageFrame.of(context, identity);
        EventSummary event = events.get(eventId);
        List<MemberView> current = members.list(eventId);
        Set<String> joined = current.stream().map(MemberView::username).collect(Collectors.toSet());
        List<AccountView> candidates = accounts.list().stream()
                .filter(a -> a.enabled() && !joined.contains(a.username())).toList();
        return Templates.members(frame, event, current, candidates).setLocale(frame.locale());
    }
}
