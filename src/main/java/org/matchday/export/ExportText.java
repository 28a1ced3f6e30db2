package org.matchday.export;

import org.matchday.export.ScheduleView.PersonInfo;

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
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The wording and date formats all exports share, so that a PDF, a calendar and a workbook say the same thing, in
 * English and in Traditional Chinese: {@link #ENGLISH} and {@link #TRADITIONAL_CHINESE} hold every printed phrase of
 * both languages side by side (see {@link Words}). Machine-read files (CSV, the workbook) stay in English.
 */
public final class ExportText {

    /** The status cell of CSV files: a fixed word that scripts can test for. */
    public static final String DRAFT = "DRAFT";

    public static final ExportText ENGLISH = new ExportText(Locale.ENGLISH, "en", "EEEE d MMMM uuuu",
            "EEE d MMM uuuu", false);
    public static final ExportText TRADITIONAL_CHINESE = new ExportText(Locale.forLanguageTag("zh-TW"), "zh-TW",
            "uuuu年M月d日 EEEE", "uuuu年M月d日（EEE）", true);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    /** Every phrase the exports print, in English and in Traditional Chinese; {0} and {1} stand for values. */
    enum Words {
        WATERMARK(DRAFT, "草稿"),
        DRAFT_STATUS(DRAFT + " \u2013 not published yet, the schedule may still change",
                "草稿 \u2013 尚未公布，時間表仍可能變動"),
        PUBLISHED("Published schedule, version {0}", "已公布的時間表，第 {0} 版"),
        PUBLISHED_ON("Published schedule, version {0} of {1}", "已公布的時間表，第 {0} 版（{1}）"),
        ZONE_NOTE("Times are local to {0} ({1})", "時間均為 {0} 當地時間（{1}）"),
        ONE_MEETING("1 meeting", "1 場會議"),
        MEETINGS("{0} meetings", "{0} 場會議"),
        FREE("Free", "空檔"),
        UNAVAILABLE("Not available", "無法出席"),
        PAUSE("Pause", "休息"),
        AGENDA_TITLE("Agenda of {0} \u2013 {1}", "{0} 的議程 \u2013 {1}"),
        AGENDAS_TITLE("Agendas \u2013 {0}", "議程 \u2013 {0}"),
        AGENDA_FOOTER("Agenda of {0} ({1})", "{0}（{1}）的議程"),
        AGENDA_CONTINUED("{0} \u2013 agenda, continued", "{0} \u2013 議程（續）"),
        NO_SESSION("No session of this event fits this participant's availability.",
                "本活動沒有任何場次符合此參與者可出席的時間。"),
        TABLE_SHEETS_TITLE("Table sheets", "各桌時間表"),
        TABLE_SHEET_FOOTER("Table sheet {0}", "桌次時間表 {0}"),
        TABLE_CODE("Table {0}", "桌號 {0}"),
        TABLE_CONTINUED("{0} \u2013 continued", "{0}（續）"),
        NO_TABLES("This event has no tables.", "本活動沒有設定任何桌位。"),
        CALENDAR_DRAFT(DRAFT + ": ", "草稿："),
        MEETING_WITH("Meeting with {0}", "與 {0} 會面"),
        MEETING_WITH_ORGANISATION("Meeting with {0} ({1})", "與 {0}（{1}）會面"),
        TABLE_LABEL("Table: {0}", "桌號：{0}"),
        WITH_LABEL("With: {0}", "會面對象：{0}"),
        ORGANISATION_LABEL("Organisation: {0}", "單位：{0}"),
        COUNTRY_LABEL("Country: {0}", "國家：{0}"),
        SECTORS_LABEL("Sectors: {0}", "產業：{0}");

        private final String english;
        private final String chinese;

        Words(String english, String chinese) {
            this.english = english;
            this.chinese = chinese;
        }
    }

    private final Locale locale;
    private final String tag;
    private final DateTimeFormatter day;
    private final DateTimeFormatter shortDay;
    private final boolean chinese;

    private ExportText(Locale locale, String tag, String dayPattern, String shortDayPattern, boolean chinese) {
        this.locale = locale;
        this.tag = tag;
        this.day = DateTimeFormatter.ofPattern(dayPattern, locale);
        this.shortDay = DateTimeFormatter.ofPattern(shortDayPattern, locale);
        this.chinese = chinese;
    }

    /** The language a tag asks for: zh, zh-TW, zh-Hant... are Traditional Chinese, en-* English, others none. */
    public static Optional<ExportText> forTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String lower = tag.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("zh")) {
            return Optional.of(TRADITIONAL_CHINESE);
        }
        return lower.startsWith("en") ? Optional.of(ENGLISH) : Optional.empty();
    }

    /** A participant's language: the first of its languages when Matchday speaks it, else English. */
    public static ExportText forPerson(PersonInfo person) {
        List<String> languages = person.languages();
        return languages == null || languages.isEmpty() ? ENGLISH : forTag(languages.get(0)).orElse(ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /** "en" or "zh-TW". */
    public String tag() {
        return tag;
    }

    String say(Words words, Object... values) {
        String text = chinese ? words.chinese : words.english;
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
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
        return say(Words.ZONE_NOTE, zone.getId(), "UTC" + (offset.getTotalSeconds() == 0 ? "" : offset.getId()));
    }

    /** The line every page and sheet carries: which version of the schedule this is. */
    public String status(ScheduleView view) {
        if (view.isDraft()) {
            return say(Words.DRAFT_STATUS);
        }
        return view.publishedAt() == null ? say(Words.PUBLISHED, view.publicationNumber())
                : say(Words.PUBLISHED_ON, view.publicationNumber(),
                isoDay(LocalDate.ofInstant(view.publishedAt(), view.event().zone())));
    }

    /** The word across every page of an unpublished schedule. */
    public String watermark() {
        return say(Words.WATERMARK);
    }

    /** "3 meetings". */
    public String meetings(int count) {
        return count == 1 ? say(Words.ONE_MEETING) : say(Words.MEETINGS, count);
    }

    public String free() {
        return say(Words.FREE);
    }

    public String unavailable() {
        return say(Words.UNAVAILABLE);
    }

    public String pause() {
        return say(Words.PAUSE);
    }

    public String agendaTitle(String person, String event) {
        return say(Words.AGENDA_TITLE, person, event);
    }

    public String agendasTitle(String event) {
        return say(Words.AGENDAS_TITLE, event);
    }

    public String agendaFooter(PersonInfo person) {
        return say(Words.AGENDA_FOOTER, person.name(), person.code());
    }

    public String agendaContinued(String person) {
        return say(Words.AGENDA_CONTINUED, person);
    }

    public String noSessionFits() {
        return say(Words.NO_SESSION);
    }

    public String tableSheetsTitle() {
        return say(Words.TABLE_SHEETS_TITLE);
    }

    public String tableSheetFooter(String table) {
        return say(Words.TABLE_SHEET_FOOTER, table);
    }

    /** "Table T01". */
    public String tableCode(String code) {
        return say(Words.TABLE_CODE, code);
    }

    public String tableContinued(String table) {
        return say(Words.TABLE_CONTINUED, table);
    }

    public String noTables() {
        return say(Words.NO_TABLES);
    }

    /** What a calendar entry of an unpublished schedule starts with. */
    public String calendarDraftPrefix() {
        return say(Words.CALENDAR_DRAFT);
    }

    /** A calendar entry's summary: "Meeting with Chen Wei (TAIROA)". */
    public String meetingWith(PersonInfo other) {
        return other.organisation() == null ? say(Words.MEETING_WITH, other.name())
                : say(Words.MEETING_WITH_ORGANISATION, other.name(), other.organisation());
    }

    public String tableLabel(String table) {
        return say(Words.TABLE_LABEL, table);
    }

    public String withLabel(String name) {
        return say(Words.WITH_LABEL, name);
    }

    public String organisationLabel(String organisation) {
        return say(Words.ORGANISATION_LABEL, organisation);
    }

    public String countryLabel(String country) {
        return say(Words.COUNTRY_LABEL, country);
    }

    public String sectorsLabel(String sectors) {
        return say(Words.SECTORS_LABEL, sectors);
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
        Stream<String> phrases = Arrays.stream(Words.values()).flatMap(w -> Stream.of(w.english, w.chinese));
        // A week of days in every month covers every weekday and month name both date formats print.
        Stream<String> dates = Stream.of(ENGLISH, TRADITIONAL_CHINESE).flatMap(text -> IntStream.rangeClosed(1, 12)
                .mapToObj(month -> LocalDate.of(2024, month, 1)).flatMap(first -> Arrays.stream(DayOfWeek.values())
                        .map(d -> first.plusDays(d.ordinal()))).map(date -> text.day(date) + text.shortDay(date)));
        return Stream.concat(phrases, dates);
    }

    /** Null as empty text, for cells and lines. */
    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
