package org.matchday.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.AvailabilityWindow;
import org.matchday.domain.Event;
import org.matchday.domain.EventSession;
import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.PairKey;
import org.matchday.domain.Participant;
import org.matchday.format.AvailabilityDoc;
import org.matchday.format.BreakDoc;
import org.matchday.format.EventDocument;
import org.matchday.format.MeetingDoc;
import org.matchday.format.ParticipantDoc;
import org.matchday.format.RequestDoc;
import org.matchday.format.RulesDoc;
import org.matchday.format.SessionDoc;
import org.matchday.format.TableDoc;
import org.matchday.format.TextFormats;
import org.matchday.format.UnscheduledDoc;
import org.matchday.persistence.EventData;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes a stored event as a {@code matchday-event/1} document, in a handful of queries whatever its size. */
@ApplicationScoped
public class EventExporter {

    @Transactional
    public EventDocument export(long eventId) {
        return toDocument(EventData.load(eventId), false);
    }

    /** The document form, with versions when it serves the REST API's editing. */
    public EventDocument toDocument(EventData data, boolean withVersions) {
        Event event = data.event();
        List<SessionDoc> sessions = data.sessions().stream().map(s -> session(s, withVersions)).toList();
        List<TableDoc> tables = data.tables().stream().map(t -> table(t, withVersions)).toList();
        List<ParticipantDoc> participants = data.participants().stream().map(p -> participant(p, withVersions))
                .toList();
        List<RequestDoc> requests = data.requests().stream().map(r -> request(r, withVersions)).toList();

        Map<PairKey, List<String>> requestsByPair = new HashMap<>();
        for (MeetingRequest r : data.requests()) {
            if (r.status.isSchedulable()) {
                requestsByPair.computeIfAbsent(r.pairKey(), k -> new ArrayList<>()).add(r.code);
            }
        }
        List<MeetingDoc> meetings = new ArrayList<>();
        List<UnscheduledDoc> unscheduled = new ArrayList<>();
        List<Meeting> ordered = new ArrayList<>(data.meetings());
        ordered.sort(Comparator.comparing((Meeting m) -> m.start == null)
                .thenComparing(m -> m.start, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(m -> m.table == null ? "" : m.table.code)
                .thenComparing(m -> m.id));
        for (Meeting m : ordered) {
            List<String> pair = List.of(m.participantA.code, m.participantB.code);
            List<String> requestCodes = requestsByPair.getOrDefault(m.pairKey(), List.of());
            if (m.isScheduled()) {
                meetings.add(new MeetingDoc(pair, requestCodes, m.session.code, TextFormats.format(m.start),
                        TextFormats.format(m.end), m.table == null ? null : m.table.code, m.pinned));
            } else {
                unscheduled.add(new UnscheduledDoc(pair, requestCodes, m.reason));
            }
        }
        return new EventDocument(EventDocument.FORMAT, event.name, event.timezone, event.venue, event.phase,
                event.rules == null ? null : RulesDoc.of(event.rules), event.minimumMeetings, sessions, tables,
                participants, requests, meetings, unscheduled);
    }

    public static SessionDoc session(EventSession s, boolean withVersion) {
        List<BreakDoc> breaks = s.breaks == null || s.breaks.isEmpty() ? null
                : s.breaks.stream().map(b -> new BreakDoc(TextFormats.format(b.start()), TextFormats.format(b.end())))
                .toList();
        return new SessionDoc(s.code, s.name, TextFormats.format(s.date), TextFormats.format(s.start),
                TextFormats.format(s.end), s.meetingMinutes, s.gapMinutes, breaks, withVersion ? s.version : null);
    }

    public static TableDoc table(EventTable t, boolean withVersion) {
        return new TableDoc(t.code, t.name, withVersion ? t.version : null);
    }

    public static ParticipantDoc participant(Participant p, boolean withVersion) {
        List<AvailabilityDoc> availability = p.availability == null ? null
                : p.availability.stream().map(EventExporter::window).toList();
        return new ParticipantDoc(p.code, p.name, p.organisation, p.group, p.country, p.sectors, availability,
                p.maxMeetings, p.table == null ? null : p.table.code, p.description, p.offers, p.seeks, p.languages,
                p.email, p.attendance, withVersion ? p.version : null);
    }

    private static AvailabilityDoc window(AvailabilityWindow w) {
        return new AvailabilityDoc(w.session(), TextFormats.format(w.from()), TextFormats.format(w.to()));
    }

    public static RequestDoc request(MeetingRequest r, boolean withVersion) {
        return new RequestDoc(r.code, r.from.code, r.to.code, r.priority, r.sessions, r.status, r.note,
                withVersion ? r.version : null, r.suggested ? Boolean.TRUE : null);
    }
}
