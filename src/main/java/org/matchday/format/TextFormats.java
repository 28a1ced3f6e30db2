package org.matchday.format;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Set;

/** How the event format writes ids, dates and times; parsers answer null for text that is not valid. */
public final class TextFormats {

    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private TextFormats() {
    }

    /** 1 to 64 of [A-Za-z0-9._~-], starting with a letter or digit; checked by hand, as a regex costs 20 times more. */
    public static boolean isCode(String text) {
        if (text == null || text.isEmpty() || text.length() > 64 || !isAsciiLetterOrDigit(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '~' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
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
