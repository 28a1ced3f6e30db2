package org.matchday.participant;

import org.matchday.web.PageFrame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.matchday.format.ParticipantDoc;
import org.matchday.format.TableDoc;
import org.matchday.event.EventSummary;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.event.EventContentService;
import org.matchday.event.EventService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The organiser's participant list: the directory search (first page rendered here, later ones from the API),
 * adding and editing participants, importing a sheet, and issuing personal links.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ParticipantsPage {

    static final int PAGE_SIZE = 25;

    /** The search as asked, and the page of matches it found. */
    public record Search(String q, String group, String country, String sector, int page, int size, int total,
            List<ParticipantDoc> items) {

        public int first() {
            return total == 0 ? 0 : page * size + 1;
        }

        public int last() {
            return Math.min(total, (page + 1) * size);
        }

        public int pages() {
            return Math.max(1, (total + size - 1) / size);
        }

        /** The counts as the texts show them (texts take strings, so that scripts can fill them in too). */
        public String firstText() {
            return String.valueOf(first());
        }

        public String lastText() {
            return String.valueOf(last());
        }

        public String totalText() {
            return String.valueOf(total);
        }

        public String pageText() {
            return String.valueOf(page + 1);
        }

        public String pagesText() {
            return String.valueOf(pages());
        }

        public String previousQuery() {
            return query(Math.max(0, page - 1));
        }

        public String nextQuery() {
            return query(page + 1);
        }

        /** The same search at another page, as a query string (for browsers without scripts). */
        private String query(int other) {
            StringBuilder query = new StringBuilder("?page=").append(other);
            for (String[] parameter : new String[][] {{"q", q}, {"group", group}, {"country", country},
                    {"sector", sector}}) {
                if (!parameter[1].isEmpty()) {
                    query.append('&').append(parameter[0]).append('=')
                            .append(URLEncoder.encode(parameter[1], StandardCharsets.UTF_8));
                }
            }
            return query.toString();
        }
    }

    /** The values the filters offer: the groups, countries and sectors the participants have. */
    public record Filters(List<String> groups, List<String> countries, List<String> sectors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance participants(PageFrame frame, EventSummary event, Search search,
                Filters filters, List<TableDoc> tables);
    }

    private final EventService events;
    private final EventContentService content;
    private final ProfileService profiles;
    private final RoutingContext context;
    private final SecurityIdentity identity;

    public ParticipantsPage(EventService events, EventContentService content, ProfileService profiles,
            RoutingContext context, SecurityIdentity identity) {
        this.events = events;
        this.content = content;
        this.profiles = profiles;
        this.context = context;
        this.identity = identity;
    }

    @GET
    @Path("events/{eventId}/participants")
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("eventId") long eventId, @QueryParam("q") String q,
            @QueryParam("group") String group, @QueryParam("country") String country,
            @QueryParam("sector") String sector, @QueryParam("page") Integer page) {
        PageFrame frame = PageFrame.of(context, identity);
        int pageIndex = page == null || page < 0 ? 0 : page;
        DirectoryQuery query = new DirectoryQuery(blankToNull(q), blankToNull(group), blankToNull(country),
                blankToNull(sector), null, pageIndex, PAGE_SIZE);
        DirectoryQuery.Page found = profiles.search(eventId, query);
        Search search = new Search(nullToEmpty(q), nullToEmpty(group), nullToEmpty(country), nullToEmpty(sector),
                pageIndex, PAGE_SIZE, found.total(), found.items());
        List<ParticipantDoc> everyone = content.participants(eventId);
        Filters filters = new Filters(distinct(everyone, p -> Stream.ofNullable(p.group())),
                distinct(everyone, p -> Stream.ofNullable(p.country())),
                distinct(everyone, p -> p.sectors() == null ? Stream.empty() : p.sectors().stream()));
        return Templates.participants(frame, events.get(eventId), search, filters, content.tables(eventId))
                .setLocale(frame.locale());
    }

    private static List<String> distinct(Collection<ParticipantDoc> participants,
            Function<ParticipantDoc, Stream<String>> values) {
        return participants.stream().flatMap(values).filter(Objects::nonNull).distinct().sorted().toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.trim();
    }
}
