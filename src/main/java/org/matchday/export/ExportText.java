package org.matchday.export;

import org.matchday.export.ScheduleView.PersonInfo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The wording and date formats all exports share, so that a PDF, a CSV and a workbook say the same thing. */
public final class ExportText {

    public static final String DRAFT = "DRAFT";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private ExportText() {
    }

    /** "Tuesday 5 June 2018". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "Tue 5 Jun 2018". */
    public static String shortDay(LocalDate date) {
        return SHORT_DAY.format(date);
    }

    /** "2018-06-05". */
    public static String isoDay(LocalDate date) {
        return ISO_DAY.format(date);
    }

    /** "13:30". */
    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    public static String time(LocalDateTime time) {
        return TIME.format(time);
    }

    /** "13:30–13:50". */
    public static String range(LocalDateTime start, LocalDateTime end) {
        return time(start) + "\u2013" + time(end);
    }

    /** "Tue 5 Jun 2018" or "Tue 5 Jun 2018 – Wed 6 Jun 2018". */
    public static String dates(ScheduleView view) {
        List<LocalDate> days = view.days();
        if (days.isEmpty()) {
            return "";
        }
        LocalDate first = days.get(0);
        LocalDate last = days.get(days.size() - 1);
        return first.equals(last) ? shortDay(first) : shortDay(first) + " \u2013 " + shortDay(last);
    }

    /** "Times are local to Asia/Taipei (UTC+08:00)", with the offset of the event's first day. */
    public static String zoneNote(ScheduleView view) {
        ZoneId zone = view.event().zone();
        List<LocalDate> days = view.days();
        Instant when = days.isEmpty() ? Instant.now() : days.get(0).atStartOfDay(zone).toInstant();
        ZoneOffset offset = zone.getRules().getOffset(when);
        return "Times are local to " + zone.getId() + " (UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId())
                + ")";
    }

    /** The line every page and sheet carries: which version of the schedule this is. */
    public static String status(ScheduleView view) {
        if (view.isDraft()) {
            return DRAFT + " \u2013 not published yet, the schedule may still change";
        }
        return "Published schedule, version " + view.publicationNumber()
                + (view.publishedAt() == null ? "" : " of " + isoDay(LocalDate.ofInstant(view.publishedAt(),
                view.event().zone())));
    }

    /** "Smart manufacturing, Machinery", or empty. */
    public static String sectors(PersonInfo person) {
        return String.join(", ", person.sectorsOrEmpty());
    }

    /** Organisation, country and sectors in one line, skipping what is missing. */
    public static String profile(PersonInfo person) {
        List<String> parts = new ArrayList<>();
        if (person.country() != null) {
            parts.add(person.country());
        }
        if (!person.sectorsOrEmpty().isEmpty()) {
            parts.add(sectors(person));
        }
        return String.join(" \u00b7 ", parts);
    }

    /** Every character a document about {@code view} may print, beyond the fixed wording of the exports. */
    public static IntStream printedCodePoints(ScheduleView view) {
        Stream<String> event = Stream.of(view.event().name(), view.event().venue());
        Stream<String> sessions = view.sessions().stream().map(ScheduleView.SessionInfo::name);
        Stream<String> tables = view.tables().stream().flatMap(t -> Stream.of(t.code(), t.name()));
        Stream<String> people = view.participants().stream().flatMap(p -> Stream.concat(
                Stream.of(p.code(), p.name(), p.organisation(), p.group(), p.country()), p.sectorsOrEmpty().stream()));
        return Stream.of(event, sessions, tables, people).flatMap(s -> s)
                .filter(Objects::nonNull).flatMapToInt(String::codePoints).distinct();
    }

    /** Null as empty text, for cells and lines. */
    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
