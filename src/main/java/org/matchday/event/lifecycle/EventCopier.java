package org.matchday.event.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Event;
import org.matchday.domain.suggestion.SuggestionSettings;
import org.matchday.problem.ProblemCode;
import org.matchday.event.EventImporter;
import org.matchday.format.EventDocument;
import org.matchday.format.EventDocumentValidator;
import org.matchday.format.ParticipantDoc;
import org.matchday.format.SessionDoc;
import org.matchday.format.TextFormats;
import org.matchday.mapping.EventExporter;
import org.matchday.problem.InvalidDocumentException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Starts a new event from an earlier one: its settings, rules, sessions (moved to the new dates) and tables, and on
 * request its participants; never wishes, meetings or a publication, and the copy starts in DRAFT. The copy is
 * imported as a new document, so it is checked and stored all or nothing like any import.
 */
@ApplicationScoped
public class EventCopier {

    private final EventExporter exporter;
    private final EventImporter importer;
    private final EventDocumentValidator validator;

    public EventCopier(EventExporter exporter, EventImporter importer, EventDocumentValidator validator) {
        this.exporter = exporter;
        this.importer = importer;
        this.validator = validator;
    }

    /** Answers the new event's id; the caller becomes its organiser. */
    @Transactional
    public long copy(long sourceEventId, EventCopyInput input, long ownerAccountId) {
        InvalidDocumentException.throwIfAny(ProblemCode.PROBLEMS_COPY, validator.validateFields(input, "$"));
        EventDocument source = exporter.export(sourceEventId).normalised();
        long days = shift(source.sessions(), input.firstDate());
        List<SessionDoc> sessions = source.sessions().stream().map(s -> new SessionDoc(s.id(), s.name(),
                TextFormats.date(s.date()).plusDays(days).toString(), s.start(), s.end(), s.meetingMinutes(),
                s.gapMinutes(), s.breaks(), null)).toList();
        List<ParticipantDoc> participants = input.withParticipants()
                ? source.participants().stream().map(EventCopier::expected).toList() : List.of();
        EventDocument copy = new EventDocument(EventDocument.FORMAT, input.name().strip(), source.timezone(),
                source.venue(), null, source.rules(), source.minimumMeetings(), sessions, source.tables(),
                participants, List.of(), List.of(), List.of());
        long id = importer.importEvent(copy, ownerAccountId);
        copySuggestionSettings(sourceEventId, id);
        // Like the suggestions' settings, an event setting the event document leaves out.
        Event.<Event>findById(id).selfCheckIn = Event.<Event>findById(sourceEventId).selfCheckIn;
        if (input.nextEdition()) {
            Event.<Event>findById(id).previousEditionId = sourceEventId;
        }
        return id;
    }

    /**
     * The bilingual sector list and the nudge switches go along: they are the organiser's work on the event, not its
     * participants'. Not in the event document, so the import above does not bring them.
     */
    private static void copySuggestionSettings(long sourceEventId, long copyId) {
        SuggestionSettings source = SuggestionSettings.findById(sourceEventId);
        if (source == null) {
            return;
        }
        SuggestionSettings copy = SuggestionSettings.of(copyId);
        copy.sectors = new ArrayList<>(source.sectors);
        copy.mailNudge = source.mailNudge;
        copy.wishNudge = source.wishNudge;
        copy.persist();
    }

    /** Days from the earliest session to the new first date; 0 without one or without sessions. */
    private static long shift(List<SessionDoc> sessions, String firstDate) {
        if (firstDate == null || sessions.isEmpty()) {
            return 0;
        }
        LocalDate earliest = sessions.stream().map(s -> TextFormats.date(s.date()))
                .min(Comparator.naturalOrder()).orElseThrow();
        return ChronoUnit.DAYS.between(earliest, TextFormats.date(firstDate));
    }

    /** The participant as expected at a new event: a cancellation or no-show of the earlier one does not carry over. */
    private static ParticipantDoc expected(ParticipantDoc p) {
        return new ParticipantDoc(p.id(), p.name(), p.organisation(), p.group(), p.country(), p.sectors(),
                p.availability(), p.maxMeetings(), p.table(), p.description(), p.offers(), p.seeks(), p.languages(),
                p.email(), null, null);
    }
}
