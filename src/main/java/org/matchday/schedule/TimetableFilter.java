package org.matchday.schedule;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * What a timetable page shows: a search for participants by id, name or organisation ({@code q}), and one table and
 * one session or all. Blank values mean no filter.
 */
public record TimetableFilter(String q, String table, String session) {

    public static final TimetableFilter NONE = new TimetableFilter(null, null, null);

    /** The session choice that asks for every session where a large grid would open on its first one. */
    public static final String ALL_SESSIONS = "all";

    public TimetableFilter {
        q = blankToNull(q);
        table = blankToNull(table);
        session = blankToNull(session);
        session = ALL_SESSIONS.equals(session) ? null : session;
    }

    public boolean hasQuery() {
        return q != null;
    }

    public boolean active() {
        return q != null || table != null || session != null;
    }

    /** True when the search names the participant; every participant matches an empty search. */
    public boolean matches(Timetable.Person person) {
        if (q == null) {
            return true;
        }
        String needle = q.toLowerCase(Locale.ROOT);
        return contains(person.code(), needle) || contains(person.name(), needle)
                || contains(person.organisation(), needle);
    }

    /** The filter as URL query parameters (without "?"), empty when there is none. */
    public String query() {
        StringJoiner query = new StringJoiner("&");
        add(query, "q", q);
        add(query, "session", session);
        add(query, "table", table);
        return query.toString();
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static boolean contains(String text, String lowerNeedle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerNeedle);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
