package org.matchday.export;

import jakarta.enterprise.context.ApplicationScoped;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.matchday.export.ScheduleView.MeetingInfo;
import org.matchday.export.ScheduleView.PersonInfo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;

/**
 * A participant's meetings as an RFC 5545 calendar: one VEVENT per meeting at the table (LOCATION), in the
 * event's time zone with its VTIMEZONE, under a UID that stays the same when the meeting moves, so that
 * importing a newer file updates the entries instead of adding new ones; SEQUENCE counts the moves, and a meeting
 * a later publication took back is listed as CANCELLED rather than dropped. Summaries and
 * descriptions speak the participant's language unless the caller names one.
 */
@ApplicationScoped
public class AgendaCalendarExporter {

    static final String PRODUCT = "-//Matchday//Matchday agenda//EN";

    /** Zone definitions come from ical4j's bundled zoneinfo; ical4j.properties turns off fetching updates. */
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** Writes the calendar in UTF-8 in the participant's language. */
    public void write(ScheduleView view, PersonInfo person, OutputStream out) throws IOException {
        write(view, person, ExportText.forPerson(person), out);
    }

    /** Writes the calendar in UTF-8; a participant's calendar is small, so it is built in memory first. */
    public void write(ScheduleView view, PersonInfo person, ExportText text, OutputStream out) throws IOException {
        ZoneId zoneId = view.event().zone();
        TimeZone zone = zones.getTimeZone(zoneId.getId());
        Instant stamp = view.publishedAt() == null ? Instant.now() : view.publishedAt();
        stamp = stamp.truncatedTo(ChronoUnit.SECONDS);
        String prefix = view.isDraft() ? text.calendarDraftPrefix() : "";

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", prefix + view.event().name() + " \u2013 " + person.name()));
        calendar.add(new XProperty("X-WR-TIMEZONE", zoneId.getId()));
        if (zone != null) {
            calendar.add(zone.getVTimeZone());
        }
        for (MeetingInfo meeting : view.meetingsOf(person)) {
            calendar.add(event(view, person, meeting, text, zone, stamp, prefix, false));
        }
        // Under the UID it was published with and a higher SEQUENCE, so that a subscribed calendar strikes it out.
        for (MeetingInfo meeting : view.cancelledOf(person)) {
            calendar.add(event(view, person, meeting, text, zone, stamp, prefix, true));
        }
        StringWriter written = new StringWriter();
        // Validating on every download doubled the time of a bulk archive; the tests validate instead.
        new CalendarOutputter(false).output(calendar, written);
        out.write(written.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static VEvent event(ScheduleView view, PersonInfo person, MeetingInfo meeting, ExportText text,
            TimeZone zone, Instant stamp, String prefix, boolean cancelled) {
        ZoneId zoneId = view.event().zone();
        PersonInfo other = meeting.counterpartOf(person);
        // Without a bundled definition of the zone, UTC times stay exact where local ones could not.
        Temporal start = zone != null ? meeting.start().atZone(zoneId)
                : meeting.start().atZone(zoneId).withZoneSameInstant(ZoneOffset.UTC);
        Temporal end = zone != null ? meeting.end().atZone(zoneId)
                : meeting.end().atZone(zoneId).withZoneSameInstant(ZoneOffset.UTC);
        VEvent event = new VEvent(start, end, prefix + text.meetingWith(other));
        event.replace(new DtStamp(stamp));
        event.add(new Uid(meeting.uid()));
        event.add(new Location(meeting.table().displayName()));
        event.add(new Sequence(meeting.sequence()));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED
                : view.isDraft() ? ImmutableStatus.VEVENT_TENTATIVE : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(cancelled ? ImmutableTransp.TRANSPARENT : ImmutableTransp.OPAQUE);
        event.add(new Description(describe(view, meeting, other, text)));
        return event;
    }

    private static String describe(ScheduleView view, MeetingInfo meeting, PersonInfo other, ExportText text) {
        List<String> lines = new ArrayList<>();
        if (view.isDraft()) {
            lines.add(text.status(view));
        }
        lines.add(text.tableLabel(meeting.table().displayName()));
        lines.add(text.withLabel(other.name()));
        if (other.organisation() != null) {
            lines.add(text.organisationLabel(other.organisation()));
        }
        if (other.country() != null) {
            lines.add(text.countryLabel(other.country()));
        }
        if (!other.sectorsOrEmpty().isEmpty()) {
            lines.add(text.sectorsLabel(ExportText.sectors(other)));
        }
        lines.add(view.event().name() + (view.event().venue() == null ? "" : ", " + view.event().venue()));
        return String.join("\n", lines);
    }
}
