package org.matchday.outcome;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.matchday.domain.PairKey;
import org.matchday.domain.Participant;
import org.matchday.domain.Publication;
import org.matchday.domain.PublishedMeeting;
import org.matchday.domain.outcome.AgreementKind;
import org.matchday.domain.outcome.MeetingHeld;
import org.matchday.event.EventHeading;
import org.matchday.export.ExportText;
import org.matchday.persistence.EventData;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.web.PageFrame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome report for organisers and staff: the totals and breakdowns of the JSON report, links to the workbook
 * and the PDF, the survey mails (organisers), and the published meetings with a "took place" box that staff tick
 * from the table sheets.
 */
@Path("/events/{eventId}/outcomes")
@Produces(MediaType.TEXT_HTML)
public class OutcomesPage {

    /** A published meeting as the "took place" list shows it. */
    public record HeldRow(String url, String time, String table, String names, boolean held) {
    }

    /** One kind of agreement and how many meetings reached one. */
    public record KindRow(AgreementKind kind, int count) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance outcomes(PageFrame frame, EventHeading event, OutcomeReport report,
                List<KindRow> kinds, List<HeldRow> meetings);
    }

    private final OutcomeReportService reports;
    private final RoutingContext context;
    private final SecurityIdentity identity;

    public OutcomesPage(OutcomeReportService reports, RoutingContext context, SecurityIdentity identity) {
        this.reports = reports;
        this.context = context;
        this.identity = identity;
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Operation(hidden = true)
    @Transactional
    public TemplateInstance outcomes(@PathParam("eventId") long eventId) {
        PageFrame frame = PageFrame.of(context, identity);
        EventHeading event = EventHeading.of(EventData.event(eventId));
        OutcomeReport report = null;
        List<KindRow> kinds = new ArrayList<>();
        List<HeldRow> meetings = new ArrayList<>();
        if (Publication.latest(eventId) != null) {
            report = reports.report(eventId);
            for (AgreementKind kind : AgreementKind.values()) {
                kinds.add(new KindRow(kind, report.agreementsByKind().getOrDefault(kind, 0)));
            }
            meetings = meetings(eventId);
        }
        return Templates.outcomes(frame, event, report, kinds, meetings).setLocale(frame.locale());
    }

    private static List<HeldRow> meetings(long eventId) {
        Map<String, String> names = new HashMap<>();
        Participant.<Participant>list("event.id", eventId).forEach(p -> names.put(p.code, p.name));
        Set<PairKey> held = new HashSet<>();
        MeetingHeld.ofEvent(eventId).forEach(h -> held.add(h.pair()));
        List<HeldRow> rows = new ArrayList<>();
        for (PublishedMeeting m : PublishedPairs.of(eventId).values()) {
            PairKey pair = m.pairKey();
            rows.add(new HeldRow("/api/events/" + eventId + "/meetings/" + pair.first() + "/" + pair.second()
                    + "/held", ExportText.isoDay(m.start.toLocalDate()) + " " + ExportText.range(m.start, m.end),
                    m.table, names.getOrDefault(pair.first(), pair.first()) + " & "
                            + names.getOrDefault(pair.second(), pair.second()), held.contains(pair)));
        }
        return rows;
    }
}
