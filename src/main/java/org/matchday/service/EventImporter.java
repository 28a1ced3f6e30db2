package org.matchday.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Event;
import org.matchday.format.EventDocument;
import org.matchday.format.EventDocumentValidator;
import org.matchday.format.InvalidDocumentException;
import org.matchday.format.Violation;
import org.matchday.mapping.EventAssembler;

import java.util.List;

/** Stores a whole event from its document, all or nothing. */
@ApplicationScoped
public class EventImporter {

    private final EventDocumentValidator validator;
    private final MemberService members;

    public EventImporter(EventDocumentValidator validator, MemberService members) {
        this.validator = validator;
        this.members = members;
    }

    /**
     * Validates and stores {@code document}, owned by the account {@code ownerAccountId} (none for the bundled
     * samples, which only the administrator sees); answers the new event's id. Nothing is stored when it is invalid.
     */
    @Transactional
    public long importEvent(EventDocument document, Long ownerAccountId) {
        List<Violation> violations = validator.validate(document);
        InvalidDocumentException.throwIfAny("The event document has", violations);
        Event event = EventAssembler.assemble(document, Panache.getEntityManager()::persist).event();
        if (ownerAccountId != null) {
            members.join(event.id, ownerAccountId);
        }
        return event.id;
    }
}
