package org.matchday.participant;

import org.matchday.problem.ProblemCode;
import org.matchday.problem.ProblemText;
import org.matchday.event.EventService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Event;
import org.matchday.domain.EventTable;
import org.matchday.domain.MatchmakingRules;
import org.matchday.domain.Meeting;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.PairKey;
import org.matchday.domain.Participant;
import org.matchday.domain.RequestStatus;
import org.matchday.format.EventDocument;
import org.matchday.format.EventDocumentValidator;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.format.ParticipantDoc;
import org.matchday.format.ParticipantSheet;
import org.matchday.format.RequestDoc;
import org.matchday.format.SheetFile;
import org.matchday.format.SheetFormat;
import org.matchday.format.TextFormats;
import org.matchday.problem.Violation;
import org.matchday.mapping.EventExporter;
import org.matchday.mapping.EventWriter;
import org.matchday.persistence.EventData;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Adds and updates an event's participants, and their wishes, from a CSV or Excel sheet, all or nothing
 * (docs/participant-import.md). The rows are tried on the event's document and checked by the same validator an
 * event import and every edit run, so an imported row is held to exactly the rules of the format; the validator's
 * problems are then located by the line and column of the sheet they came from.
 */
@ApplicationScoped
public class ParticipantImporter {

    private static final Pattern PARTICIPANT_PATH = Pattern.compile("\\$\\.participants\\[(\\d+)](?:\\.(\\w+))?.*");
    private static final Pattern REQUEST_PATH = Pattern.compile("\\$\\.requests\\[(\\d+)].*");
    private static final Pattern PARTICIPANT_REFERENCE = Pattern.compile("\\$\\.participants\\[(\\d+)]");

    private final EventExporter exporter;
    private final EventDocumentValidator validator;

    public ParticipantImporter(EventExporter exporter, EventDocumentValidator validator) {
        this.exporter = exporter;
        this.validator = validator;
    }

    /** Imports the sheet into the event; nothing is stored when any row breaks a rule, and every problem is listed. */
    @Transactional
    public ParticipantImportResult importSheet(long eventId, byte[] content, SheetFormat format) {
        ParticipantSheet sheet = ParticipantSheet.read(SheetFile.read(content, format));
        if (!sheet.problems().isEmpty() && sheet.rows().isEmpty()) {
            throw invalid(sheet, sheet.problems());
        }
        Event event = EventData.lockEvent(eventId);
        EventData data = EventData.load(eventId);
        Plan plan = new Plan(sheet, exporter.toDocument(data, true), event.rulesOrDefault());
        List<Violation> problems = new ArrayList<>(sheet.problems());
        problems.addAll(plan.problems);
        plan.located(validator.validate(plan.document()), problems);
        if (!problems.isEmpty()) {
            throw invalid(sheet, problems);
        }
        return write(plan, data);
    }

    private static InvalidDocumentException invalid(ParticipantSheet sheet, List<Violation> problems) {
        List<Violation> ordered = new ArrayList<>(problems);
        ordered.sort(sheet.inFileOrder());
        return new InvalidDocumentException(ProblemCode.SHEET_PROBLEMS.with("count", ordered.size()), ordered);
    }

    private static ParticipantImportResult write(Plan plan, EventData data) {
        Event event = data.event();
        Map<String, EventTable> tables = data.tables().stream().collect(Collectors.toMap(t -> t.code, t -> t));
        Map<String, Participant> participants = new HashMap<>();
        data.participants().forEach(p -> participants.put(p.code, p));
        int added = 0;
        int updated = 0;
        for (ParticipantDoc doc : plan.rows) {
            Participant participant = participants.get(doc.id());
            if (participant == null) {
                participant = new Participant();
                participant.event = event;
                EventWriter.apply(participant, doc, tables);
                participant.persist();
                participants.put(doc.id(), participant);
                added++;
            } else if (!doc.equals(plan.stored.get(doc.id()))) {
                EventWriter.apply(participant, doc, tables);
                updated++;
            }
        }
        Set<PairKey> meetings = data.meetings().stream().map(Meeting::pairKey).collect(Collectors.toSet());
        for (RequestDoc doc : plan.newRequests) {
            MeetingRequest request = new MeetingRequest();
            request.event = event;
            EventWriter.apply(request, doc, participants);
            request.persist();
            if (request.status == RequestStatus.ACCEPTED && meetings.add(request.pairKey())) {
                EventWriter.newMeeting(event, request.from, request.to).persist();
            }
        }
        return new ParticipantImportResult(added, updated, plan.rows.size() - added - updated,
                plan.newRequests.size(), plan.existingWishes, plan.sheet.warnings());
    }

    /**
     * The event as it would be after the import: the rows written over the participants they name, their wishes
     * as new requests, and the problems found on the way that the format's rules do not cover.
     */
    private static final class Plan {

        private final ParticipantSheet sheet;
        private final EventDocument current;
        private final MatchmakingRules rules;
        /** Participants as stored, by id, to tell updated rows from unchanged ones. */
        private final Map<String, ParticipantDoc> stored = new LinkedHashMap<>();
        /** Stored participants no row names: first in the document, so that a rule about two reports the row. */
        private final List<ParticipantDoc> untouched = new ArrayList<>();
        private final List<ParticipantDoc> rows = new ArrayList<>();
        private final List<RequestDoc> newRequests = new ArrayList<>();
        /** For each new request, the row whose wish it is. */
        private final List<ParticipantSheet.Row> wishRows = new ArrayList<>();
        private final List<Violation> problems = new ArrayList<>();
        private int existingWishes;

        Plan(ParticipantSheet sheet, EventDocument current, MatchmakingRules rules) {
            this.sheet = sheet;
            this.current = current;
            this.rules = rules;
            current.participants().forEach(p -> stored.put(p.id(), p));
            Set<String> named = sheet.rows().stream().map(ParticipantSheet.Row::id).collect(Collectors.toSet());
            current.participants().stream().filter(p -> !named.contains(p.id())).forEach(untouched::add);
            Map<String, String> groups = DirectoryQuery.ruleGroups(rules);
            for (ParticipantSheet.Row row : sheet.rows()) {
                ParticipantDoc base = row.id() != null && stored.containsKey(row.id()) ? stored.get(row.id())
                        : new ParticipantDoc(row.id(), null, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null);
                rows.add(checkGroup(row, row.applyTo(base), groups));
            }
            addWishes(groups);
        }

        EventDocument document() {
            List<ParticipantDoc> participants = new ArrayList<>(untouched);
            participants.addAll(rows);
            List<RequestDoc> requests = new ArrayList<>(current.requests());
            requests.addAll(newRequests);
            return current.withParticipants(participants).withRequests(requests);
        }

        /** When the rules name groups, a row's group must be one of them, written as the rules write it. */
        private ParticipantDoc checkGroup(ParticipantSheet.Row row, ParticipantDoc participant,
                Map<String, String> groups) {
            if (groups.isEmpty()) {
                return participant;
            }
            String names = DirectoryQuery.quoted(groups.values());
            if (participant.group() == null) {
                problems.add(sheet.at(row.line(), "group", ProblemCode.GROUP_NOT_IN_RULES_FIELD.with("groups", names)));
                return participant;
            }
            String known = groups.get(DirectoryQuery.normalise(participant.group()));
            if (known == null) {
                problems.add(sheet.at(row.line(), "group", ProblemCode.SHEET_GROUP_UNKNOWN.with("group",
                        participant.group(), "groups", names)));
                return participant;
            }
            return participant.withGroup(known);
        }

        /**
         * Each wish becomes a request from the row's participant, waiting for the receiver when the rules want
         * acceptance; a wish already made (a request the same way, in any status) is not made again.
         */
        private void addWishes(Map<String, String> groups) {
            Set<String> asked = current.requests().stream().map(r -> r.from() + "\n" + r.to())
                    .collect(Collectors.toCollection(HashSet::new));
            Set<String> codes = current.requests().stream().map(RequestDoc::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            Map<String, String> groupOf = new HashMap<>();
            untouched.forEach(p -> groupOf.put(p.id(), p.group()));
            rows.stream().filter(p -> p.id() != null).forEach(p -> groupOf.putIfAbsent(p.id(), p.group()));
            RequestStatus status = rules.acceptanceRequired() ? RequestStatus.PENDING : RequestStatus.ACCEPTED;
            int next = (int) codes.stream().filter(c -> c.startsWith("w")).count() + 1;
            for (ParticipantSheet.Row row : sheet.rows()) {
                if (!TextFormats.isCode(row.id())) {
                    continue;
                }
                for (ParticipantSheet.Wish wish : row.wishes()) {
                    if (!asked.add(row.id() + "\n" + wish.to())) {
                        existingWishes++;
                        continue;
                    }
                    String from = groupOf.get(row.id());
                    String to = groupOf.get(wish.to());
                    if (!groups.isEmpty() && groups.containsValue(from) && groups.containsValue(to)
                            && !rules.allowsWish(from, to)) {
                        problems.add(sheet.at(row.line(), "wishes", ProblemCode.SHEET_WISH_NOT_ALLOWED.with("to",
                                wish.to(), "fromGroup", from, "toGroup", to)));
                    }
                    while (codes.contains("w" + next)) {
                        next++;
                    }
                    codes.add("w" + next);
                    newRequests.add(new RequestDoc("w" + next, row.id(), wish.to(), wish.priority(), null, status,
                            null, null));
                    wishRows.add(row);
                }
            }
        }

        /** Adds the validator's problems, located in the sheet where they come from a row or a wish. */
        void located(List<Violation> violations, List<Violation> into) {
            int firstNewRequest = current.requests().size();
            for (Violation v : violations) {
                Matcher participant = PARTICIPANT_PATH.matcher(v.path());
                Matcher request = REQUEST_PATH.matcher(v.path());
                if (participant.matches() && Integer.parseInt(participant.group(1)) >= untouched.size()) {
                    ParticipantSheet.Row row = sheet.rows().get(Integer.parseInt(participant.group(1))
                            - untouched.size());
                    ProblemText message = sheetWords(v);
                    into.add(participant.group(2) == null ? Violation.of(SheetFile.path(row.line()), message)
                            : sheet.at(row.line(), participant.group(2), message));
                } else if (request.matches() && Integer.parseInt(request.group(1)) >= firstNewRequest) {
                    int index = Integer.parseInt(request.group(1)) - firstNewRequest;
                    into.add(sheet.at(wishRows.get(index).line(), "wishes", ProblemCode.SHEET_WISH_FOR.with("to",
                            newRequests.get(index).to(), "problem", sheetWords(v))));
                } else {
                    into.add(Violation.of(v.path(), sheetWords(v)));
                }
            }
        }

        /** The validator's words for a sheet: an empty cell is empty, and other participants are named by line. */
        private ProblemText sheetWords(Violation v) {
            if (v.code() == null) {
                return ProblemCode.SHEET_PLAIN.with("message", v.message());
            }
            if (v.code() == ProblemCode.FIELD_REQUIRED) {
                return ProblemCode.JSON_MUST_NOT_BE_EMPTY.with();
            }
            Map<String, Object> params = new java.util.LinkedHashMap<>();
            v.params().forEach((name, value) -> params.put(name, value instanceof String text
                    && PARTICIPANT_REFERENCE.matcher(text).find() ? reference(text) : value));
            return new ProblemText(v.code(), params);
        }

        /** A path into the event's participants as the sheet's reader knows it: an id in the event, or a line. */
        private Object reference(String path) {
            Matcher m = PARTICIPANT_REFERENCE.matcher(path);
            m.find();
            int index = Integer.parseInt(m.group(1));
            return index < untouched.size() ? ProblemCode.SHEET_PARTICIPANT.with("id", untouched.get(index).id())
                    : SheetFile.path(sheet.rows().get(index - untouched.size()).line());
        }
    }
}
