package org.matchday.format;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Set;
import java.util.regex.Pattern;

/** How the event format writes ids, dates and times; parsers answer null for text that is not valid. */
public final class TextFormats {

    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,63}");
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private TextFormats() {
    }

    public static boolean isCode(String text) {
        return text != null && CODE.matcher(text).matches();
    }

    public static LocalTime time(String text) {
        try {
            return text == null ? null : LocalTime.parse(text, TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static LocalDateTime dateTime(String text) {
        try {
            return text == null ? null : LocalDateTime.parse(text, DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Only region ids (Asia/Taipei), not offsets: an event's clock follows its place's rules. */
    public static ZoneId zone(String text) {
        return text != null && ZONES.contains(text) ? ZoneId.of(text) : null;
    }

    public static String format(LocalTime time) {
        return TIME.format(time);
    }

    public static String format(LocalDate date) {
        return DATE.format(date);
    }

    public static String format(LocalDateTime dateTime) {
        return DATE_TIME.format(dateTime);
    }
}
