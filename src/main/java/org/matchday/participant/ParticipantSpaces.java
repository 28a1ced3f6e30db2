package org.matchday.participant;

import org.matchday.web.PageFrame;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.matchday.domain.EventPhase;
import org.matchday.domain.MatchmakingRules;
import org.matchday.export.ExportText;
import org.matchday.format.EventDocument;
import org.matchday.format.ParticipantDoc;
import org.matchday.format.SessionDoc;
import org.matchday.security.Caller;
import org.matchday.event.EventContentService;
import org.matchday.participant.ParticipantSpace.SessionChoice;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What every page of a participant starts from: the frame of the current request, and the participant's
 * {@link ParticipantSpace} read from its event in one load.
 */
@ApplicationScoped
public class ParticipantSpaces {

    private final EventContentService content;
    private final RoutingContext context;
    private final SecurityIdentity identity;

    public ParticipantSpaces(EventContentService content, RoutingContext context, SecurityIdentity identity) {
        this.content = content;
        this.context = context;
        this.identity = identity;
    }

    /** The current participant's page: its frame, the event document as it reads it, and the space it makes. */
    public record Page(PageFrame frame, EventDocument document, ParticipantSpace space) {
    }

    /** The page of the participant making the current request. */
    public Page current() {
        PageFrame frame = PageFrame.of(context, identity);
        Caller caller = Caller.of(identity);
        long eventId = caller.participantEventId();
        EventDocument document = content.document(eventId);
        ParticipantDoc me = document.participants().stream().filter(p -> p.id().equals(caller.participantCode()))
                .findFirst().orElseThrow();
        ExportText words = ExportText.forTag(frame.lang()).orElse(ExportText.ENGLISH);
        List<SessionDoc> sessions = document.sessions() == null ? List.of() : document.sessions().stream()
                .sorted(Comparator.comparing(SessionDoc::date).thenComparing(SessionDoc::start)).toList();
        List<SessionChoice> choices = sessions.stream().map(s -> new SessionChoice(s.id(), label(s, words),
                s.start(), s.end())).toList();
        List<LocalDate> days = sessions.stream().map(s -> LocalDate.parse(s.date())).distinct().toList();
        MatchmakingRules rules = document.rules() == null ? MatchmakingRules.DEFAULT : document.rules().toRules();
        EventPhase phase = document.phase() == null ? EventPhase.DRAFT : document.phase();
        return new Page(frame, document, new ParticipantSpace(eventId, document.name(), document.venue(),
                document.timezone(), words.dates(days), phase, rules, me, choices));
    }

    /** "Afternoon matchmaking · Tue 5 Jun 2018 · 13:30–15:10". */
    private static String label(SessionDoc session, ExportText words) {
        String when = words.shortDay(LocalDate.parse(session.date())) + " \u00b7 " + session.start() + "\u2013"
                + session.end();
        return session.name() == null || session.name().isBlank() ? when : session.name() + " \u00b7 " + when;
    }
}
