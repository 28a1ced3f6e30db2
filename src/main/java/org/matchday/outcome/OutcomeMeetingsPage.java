package org.matchday.outcome;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseHeader;
import org.matchday.domain.Event;
import org.matchday.domain.PairKey;
import org.matchday.domain.Participant;
import org.matchday.domain.Publication;
import org.matchday.domain.PublishedMeeting;
import org.matchday.domain.outcome.AgreementKind;
import org.matchday.domain.outcome.Interest;
import org.matchday.domain.outcome.MeetingFeedback;
import org.matchday.domain.outcome.OutcomeStatus;
import org.matchday.export.ExportText;
import org.matchday.participant.ParticipantSpace;
import org.matchday.participant.ParticipantSpaces;
import org.matchday.persistence.EventData;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.web.PageFrame;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A participant's "After the meetings" page: for each of its published meetings that is over, the feedback form
 * (did it take place, rating, interest, private note) and the follow-up form (what came of it), filled with what it
 * answered before. Both forms are partial templates of their own and call the API through the participant's link.
 */
@Path("/participant/meetings")
@Produces(MediaType.TEXT_HTML)
public class OutcomeMeetingsPage {

    /** One past meeting and the participant's own answers. */
    public record Row(String url, String partner, String organisation, String time, String table, Boolean held,
            Integer rating, Interest interest, String note, OutcomeStatus status, List<AgreementKind> kinds,
            String story, boolean publishStory) {

        public boolean hasKind(AgreementKind kind) {
            return kinds.contains(kind);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance meetings(PageFrame frame, ParticipantSpace space, boolean published,
                List<Row> meetings, List<Integer> ratings, List<Interest> interests, List<OutcomeStatus> statuses,
                List<AgreementKind> kinds);
    }

    private final ParticipantSpaces spaces;
    private final Clock clock;

    public OutcomeMeetingsPage(ParticipantSpaces spaces, Clock clock) {
        this.spaces = spaces;
        this.clock = clock;
    }

    @GET
    @Access(AccessRule.PARTICIPANT)
    @Operation(hidden = true)
    @ResponseHeader(name = HttpHeaders.CACHE_CONTROL, value = ParticipantSpace.NO_STORE)
    @Transactional
    public TemplateInstance meetings() {
        ParticipantSpaces.Page current = spaces.current();
        ParticipantSpace space = current.space();
        Publication publication = Publication.latest(space.eventId());
        List<Row> rows = publication == null ? List.of() : rows(space);
        return Templates.meetings(current.frame(), space, publication != null, rows, List.of(1, 2, 3, 4, 5),
                List.of(Interest.values()), List.of(OutcomeStatus.values()), List.of(AgreementKind.values()))
                .setLocale(current.frame().locale());
    }

    private List<Row> rows(ParticipantSpace space) {
        long eventId = space.eventId();
        String me = space.me().id();
        Event event = EventData.event(eventId);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), event.zone());
        Map<String, Participant> people = new HashMap<>();
        Participant.<Participant>list("event.id", eventId).forEach(p -> people.put(p.code, p));
        Map<PairKey, MeetingFeedback> mine = new HashMap<>();
        MeetingFeedback.<MeetingFeedback>list("eventId = ?1 and author = ?2", eventId, me)
                .forEach(f -> mine.put(f.pair(), f));
        List<Row> rows = new ArrayList<>();
        for (PublishedMeeting m : PublishedPairs.of(eventId).values()) {
            PairKey pair = m.pairKey();
            if (!pair.first().equals(me) && !pair.second().equals(me) || m.end.isAfter(now)) {
                continue;
            }
            Participant other = people.get(pair.first().equals(me) ? pair.second() : pair.first());
            MeetingFeedback f = mine.get(pair);
            String url = "/api/events/" + eventId + "/meetings/" + pair.first() + "/" + pair.second();
            String time = ExportText.isoDay(m.start.toLocalDate()) + " " + ExportText.range(m.start, m.end);
            rows.add(new Row(url, other == null ? "?" : other.name, other == null ? null : other.organisation, time,
                    m.table, f == null ? null : f.held, f == null ? null : f.rating, f == null ? null : f.interest,
                    f == null ? null : f.note, f == null ? null : f.outcomeStatus,
                    f == null ? List.of() : f.outcomeKinds.stream().map(AgreementKind::valueOf).toList(),
                    f == null ? null : f.story, f != null && f.publishStory));
        }
        return rows;
    }
}
