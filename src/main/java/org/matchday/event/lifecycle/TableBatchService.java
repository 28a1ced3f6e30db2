package org.matchday.event.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.problem.ProblemCode;
import org.matchday.domain.Event;
import org.matchday.domain.EventTable;
import org.matchday.domain.Participant;
import org.matchday.format.EventDocument;
import org.matchday.format.EventDocumentValidator;
import org.matchday.format.TableDoc;
import org.matchday.format.TextFormats;
import org.matchday.mapping.EventExporter;
import org.matchday.persistence.EventData;
import org.matchday.problem.ConflictException;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.problem.UnknownIdException;
import org.matchday.problem.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Tables in bulk, and who hosts each: changes checked in full first and stored all or nothing. */
@ApplicationScoped
public class TableBatchService {

    private final EventDocumentValidator validator;

    public TableBatchService(EventDocumentValidator validator) {
        this.validator = validator;
    }

    /** Adds every table of the batch, or none when one id is malformed or taken. */
    @Transactional
    public List<TableDoc> add(long eventId, TableBatchInput input) {
        List<Violation> violations = new ArrayList<>(validator.validateFields(input, "$"));
        String pattern = input.patternOrDefault();
        if (pattern.indexOf(TableBatchInput.NUMBER) < 0
                || pattern.indexOf(TableBatchInput.NUMBER) != pattern.lastIndexOf(TableBatchInput.NUMBER)) {
            violations.add(Violation.of("$.pattern", ProblemCode.TABLES_PATTERN_FIELD,
                    "marker", TableBatchInput.NUMBER));
        }
        InvalidDocumentException.throwIfAny(ProblemCode.PROBLEMS_TABLE_BATCH, violations);
        List<String> ids = input.ids();
        ids.stream().filter(id -> !TextFormats.isCode(id)).findFirst().ifPresent(id -> violations.add(Violation.of(
                "$.pattern", ProblemCode.TABLES_NOT_AN_ID_FIELD, "id", id)));
        InvalidDocumentException.throwIfAny(ProblemCode.PROBLEMS_TABLE_BATCH, violations);

        Event event = EventData.lockEvent(eventId);
        Set<String> taken = EventTable.<EventTable>list("event.id", eventId).stream().map(t -> t.code)
                .collect(Collectors.toSet());
        List<String> clashes = ids.stream().filter(taken::contains).toList();
        if (!clashes.isEmpty()) {
            throw new ConflictException(ProblemCode.TABLES_EXIST.with(), clashes.stream()
                    .map(id -> Violation.of("$.pattern", ProblemCode.TABLES_EXIST_FIELD, "id", id)).toList());
        }
        if (taken.size() + ids.size() > EventDocument.MAX_TABLES) {
            throw InvalidDocumentException.of(ProblemCode.PROBLEMS_TABLE_BATCH, List.of(Violation.of("$.count",
                    ProblemCode.TABLES_TOO_MANY_FIELD, "max", EventDocument.MAX_TABLES)));
        }
        List<EventTable> added = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            EventTable table = new EventTable();
            table.event = event;
            table.code = ids.get(i);
            table.name = input.name(i);
            table.persist();
            added.add(table);
        }
        Event.getEntityManager().flush();
        return added.stream().map(t -> EventExporter.table(t, true)).toList();
    }

    /**
     * Makes the table the fixed table of the participant, which leaves its former fixed table, and of nobody else;
     * with no participant, the table has no host any more.
     */
    @Transactional
    public TableHostInput host(long eventId, String tableCode, TableHostInput input) {
        InvalidDocumentException.throwIfAny(ProblemCode.PROBLEMS_BODY, validator.validateFields(input, "$"));
        EventData.lockEvent(eventId);
        EventTable table = EventTable.<EventTable>find("event.id = ?1 and code = ?2", eventId, tableCode)
                .firstResultOptional().orElseThrow(() -> new UnknownIdException(ProblemCode.TABLE_UNKNOWN_IN.with("code",
                        tableCode, "event", eventId)));
        Participant host = null;
        if (input.participant() != null) {
            host = Participant.<Participant>find("event.id = ?1 and code = ?2", eventId, input.participant())
                    .firstResult();
            if (host == null) {
                throw InvalidDocumentException.of(ProblemCode.PROBLEMS_BODY, List.of(Violation.of("$.participant",
                        ProblemCode.PARTICIPANT_UNKNOWN_FIELD, "code", input.participant())));
            }
        }
        for (Participant former : Participant.<Participant>list("table", table)) {
            if (former != host) {
                former.table = null;
            }
        }
        if (host != null) {
            host.table = table;
        }
        Event.getEntityManager().flush();
        return new TableHostInput(host == null ? null : host.code);
    }
}
