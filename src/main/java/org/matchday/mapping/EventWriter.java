package org.matchday.mapping;

import org.matchday.domain.AvailabilityWindow;
import org.matchday.domain.Event;
import org.matchday.domain.EventSession;
import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.Participant;
import org.matchday.domain.TimeRange;
import org.matchday.format.ParticipantDoc;
import org.matchday.format.RequestDoc;
import org.matchday.format.SessionDoc;
import org.matchday.format.TableDoc;
import org.matchday.format.TextFormats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Copies validated document elements onto entities: the one place that knows how the format maps to the
 * database, shared by import and by the REST API's edits.
 */
public final class EventWriter {

    private EventWriter() {
    }

    public static void apply(EventSession target, SessionDoc doc) {
        target.code = doc.id();
        target.name = doc.name();
        target.date = TextFormats.date(doc.date());
        target.start = TextFormats.time(doc.start());
        target.end = TextFormats.time(doc.end());
        target.meetingMinutes = doc.meetingMinutes();
        target.gapMinutes = doc.gapOrDefault();
        target.breaks = breaks(doc);
    }

    public static List<TimeRange> breaks(SessionDoc doc) {
        return doc.breaks() == null ? new ArrayList<>() : doc.breaks().stream()
                .map(b -> new TimeRange(TextFormats.time(b.start()), TextFormats.time(b.end()))).toList();
    }

    public static void apply(EventTable target, TableDoc doc) {
        target.code = doc.id();
        target.name = doc.name();
    }

    public static void apply(Participant target, ParticipantDoc doc, Map<String, EventTable> tables) {
        target.code = doc.id();
        target.name = doc.name();
        target.organisation = doc.organisation();
        target.group = doc.group();
        target.country = doc.country();
        target.sectors = doc.sectors() == null ? null : List.copyOf(doc.sectors());
        target.availability = doc.availability() == null ? null : doc.availability().stream()
                .map(w -> new AvailabilityWindow(w.session(), TextFormats.time(w.from()), TextFormats.time(w.to())))
                .toList();
        target.maxMeetings = doc.maxMeetings();
        target.table = doc.table() == null ? null : tables.get(doc.table());
        target.description = doc.description();
        target.offers = doc.offers();
        target.seeks = doc.seeks();
        target.languages = doc.languages() == null ? null : List.copyOf(doc.languages());
        target.email = doc.email();
        target.attendance = doc.attendance();
    }

    public static void apply(MeetingRequest target, RequestDoc doc, Map<String, Participant> participants) {
        target.code = doc.id();
        target.from = participants.get(doc.from());
        target.to = participants.get(doc.to());
        target.priority = doc.priorityOrDefault();
        target.sessions = doc.sessions() == null ? null : List.copyOf(doc.sessions());
        if (target.status != doc.statusOrDefault()) {
            // Answered, withdrawn or edited since it expired: no longer an expired wish.
            target.expiredAt = null;
        }
        target.status = doc.statusOrDefault();
        target.note = doc.note();
        if (doc.suggested() != null) {
            // An edit that does not name the mark keeps it.
            target.suggested = doc.suggested();
        }
    }

    /** A new unscheduled meeting row for a pair, participant A being the one with the smaller id. */
    public static Meeting newMeeting(Event event, Participant x, Participant y) {
        Meeting meeting = new Meeting();
        meeting.event = event;
        meeting.participantA = x.id < y.id ? x : y;
        meeting.participantB = x.id < y.id ? y : x;
        return meeting;
    }
}
