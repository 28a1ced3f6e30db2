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
import org.matchday.format.EventDocument;
import org.matchday.format.ParticipantDoc;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.participant.DirectoryQuery;
import org.matchday.participant.ParticipantProfilePage.Option;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The participant directory as a participant searches it: words and filters, a page of public profiles at a time
 * (the same search as {@code GET /api/events/{eventId}/participants}), and from each result a wish to meet.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ParticipantPartnersPage {

    static final int PAGE_SIZE = 10;
    private static final Set<String> SORTS = Set.of("name", "organisation", "country", "group");
    private static final Set<RequestStatus> STANDING = EnumSet.of(RequestStatus.PENDING, RequestStatus.ACCEPTED);

    /** What the search asked for, echoed in the form and kept across pages. */
    public record Search(String q, String group, String country, String sector, String sort) {
    }

    /**
     * One result: the public profile, whether it is the participant itself, the standing wish it sent to this one
     * and the one it received from it, if any, and whether a wish to it can be sent now.
     */
    public record Partner(ParticipantDoc profile, String countryName, boolean me, WishView sent, WishView received,
            boolean askable) {

        public String sectors() {
            return profile.sectors() == null ? "" : String.join(", ", profile.sectors());
        }

        public String languages() {
            return profile.languages() == null ? "" : String.join(", ", profile.languages());
        }
    }

    /** Where the search stands: the total, the page shown and the links to its neighbours. */
    public record Paging(int total, int page, int pages, String previous, String next) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance partners(PageFrame frame, ParticipantSpace space, Search search,
                List<Option> groups, List<Option> countries, List<Option> sectors, List<Option> sorts,
                List<Partner> partners, Paging paging);
    }

    private final ParticipantSpaces spaces;
    private final WishService wishes;

    public ParticipantPartnersPage(ParticipantSpaces spaces, WishService wishes) {
        this.spaces = spaces;
        this.wishes = wishes;
    }

    @GET
    @Path("participant/partners")
    @Access(AccessRule.PARTICIPANT)
    @Operation(hidden = true)
    @ResponseHeader(name = HttpHeaders.CACHE_CONTROL, value = ParticipantSpace.NO_STORE)
    public TemplateInstance partners(@QueryParam("q") String q, @QueryParam("group") String group,
            @QueryParam("country") String country, @QueryParam("sector") String sector,
            @QueryParam("sort") String sort, @QueryParam("page") String page) {
        ParticipantSpaces.Page current = spaces.current();
        PageFrame frame = current.frame();
        ParticipantSpace space = current.space();
        EventDocument document = current.document();
        Search search = new Search(blankToNull(q), blankToNull(group), blankToNull(country), blankToNull(sector),
                sort != null && SORTS.contains(sort) ? sort : "name");
        int pageNumber = Math.max(0, parse(page));
        DirectoryQuery.Page found = new DirectoryQuery(search.q(), search.group(), search.country(), search.sector(),
                search.sort(), pageNumber, PAGE_SIZE).apply(document.participants());
        int pages = Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);

        WishesView mine = wishes.list(space.eventId(), space.me().id());
        Map<String, WishView> sent = standingBy(mine.sent(), WishView::to);
        Map<String, WishView> received = standingBy(mine.received(), WishView::from);
        Locale locale = frame.locale();
        List<Partner> partners = found.items().stream().map(p -> {
            boolean me = p.id().equals(space.me().id());
            WishView asked = sent.get(p.id());
            WishView askedMe = received.get(p.id());
            // A standing wish either way already asks for the meeting.
            return new Partner(p.publicProfile(), countryName(p.country(), locale), me, asked, askedMe,
                    !me && space.canWish() && asked == null && askedMe == null);
        }).toList();

        List<ParticipantDoc> everybody = document.participants();
        List<Option> groups = options(everybody.stream().map(ParticipantDoc::group).toList(), search.group(),
                Function.identity(), locale);
        List<Option> countries = options(everybody.stream().map(ParticipantDoc::country).toList(), search.country(),
                code -> countryName(code, locale), locale);
        List<Option> sectors = options(everybody.stream().flatMap(p -> p.sectors() == null ? null
                : p.sectors().stream()).toList(), search.sector(), Function.identity(), locale);
        Paging paging = new Paging(found.total(), pageNumber + 1, pages,
                pageNumber > 0 ? link(search, pageNumber - 1) : null,
                pageNumber + 1 < pages ? link(search, pageNumber + 1) : null);
        return Templates.partners(frame, space, search, groups, countries, sectors, sorts(search.sort()), partners,
                paging).setLocale(locale);
    }

    /** The values present, each once, named by {@code label} and sorted as the page's language sorts. */
    private static List<Option> options(List<String> values, String selected, Function<String, String> label,
            Locale locale) {
        Collator collator = Collator.getInstance(locale);
        TreeSet<String> distinct = new TreeSet<>();
        values.stream().filter(Objects::nonNull).forEach(distinct::add);
        List<Option> options = new ArrayList<>(distinct.stream()
                .map(value -> new Option(value, label.apply(value), value.equals(selected))).toList());
        options.sort(Comparator.comparing(Option::label, collator));
        return options;
    }

    /** The sort keys offered; their labels come from the page's messages. */
    private static List<Option> sorts(String selected) {
        return List.of("name", "organisation", "country", "group").stream()
                .map(key -> new Option(key, key, key.equals(selected))).toList();
    }

    private static Map<String, WishView> standingBy(List<WishView> wishes, Function<WishView, String> other) {
        Map<String, WishView> byOther = new LinkedHashMap<>();
        wishes.stream().filter(w -> STANDING.contains(w.status())).forEach(w -> byOther.put(other.apply(w), w));
        return byOther;
    }

    static String countryName(String code, Locale locale) {
        return code == null ? null : new Locale("", code).getDisplayCountry(locale);
    }

    private static String link(Search search, int page) {
        StringBuilder url = new StringBuilder("/participant/partners?page=").append(page);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", search.q());
        parameters.put("group", search.group());
        parameters.put("country", search.country());
        parameters.put("sector", search.sector());
        parameters.put("sort", search.sort());
        parameters.forEach((name, value) -> {
            if (value != null) {
                url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return url.toString();
    }

    private static int parse(String number) {
        try {
            return number == null ? 0 : Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
