package org.matchday.participant;

import org.matchday.problem.ProblemCode;
import org.matchday.persistence.EventData;
import org.matchday.event.EventContentService;
import org.matchday.event.EventService;
import org.matchday.event.PhaseService;
import org.matchday.persistence.ReportCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Event;
import org.matchday.domain.Participant;
import org.matchday.format.EventDocumentValidator;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.format.ParticipantDoc;
import org.matchday.mapping.EventExporter;
import org.matchday.persistence.ContentStamp;

import java.util.List;
import java.util.Objects;

/**
 * What participants change of themselves through their personal links: their profile and their availability. Both
 * go through the same checks as an organiser's edit, in the phases where they make sense.
 */
@ApplicationScoped
public class ProfileService {

    private final EventContentService content;
    private final EventDocumentValidator validator;
    /** Kept while the event's participant rows, all that the directory shows, stay the same. */
    private final ReportCache<DirectoryQuery.Directory> directories = new ReportCache<>(ContentStamp::ofParticipants);

    public ProfileService(EventContentService content, EventDocumentValidator validator) {
        this.content = content;
        this.validator = validator;
    }

    @Transactional
    public ParticipantDoc updateProfile(long eventId, String code, ProfileInput profile, boolean byParticipant) {
        InvalidDocumentException.throwIfAny(ProblemCode.PROBLEMS_PROFILE, validator.validateFields(profile, "$"));
        Event event = EventData.lockEvent(eventId);
        ParticipantDoc current = content.participant(eventId, code);
        if (byParticipant) {
            PhaseService.require(event.phase.allowsProfileEdits(), event, ProblemCode.ACTION_EDIT_PROFILE.with(),
                    ProblemCode.WHEN_UNTIL_PUBLISHED.with());
            PhaseService.require(Objects.equals(current.group(), profile.group()) || event.phase.allowsGroupChanges(),
                    event, ProblemCode.ACTION_CHANGE_GROUP.with(), ProblemCode.WHEN_BEFORE_WISHES.with());
        }
        ParticipantDoc changed = new ParticipantDoc(current.id(), current.name(), profile.organisation(),
                profile.group(), profile.country(), profile.sectors(), current.availability(), current.maxMeetings(),
                current.table(), profile.description(), profile.offers(), profile.seeks(), profile.languages(),
                profile.email(), current.attendance(), profile.version() == null ? current.version()
                : profile.version());
        return content.updateParticipant(eventId, code, changed);
    }

    @Transactional
    public ParticipantDoc updateAvailability(long eventId, String code, AvailabilityInput input,
            boolean byParticipant) {
        InvalidDocumentException.throwIfAny(ProblemCode.PROBLEMS_AVAILABILITY, validator.validateFields(input, "$"));
        Event event = EventData.lockEvent(eventId);
        if (byParticipant) {
            PhaseService.require(event.phase.allowsAvailabilityEdits(), event, ProblemCode.ACTION_CHANGE_AVAILABILITY.with(),
                    ProblemCode.WHEN_UNTIL_WISHES_CLOSE.with());
        }
        ParticipantDoc current = content.participant(eventId, code);
        ParticipantDoc changed = new ParticipantDoc(current.id(), current.name(), current.organisation(),
                current.group(), current.country(), current.sectors(), input.availability(), current.maxMeetings(),
                current.table(), current.description(), current.offers(), current.seeks(), current.languages(),
                current.email(), current.attendance(), input.version() == null ? current.version() : input.version());
        return content.updateParticipant(eventId, code, changed);
    }

    @Transactional
    public DirectoryQuery.Page search(long eventId, DirectoryQuery query) {
        return query.apply(directories.get(eventId, () -> directory(eventId)));
    }

    /** Every participant as the event document lists it; participants browse it by the hundred at once. */
    private static DirectoryQuery.Directory directory(long eventId) {
        EventData.event(eventId);
        return DirectoryQuery.Directory.of(Participant.<Participant>list("select p from Participant p"
                + " left join fetch p.table where p.event.id = ?1 order by p.id", eventId).stream()
                .map(p -> EventExporter.participant(p, true)).toList());
    }
}
