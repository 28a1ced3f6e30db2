package org.matchday.participant;

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
import org.matchday.format.AvailabilityDoc;
import org.matchday.format.EventDocument;
import org.matchday.format.ParticipantDoc;
import org.matchday.format.RulesDoc;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A participant's profile (what others see of it, and its e-mail address) and availability (the windows of the
 * sessions in which it can meet), each editable in the phases that allow it; saving goes through the JSON API.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ParticipantProfilePage {

    /** A choice of a select: its value, what it shows, and whether it is the current one. */
    public record Option(String value, String label, boolean selected) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(PageFrame frame, ParticipantSpace space, List<Option> groups,
                List<Option> countries, String sectors, String languages, boolean anyTime,
                List<AvailabilityDoc> windows);
    }

    private final ParticipantSpaces spaces;

    public ParticipantProfilePage(ParticipantSpaces spaces) {
        this.spaces = spaces;
    }

    @GET
    @Path("participant/profile")
    @Access(AccessRule.PARTICIPANT)
    @Operation(hidden = true)
    @ResponseHeader(name = HttpHeaders.CACHE_CONTROL, value = ParticipantSpace.NO_STORE)
    public TemplateInstance profile() {
        ParticipantSpaces.Page current = spaces.current();
        PageFrame frame = current.frame();
        ParticipantSpace space = current.space();
        ParticipantDoc me = space.me();
        List<AvailabilityDoc> windows = me.availability() == null ? List.of() : me.availability();
        return Templates.profile(frame, space, groups(current.document(), me.group()),
                countries(frame.locale(), me.country()), join(me.sectors()), join(me.languages()),
                me.availability() == null, windows).setLocale(frame.locale());
    }

    /** The groups the rules name and participants have, so that a participant picks one the rules know. */
    static List<Option> groups(EventDocument document, String current) {
        TreeSet<String> names = new TreeSet<>();
        RulesDoc rules = document.rules();
        if (rules != null && rules.allowedPairs() != null) {
            rules.allowedPairs().forEach(pair -> names.addAll(List.of(pair.from(), pair.to())));
        }
        document.participants().stream().map(ParticipantDoc::group).filter(Objects::nonNull).forEach(names::add);
        if (current != null) {
            names.add(current);
        }
        return names.stream().map(name -> new Option(name, name, name.equals(current))).toList();
    }

    /** Every ISO country, named in the page's language and sorted as that language sorts. */
    static List<Option> countries(Locale locale, String current) {
        Collator collator = Collator.getInstance(locale);
        List<Option> options = new ArrayList<>(Stream.of(Locale.getISOCountries())
                .map(code -> new Option(code, new Locale("", code).getDisplayCountry(locale), code.equals(current)))
                .toList());
        options.sort(Comparator.comparing(Option::label, collator));
        return options;
    }

    private static String join(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }
}
