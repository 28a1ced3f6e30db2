package org.matchday.format;

import org.matchday.problem.InvalidDocumentException;
import org.matchday.problem.ProblemCode;
import org.matchday.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import org.matchday.domain.PairKey;
import org.matchday.domain.TimeRange;
import org.matchday.domain.Timeslot;
import org.matchday.domain.Timeslots;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The rules a {@code matchday-event/1} document must keep: the limits on list sizes first, then field rules through
 * bean validation, then the rules that span fields and elements (references, overlaps, slots). Every problem is
 * reported with its path, {@link InvalidDocumentException#MAX_LISTED} at most: the work a document can cause stays
 * in proportion to its size, however broken it is.
 */
@ApplicationScoped
public class EventDocumentValidator {

    private final Validator validator;

    public EventDocumentValidator(Validator validator) {
        this.validator = validator;
    }

    /** Field rules of one element, with paths relative to {@code root}; list sizes alone when one is too long. */
    public List<Violation> validateFields(Object element, String root) {
        List<Violation> found = violations(element, root, ListLimits.class);
        if (found.isEmpty()) {
            found = violations(element, root, Default.class);
        }
        return listed(sorted(found));
    }

    /**
     * Every problem of the document, field rules first; empty when the document is valid. A list over its limit is
     * reported alone, and the rules across elements are left out once the field rules fill an answer.
     */
    public List<Violation> validate(EventDocument document) {
        List<Violation> limits = violations(document, "$", ListLimits.class);
        if (!limits.isEmpty()) {
            return listed(sorted(limits));
        }
        List<Violation> found = new ArrayList<>(violations(document.withoutLists(), "$", Default.class));
        elements(document.sessions(), "$.sessions", found);
        elements(document.tables(), "$.tables", found);
        elements(document.participants(), "$.participants", found);
        elements(document.requests(), "$.requests", found);
        elements(document.meetings(), "$.meetings", found);
        elements(document.unscheduled(), "$.unscheduled", found);
        sorted(found);
        if (found.size() < InvalidDocumentException.MAX_LISTED) {
            new Rules(document.normalised(), found).check();
        }
        return listed(found);
    }

    /**
     * The rule that a request names only sessions of its event: one violation per unknown session, under
     * {@code path}, for the whole document and for a single wish alike.
     */
    public static List<Violation> unknownSessions(String path, List<String> named, Predicate<String> known) {
        List<Violation> unknown = new ArrayList<>();
        if (named != null) {
            for (int k = 0; k < named.size(); k++) {
                String id = named.get(k);
                if (id != null && !known.test(id)) {
                    unknown.add(Violation.of(path + ".sessions[" + k + "]", ProblemCode.DOC_UNKNOWN_SESSION, "id", id));
                }
            }
        }
        return unknown;
    }

    /** The field rules of each element in turn, until an answer is full. */
    private void elements(List<?> list, String path, List<Violation> found) {
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size() && found.size() < InvalidDocumentException.MAX_LISTED; i++) {
            Object element = list.get(i);
            String elementPath = path + "[" + i + "]";
            if (element == null) {
                found.add(Violation.of(elementPath, ProblemCode.FIELD_REQUIRED));
            } else {
                found.addAll(violations(element, elementPath, Default.class));
            }
        }
    }

    private List<Violation> violations(Object element, String root, Class<?> group) {
        List<Violation> found = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(element, group)) {
            found.add(fieldProblem(toPath(root, v.getPropertyPath()), v));
        }
        return found;
    }

    private static List<Violation> sorted(List<Violation> found) {
        found.sort(Comparator.comparing(Violation::path, EventDocumentValidator::comparePaths)
                .thenComparing(Violation::message));
        return found;
    }

    private static List<Violation> listed(List<Violation> found) {
        return found.size() <= InvalidDocumentException.MAX_LISTED ? found
                : new ArrayList<>(found.subList(0, InvalidDocumentException.MAX_LISTED));
    }

    /**
     * A field rule's problem with its code: a constraint whose message names a code ({@code "{field.pair}"}) has
     * that one, the standard constraints have theirs with the constraint's values.
     */
    static Violation fieldProblem(String path, ConstraintViolation<?> v) {
        ProblemCode named = v.getMessageTemplate().startsWith("{")
                ? ProblemCode.of(v.getMessageTemplate().substring(1, v.getMessageTemplate().length() - 1)) : null;
        if (named != null && named.params().isEmpty()) {
            return Violation.of(path, named);
        }
        java.lang.annotation.Annotation rule = v.getConstraintDescriptor().getAnnotation();
        if (rule instanceof jakarta.validation.constraints.NotNull) {
            return Violation.of(path, ProblemCode.FIELD_REQUIRED);
        } else if (rule instanceof jakarta.validation.constraints.NotBlank) {
            return Violation.of(path, ProblemCode.FIELD_BLANK);
        } else if (rule instanceof jakarta.validation.constraints.Size size) {
            return Violation.of(path, ProblemCode.FIELD_SIZE, "min", size.min(), "max", size.max());
        } else if (rule instanceof jakarta.validation.constraints.Min min) {
            return Violation.of(path, ProblemCode.FIELD_MIN, "value", min.value());
        } else if (rule instanceof jakarta.validation.constraints.Max max) {
            return Violation.of(path, ProblemCode.FIELD_MAX, "value", max.value());
        } else if (rule instanceof jakarta.validation.constraints.Email) {
            return Violation.of(path, ProblemCode.FIELD_EMAIL);
        } else if (rule instanceof jakarta.validation.constraints.Pattern pattern) {
            return Violation.of(path, ProblemCode.FIELD_PATTERN, "regexp", pattern.regexp());
        }
        return new Violation(path, v.getMessage(), ProblemCode.FIELD_INVALID, java.util.Map.of());
    }

    static String toPath(String root, Path propertyPath) {
        StringBuilder path = new StringBuilder(root);
        for (Path.Node node : propertyPath) {
            if (node.isInIterable() && node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                path.append('.').append(node.getName());
            }
        }
        return path.toString();
    }

    /** Orders $.a[2] before $.a[10]. */
    static int comparePaths(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = i;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                int ej = j;
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                int cmp = Long.compare(Long.parseLong(a.substring(i, ei)), Long.parseLong(b.substring(j, ej)));
                if (cmp != 0) {
                    return cmp;
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** The cross-field rules, applied to elements whose own fields could be read. */
    private static final class Rules {

        private final EventDocument doc;
        private final List<Violation> found;
        private final Map<String, ParsedSession> sessions = new HashMap<>();
        private final Map<String, Integer> tableIndex = new HashMap<>();
        private final Map<String, Integer> participantIndex = new HashMap<>();
        private final Map<String, RequestDoc> requests = new HashMap<>();

        Rules(EventDocument doc, List<Violation> found) {
            this.doc = doc;
            this.found = found;
        }

        void check() {
            checkSessions();
            checkTables();
            checkParticipants();
            checkRequests();
            Map<PairKey, String> pairPaths = new HashMap<>();
            checkMeetings(pairPaths);
            checkUnscheduled(pairPaths);
        }

        private void add(String path, ProblemCode code, Object... namesAndValues) {
            found.add(Violation.of(path, code, namesAndValues));
        }

        private record ParsedSession(int index, SessionDoc doc, LocalDate date, LocalTime start, LocalTime end,
                List<Timeslot> slots) {
        }

        private void checkSessions() {
            List<ParsedSession> parsed = new ArrayList<>();
            for (int i = 0; i < doc.sessions().size(); i++) {
                SessionDoc s = doc.sessions().get(i);
                String path = "$.sessions[" + i + "]";
                if (s == null || s.id() == null) {
                    continue;
                }
                if (sessions.containsKey(s.id())) {
                    add(path + ".id", ProblemCode.DOC_DUPLICATE_ID, "kind", ProblemCode.WORD_SESSION.with(), "id", s.id(),
                            "first", "$.sessions[" + sessions.get(s.id()).index() + "]");
                    continue;
                }
                LocalDate date = TextFormats.date(s.date());
                LocalTime start = TextFormats.time(s.start());
                LocalTime end = TextFormats.time(s.end());
                List<TimeRange> breaks = checkBreaks(s, path, start, end);
                List<Timeslot> slots = List.of();
                if (date != null && start != null && end != null) {
                    if (!start.isBefore(end)) {
                        add(path + ".end", ProblemCode.DOC_SESSION_END, "start", s.start());
                    } else if (s.meetingMinutes() != null && s.meetingMinutes() > 0) {
                        long minutes = java.time.Duration.between(start, end).toMinutes();
                        if (minutes < s.meetingMinutes()) {
                            add(path + ".meetingMinutes", ProblemCode.DOC_MEETING_TOO_LONG, "meetingMinutes",
                                    s.meetingMinutes(), "start", s.start(), "end", s.end(), "minutes", minutes);
                        } else if (breaks != null) {
                            slots = Timeslots.derive(s.id(), date, start, end, s.meetingMinutes(),
                                    Math.max(0, s.gapOrDefault()), breaks);
                            if (slots.isEmpty()) {
                                add(path + ".breaks", ProblemCode.DOC_BREAKS_NO_ROOM, "meetingMinutes", s.meetingMinutes());
                            }
                        }
                    }
                }
                ParsedSession ps = new ParsedSession(i, s, date, start, end, slots);
                sessions.put(s.id(), ps);
                if (date != null && start != null && end != null && start.isBefore(end)) {
                    parsed.add(ps);
                }
            }
            // Each session names the first one it overlaps, so that the answer grows with the list, not its square.
            for (int b = 1; b < parsed.size(); b++) {
                ParsedSession y = parsed.get(b);
                for (int a = 0; a < b; a++) {
                    ParsedSession x = parsed.get(a);
                    if (x.date().equals(y.date()) && x.start().isBefore(y.end()) && y.start().isBefore(x.end())) {
                        add("$.sessions[" + y.index() + "]", ProblemCode.DOC_SESSION_OVERLAP, "session", x.doc().id(),
                                "start", x.doc().start(), "end", x.doc().end(), "date", x.doc().date());
                        break;
                    }
                }
            }
        }

        /** The session's pauses, or null when one of them cannot be read. */
        private List<TimeRange> checkBreaks(SessionDoc s, String path, LocalTime start, LocalTime end) {
            List<TimeRange> breaks = new ArrayList<>();
            if (s.breaks() == null) {
                return breaks;
            }
            boolean readable = true;
            for (int j = 0; j < s.breaks().size(); j++) {
                BreakDoc b = s.breaks().get(j);
                String bp = path + ".breaks[" + j + "]";
                LocalTime bs = b == null ? null : TextFormats.time(b.start());
                LocalTime be = b == null ? null : TextFormats.time(b.end());
                if (bs == null || be == null) {
                    readable = false;
                    continue;
                }
                if (!bs.isBefore(be)) {
                    add(bp + ".end", ProblemCode.DOC_BREAK_END, "start", b.start());
                    readable = false;
                    continue;
                }
                if (start != null && end != null && (bs.isBefore(start) || be.isAfter(end))) {
                    add(bp, ProblemCode.DOC_BREAK_OUTSIDE, "start", b.start(), "end", b.end(), "sessionStart", s.start(),
                            "sessionEnd", s.end());
                }
                for (int k = 0; k < breaks.size(); k++) {
                    if (breaks.get(k) != null && breaks.get(k).overlaps(bs, be)) {
                        add(bp, ProblemCode.DOC_BREAK_OVERLAP, "other", path + ".breaks[" + k + "]");
                        break;
                    }
                }
                breaks.add(new TimeRange(bs, be));
            }
            return readable ? breaks : null;
        }

        private void checkTables() {
            for (int i = 0; i < doc.tables().size(); i++) {
                TableDoc t = doc.tables().get(i);
                if (t == null || t.id() == null) {
                    continue;
                }
                Integer first = tableIndex.putIfAbsent(t.id(), i);
                if (first != null) {
                    add("$.tables[" + i + "].id", ProblemCode.DOC_DUPLICATE_ID, "kind", ProblemCode.WORD_TABLE.with(),
                            "id", t.id(), "first", "$.tables[" + first + "]");
                }
            }
        }

        private void checkParticipants() {
            Map<String, String> fixedTableOwner = new HashMap<>();
            for (int i = 0; i < doc.participants().size(); i++) {
                ParticipantDoc p = doc.participants().get(i);
                String path = "$.participants[" + i + "]";
                if (p == null || p.id() == null) {
                    continue;
                }
                Integer first = participantIndex.putIfAbsent(p.id(), i);
                if (first != null) {
                    add(path + ".id", ProblemCode.DOC_DUPLICATE_ID, "kind", ProblemCode.WORD_PARTICIPANT.with(),
                            "id", p.id(), "first", "$.participants[" + first + "]");
                }
                if (p.availability() != null) {
                    for (int k = 0; k < p.availability().size(); k++) {
                        checkWindow(p.availability().get(k), path + ".availability[" + k + "]");
                    }
                }
                if (p.table() != null) {
                    if (!tableIndex.containsKey(p.table())) {
                        add(path + ".table", ProblemCode.DOC_UNKNOWN_TABLE, "id", p.table());
                    } else {
                        String owner = fixedTableOwner.putIfAbsent(p.table(), p.id());
                        if (owner != null) {
                            add(path + ".table", ProblemCode.DOC_FIXED_TABLE_TAKEN, "table", p.table(), "owner", owner);
                        }
                    }
                }
            }
        }

        private void checkWindow(AvailabilityDoc w, String path) {
            if (w == null || w.session() == null) {
                return;
            }
            ParsedSession s = sessions.get(w.session());
            if (s == null) {
                add(path + ".session", ProblemCode.DOC_UNKNOWN_SESSION, "id", w.session());
                return;
            }
            LocalTime from = TextFormats.time(w.from());
            LocalTime to = TextFormats.time(w.to());
            if (from == null || to == null) {
                return;
            }
            if (!from.isBefore(to)) {
                add(path + ".to", ProblemCode.DOC_WINDOW_END, "start", w.from());
            } else if (s.start() != null && s.end() != null && (from.isBefore(s.start()) || to.isAfter(s.end()))) {
                add(path, ProblemCode.DOC_WINDOW_OUTSIDE, "from", w.from(), "to", w.to(), "session", w.session(),
                        "start", s.doc().start(), "end", s.doc().end());
            }
        }

        private void checkRequests() {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < doc.requests().size(); i++) {
                RequestDoc r = doc.requests().get(i);
                String path = "$.requests[" + i + "]";
                if (r == null || r.id() == null) {
                    continue;
                }
                Integer first = index.putIfAbsent(r.id(), i);
                if (first != null) {
                    add(path + ".id", ProblemCode.DOC_DUPLICATE_ID, "kind", ProblemCode.WORD_REQUEST.with(), "id", r.id(),
                            "first", "$.requests[" + first + "]");
                } else {
                    requests.put(r.id(), r);
                }
                checkParticipantRef(r.from(), path + ".from");
                checkParticipantRef(r.to(), path + ".to");
                if (r.from() != null && r.from().equals(r.to())) {
                    add(path + ".to", ProblemCode.DOC_REQUEST_SELF);
                }
                found.addAll(unknownSessions(path, r.sessions(), sessions::containsKey));
            }
        }

        private boolean checkParticipantRef(String id, String path) {
            if (id == null) {
                return false;
            }
            if (!participantIndex.containsKey(id)) {
                add(path, ProblemCode.DOC_UNKNOWN_PARTICIPANT, "id", id);
                return false;
            }
            return true;
        }

        /** Checks the pair and its requests; answers the pair's key, or null when the pair is not valid. */
        private PairKey checkPair(List<String> participants, List<String> requestIds, String path) {
            if (participants == null || participants.size() != 2 || participants.stream().anyMatch(Objects::isNull)) {
                return null;
            }
            boolean known = checkParticipantRef(participants.get(0), path + ".participants[0]")
                    & checkParticipantRef(participants.get(1), path + ".participants[1]");
            if (participants.get(0).equals(participants.get(1))) {
                add(path + ".participants", ProblemCode.DOC_PAIR_SAME);
                return null;
            }
            if (!known) {
                return null;
            }
            PairKey pair = PairKey.of(participants.get(0), participants.get(1));
            if (requestIds != null) {
                for (int k = 0; k < requestIds.size(); k++) {
                    String rid = requestIds.get(k);
                    RequestDoc r = rid == null ? null : requests.get(rid);
                    if (rid != null && r == null) {
                        add(path + ".requests[" + k + "]", ProblemCode.DOC_UNKNOWN_REQUEST, "id", rid);
                    } else if (r != null && r.from() != null && r.to() != null
                            && !pair.equals(PairKey.of(r.from(), r.to()))) {
                        add(path + ".requests[" + k + "]", ProblemCode.DOC_REQUEST_OTHER_PAIR, "id", rid, "from", r.from(),
                                "to", r.to());
                    }
                }
            }
            return pair;
        }

        private void checkMeetings(Map<PairKey, String> pairPaths) {
            Map<String, String> busy = new HashMap<>();
            for (int i = 0; i < doc.meetings().size(); i++) {
                MeetingDoc m = doc.meetings().get(i);
                String path = "$.meetings[" + i + "]";
                if (m == null) {
                    continue;
                }
                PairKey pair = checkPair(m.participants(), m.requests(), path);
                if (pair != null) {
                    String first = pairPaths.putIfAbsent(pair, path);
                    if (first != null) {
                        add(path + ".participants", ProblemCode.DOC_PAIR_MEETS_ALREADY, "first", first);
                    }
                }
                if (m.table() != null && !tableIndex.containsKey(m.table())) {
                    add(path + ".table", ProblemCode.DOC_UNKNOWN_TABLE, "id", m.table());
                }
                Timeslot slot = checkSlot(m, path);
                if (slot == null) {
                    continue;
                }
                String at = TextFormats.format(slot.startDateTime());
                if (pair != null) {
                    for (String participant : m.participants()) {
                        String other = busy.putIfAbsent("p:" + participant + "@" + slot.startDateTime(), path);
                        if (other != null) {
                            add(path, ProblemCode.DOC_PARTICIPANT_BUSY, "participant", participant, "other", other, "at", at);
                        }
                    }
                }
                if (m.table() != null && tableIndex.containsKey(m.table())) {
                    String other = busy.putIfAbsent("t:" + m.table() + "@" + slot.startDateTime(), path);
                    if (other != null) {
                        add(path + ".table", ProblemCode.DOC_TABLE_BUSY, "table", m.table(), "other", other, "at", at);
                    }
                }
            }
        }

        private Timeslot checkSlot(MeetingDoc m, String path) {
            if (m.session() == null) {
                return null;
            }
            ParsedSession s = sessions.get(m.session());
            if (s == null) {
                add(path + ".session", ProblemCode.DOC_UNKNOWN_SESSION, "id", m.session());
                return null;
            }
            LocalDateTime start = TextFormats.dateTime(m.start());
            if (start == null || s.slots().isEmpty()) {
                return null;
            }
            Timeslot slot = s.slots().stream().filter(t -> t.startDateTime().equals(start)).findFirst().orElse(null);
            if (slot == null) {
                add(path + ".start", ProblemCode.DOC_NOT_A_SLOT, "start", m.start(), "session", m.session(),
                        "slots", s.slots().stream().limit(6).map(t -> TextFormats.format(t.startDateTime()))
                                .collect(Collectors.joining(", ")) + (s.slots().size() > 6 ? ", ..." : ""));
                return null;
            }
            LocalDateTime end = TextFormats.dateTime(m.end());
            if (end != null && !end.equals(slot.endDateTime())) {
                add(path + ".end", ProblemCode.DOC_SLOT_END, "end", TextFormats.format(slot.endDateTime()),
                        "start", m.start());
            }
            return slot;
        }

        private void checkUnscheduled(Map<PairKey, String> pairPaths) {
            for (int i = 0; i < doc.unscheduled().size(); i++) {
                UnscheduledDoc u = doc.unscheduled().get(i);
                String path = "$.unscheduled[" + i + "]";
                if (u == null) {
                    continue;
                }
                PairKey pair = checkPair(u.participants(), u.requests(), path);
                if (pair != null) {
                    String first = pairPaths.putIfAbsent(pair, path);
                    if (first != null) {
                        add(path + ".participants", ProblemCode.DOC_PAIR_LISTED_ALREADY, "first", first);
                    }
                }
            }
        }
    }
}
