package org.matchday.export;

import org.matchday.export.ScheduleView.PersonInfo;
import org.matchday.language.Language;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The wording and date formats all exports share, so that a PDF, a calendar and a workbook say the same thing, in
 * English ({@link #ENGLISH}) or Traditional Chinese ({@link #TRADITIONAL_CHINESE}): phrases come from the
 * {@link ExportMessages} bundle of the language, dates are formatted here. Machine-read files (CSV, the workbook)
 * stay in English.
 */
public final class ExportText {

    /** The status cell of CSV files: a fixed word that scripts can test for. */
    public static final String DRAFT = "DRAFT";

    public static final ExportText ENGLISH = new ExportText(Language.ENGLISH, "EEEE d MMMM uuuu", "EEE d MMM uuuu");
    public static final ExportText TRADITIONAL_CHINESE = new ExportText(Language.TRADITIONAL_CHINESE,
            "uuuu年M月d日 EEEE", "uuuu年M月d日（EEE）");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    /**
     * Where the wording comes from: the message bundle of the running application. Only a program that exports
     * outside Quarkus (the export benchmark) hands in its own.
     */
    private static volatile Function<Language, ExportMessages> bundles = language -> language.messages(
            ExportMessages.class);

    private final Language language;
    private final DateTimeFormatter day;
    private final DateTimeFormatter shortDay;

    private ExportText(Language language, String dayPattern, String shortDayPattern) {
        this.language = language;
        this.day = DateTimeFormatter.ofPattern(dayPattern, language.locale());
        this.shortDay = DateTimeFormatter.ofPattern(shortDayPattern, language.locale());
    }

    public static ExportText of(Language language) {
        return language == Language.TRADITIONAL_CHINESE ? TRADITIONAL_CHINESE : ENGLISH;
    }

    /** The language a tag asks for: zh, zh-TW, zh-Hant... are Traditional Chinese, en-* English, others none. */
    public static Optional<ExportText> forTag(String tag) {
        return Language.parse(tag).map(ExportText::of);
    }

    /** A participant's language: the first of its languages that Matchday speaks, else English. */
    public static ExportText forPerson(PersonInfo person) {
        return of(Language.forParticipant(person.languages()));
    }

    /** For exports run outside the application, where no message bundle exists. */
    static void useMessages(Function<Language, ExportMessages> source) {
        bundles = source;
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /** "en" or "zh-TW". */
    public String tag() {
        return language.tag();
    }

    private ExportMessages messages() {
        return bundles.apply(language);
    }

    /** "Tuesday 5 June 2018", "2018年6月5日 星期二". */
    public String day(LocalDate date) {
        return day.format(date);
    }

    /** "Tue 5 Jun 2018", "2018年6月5日（週二）". */
    public String shortDay(LocalDate date) {
        return shortDay.format(date);
    }

    /** "Tue 5 Jun 2018" or "Tue 5 Jun 2018 – Wed 6 Jun 2018". */
    public String dates(ScheduleView view) {
        return dates(view.days());
    }

    /** The first and last of {@code days} (in order), or the one day. */
    public String dates(List<LocalDate> days) {
        if (days.isEmpty()) {
            return "";
        }
        LocalDate first = days.get(0);
        LocalDate last = days.get(days.size() - 1);
        return first.equals(last) ? shortDay(first) : shortDay(first) + " \u2013 " + shortDay(last);
    }

    /** "Times are local to Asia/Taipei (UTC+08:00)", with the offset of the event's first day. */
    public String zoneNote(ScheduleView view) {
        ZoneId zone = view.event().zone();
        List<LocalDate> days = view.days();
        Instant when = days.isEmpty() ? Instant.now() : days.get(0).atStartOfDay(zone).toInstant();
        ZoneOffset offset = zone.getRules().getOffset(when);
        return messages().zoneNote(zone.getId(), "UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId()));
    }

    /** The line every page and sheet carries: which version of the schedule this is. */
    public String status(ScheduleView view) {
        if (view.isDraft()) {
            return messages().draftStatus();
        }
        return view.publishedAt() == null ? messages().published(view.publicationNumber())
                : messages().publishedOn(view.publicationNumber(),
                isoDay(LocalDate.ofInstant(view.publishedAt(), view.event().zone())));
    }

    /** The word across every page of an unpublished schedule. */
    public String watermark() {
        return messages().watermark();
    }

    /** "3 meetings". */
    public String meetings(int count) {
        return count == 1 ? messages().oneMeeting() : messages().meetings(count);
    }

    public String free() {
        return messages().free();
    }

    public String unavailable() {
        return messages().unavailable();
    }

    public String pause() {
        return messages().pause();
    }

    public String agendaTitle(String person, String event) {
        return messages().agendaTitle(person, event);
    }

    public String agendasTitle(String event) {
        return messages().agendasTitle(event);
    }

    public String agendaFooter(PersonInfo person) {
        return messages().agendaFooter(person.name(), person.code());
    }

    public String agendaContinued(String person) {
        return messages().agendaContinued(person);
    }

    public String noSessionFits() {
        return messages().noSessionFits();
    }

    public String tableSheetsTitle() {
        return messages().tableSheetsTitle();
    }

    public String tableSheetFooter(String table) {
        return messages().tableSheetFooter(table);
    }

    /** "Table T01". */
    public String tableCode(String code) {
        return messages().tableCode(code);
    }

    public String tableContinued(String table) {
        return messages().tableContinued(table);
    }

    public String noTables() {
        return messages().noTables();
    }

    /** What a calendar entry of an unpublished schedule starts with. */
    public String calendarDraftPrefix() {
        return messages().calendarDraftPrefix();
    }

    /** A calendar entry's summary: "Meeting with Chen Wei (TAIROA)". */
    public String meetingWith(PersonInfo other) {
        return other.organisation() == null ? messages().meetingWith(other.name())
                : messages().meetingWithOrganisation(other.name(), other.organisation());
    }

    public String tableLabel(String table) {
        return messages().tableLabel(table);
    }

    public String withLabel(String name) {
        return messages().withLabel(name);
    }

    public String organisationLabel(String organisation) {
        return messages().organisationLabel(organisation);
    }

    public String countryLabel(String country) {
        return messages().countryLabel(country);
    }

    public String sectorsLabel(String sectors) {
        return messages().sectorsLabel(sectors);
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

    /**
     * Every character a document about {@code view} may print: the event's own names and the fixed wording of the
     * exports in every language, with the names of days and months.
     */
    public static IntStream printedCodePoints(ScheduleView view) {
        Stream<String> event = Stream.of(view.event().name(), view.event().venue());
        Stream<String> sessions = view.sessions().stream().map(ScheduleView.SessionInfo::name);
        Stream<String> tables = view.tables().stream().flatMap(t -> Stream.of(t.code(), t.name()));
        Stream<String> people = view.participants().stream().flatMap(p -> Stream.concat(
                Stream.of(p.code(), p.name(), p.organisation(), p.group(), p.country()), p.sectorsOrEmpty().stream()));
        return Stream.of(event, sessions, tables, people, wording()).flatMap(s -> s)
                .filter(Objects::nonNull).flatMapToInt(String::codePoints).distinct();
    }

    private static Stream<String> wording() {
        Stream<String> phrases = Stream.of(ENGLISH, TRADITIONAL_CHINESE).flatMap(ExportText::everyPhrase);
        // A week of days in every month covers every weekday and month name both date formats print.
        Stream<String> dates = Stream.of(ENGLISH, TRADITIONAL_CHINESE).flatMap(text -> IntStream.rangeClosed(1, 12)
                .mapToObj(month -> LocalDate.of(2024, month, 1)).flatMap(first -> Arrays.stream(DayOfWeek.values())
                        .map(d -> first.plusDays(d.ordinal()))).map(date -> text.day(date) + text.shortDay(date)));
        return Stream.concat(phrases, dates);
    }

    /** Every message of the bundle, rendered with empty values: its fixed wording. */
    private Stream<String> everyPhrase() {
        ExportMessages messages = messages();
        return Arrays.stream(ExportMessages.class.getMethods()).map(method -> {
            Object[] values = Arrays.stream(method.getParameterTypes())
                    .map(type -> type == int.class || type == Integer.class ? (Object) 0 : "").toArray();
            try {
                return (String) method.invoke(messages, values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot render export message " + method.getName(), e);
            }
        });
    }

    /** Null as empty text, for cells and lines. */
    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
