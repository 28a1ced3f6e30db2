package org.matchday.schedule;

import org.matchday.domain.EventSession;
import org.matchday.domain.EventTable;
import org.matchday.domain.Meeting;
import org.matchday.domain.Participant;
import org.matchday.domain.Timeslot;
import org.matchday.format.TextFormats;
import org.matchday.persistence.EventData;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The current timetable as the pages show it, in plain values copied from an {@link EventData} inside its
 * transaction: slots (rows, grouped by session, in time order) by tables (columns), and optionally one row per
 * participant. Times are local to the event's zone; each slot also carries its instant for the viewer's own time.
 */
public record Timetable(long eventId, String zone, TimetableFilter filter, List<Column> columns, List<Block> blocks,
        List<Person> people, List<PersonRow> agendas, List<OffGrid> offGrid, int scheduled, int hits,
        List<Choice> tableChoices, List<Choice> sessionChoices) {

    /**
     * A table of the venue: a column of the grid.
     *
     * @param host the name of the participant whose fixed table it is (only that host meets there), or null
     */
    public record Column(String code, String name, String host) {
    }

    /** A session: its slots in time order, each a row of the grid. */
    public record Block(String code, String name, String date, List<Row> rows) {
    }

    /** One slot: {@code start} is the local date-time a move names, {@code instant} the same moment in UTC. */
    public record Row(String start, String instant, String label, List<Cell> cells) {
    }

    /** A meeting in the grid; {@code hit} when it matches the search. */
    public record Cell(String a, String b, String nameA, String nameB, boolean pinned, long version, boolean hit) {
    }

    /** A participant as lists and scripts name it; {@code absent} once cancelled or marked a no-show. */
    public record Person(String code, String name, String organisation, boolean absent) {

        public String label() {
            return organisation == null || organisation.isBlank() ? name : name + " (" + organisation + ")";
        }
    }

    /** One participant's meetings in time order. */
    public record PersonRow(Person person, String fixedTable, List<Entry> meetings) {
    }

    /** A meeting as one participant sees it: when, where and with whom. */
    public record Entry(String day, String instant, String label, String table, String partner,
            String partnerOrganisation, boolean pinned) {
    }

    /** A meeting the grid cannot show: its slot or table is not one of the event's, or another holds its cell. */
    public record OffGrid(String a, String b, String start, String table) {
    }

    /** An option of a filter. */
    public record Choice(String code, String name, boolean selected) {
    }

    /** True when a filter hides columns or rows, or a search marks meetings. */
    public boolean filtered() {
        return filter.active();
    }

    /** True when some column is a host's fixed table, for the legend. */
    public boolean hasReservedTables() {
        return columns.stream().anyMatch(c -> c.host() != null);
    }

    /** Columns plus the row header, for cells that span the grid. */
    public int width() {
        return columns.size() + 1;
    }

    /** The first and last table of the grid, as a printed heading names them. */
    public String columnRange() {
        if (columns.isEmpty()) {
            return "";
        }
        String first = columns.get(0).name();
        String last = columns.get(columns.size() - 1).name();
        return first.equals(last) ? first : first + " – " + last;
    }

    /** The grid cut into parts of at most {@code size} tables each, for printing. */
    public List<Timetable> pages(int size) {
        List<Timetable> pages = new ArrayList<>();
        for (int from = 0; from < columns.size(); from += size) {
            int to = Math.min(columns.size(), from + size);
            List<Block> part = new ArrayList<>();
            for (Block block : blocks) {
                List<Row> rows = new ArrayList<>();
                for (Row row : block.rows()) {
                    rows.add(new Row(row.start(), row.instant(), row.label(), row.cells().subList(from, to)));
                }
                part.add(new Block(block.code(), block.name(), block.date(), rows));
            }
            pages.add(new Timetable(eventId, zone, filter, columns.subList(from, to), part, people, agendas, offGrid,
                    scheduled, hits, tableChoices, sessionChoices));
        }
        return pages;
    }

    /**
     * Builds the timetable of {@code data}; the search and filters of {@code filter} mark meetings and leave out
     * columns and rows, and {@code withAgendas} adds one row per matching participant.
     */
    public static Timetable of(EventData data, TimetableFilter filter, boolean withAgendas, Locale locale) {
        ZoneId zone = data.event().zone();
        DateTimeFormatter fullDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter mediumDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);

        Map<Long, String> hosts = new HashMap<>();
        data.participants().forEach(p -> {
            if (p.table != null) {
                hosts.merge(p.table.id, p.name, (x, y) -> x + ", " + y);
            }
        });
        List<Column> columns = new ArrayList<>();
        Map<String, Integer> columnOf = new HashMap<>();
        List<Choice> tableChoices = new ArrayList<>();
        for (EventTable t : data.tables()) {
            tableChoices.add(new Choice(t.code, t.displayName(), t.code.equals(filter.table())));
            if (filter.table() == null || filter.table().equals(t.code)) {
                columnOf.put(t.code, columns.size());
                columns.add(new Column(t.code, t.displayName(), hosts.get(t.id)));
            }
        }

        List<EventSession> sessions = new ArrayList<>(data.sessions());
        sessions.sort(Comparator.comparing((EventSession s) -> s.date).thenComparing(s -> s.start));
        List<Block> blocks = new ArrayList<>();
        List<Choice> sessionChoices = new ArrayList<>();
        Map<LocalDateTime, Cell[]> cellsAt = new HashMap<>();
        for (EventSession s : sessions) {
            String name = s.name == null ? s.code : s.name;
            sessionChoices.add(new Choice(s.code, name, s.code.equals(filter.session())));
            if (filter.session() != null && !filter.session().equals(s.code)) {
                continue;
            }
            List<Row> rows = new ArrayList<>();
            for (Timeslot slot : s.timeslots()) {
                Cell[] cells = new Cell[columns.size()];
                cellsAt.put(slot.startDateTime(), cells);
                rows.add(new Row(TextFormats.format(slot.startDateTime()), instant(slot.startDateTime(), zone),
                        TextFormats.format(slot.start()) + "–" + TextFormats.format(slot.end()),
                        Arrays.asList(cells)));
            }
            blocks.add(new Block(s.code, name, fullDate.format(s.date), rows));
        }

        Map<Long, Person> people = new HashMap<>();
        List<Person> personList = new ArrayList<>();
        for (Participant p : data.participants()) {
            Person person = new Person(p.code, p.name, p.organisation, p.attendance != null);
            people.put(p.id, person);
            personList.add(person);
        }

        List<OffGrid> offGrid = new ArrayList<>();
        Map<Long, List<Meeting>> byParticipant = new HashMap<>();
        int scheduled = 0;
        int hits = 0;
        for (Meeting m : data.meetings()) {
            if (!m.isScheduled()) {
                continue;
            }
            scheduled++;
            Person a = people.get(m.participantA.id);
            Person b = people.get(m.participantB.id);
            boolean hit = filter.matches(a) || filter.matches(b);
            boolean inSession = filter.session() == null || filter.session().equals(m.session.code);
            boolean atTable = filter.table() == null || filter.table().equals(m.table.code);
            if (filter.hasQuery() && hit && inSession && atTable) {
                hits++;
            }
            byParticipant.computeIfAbsent(m.participantA.id, k -> new ArrayList<>()).add(m);
            byParticipant.computeIfAbsent(m.participantB.id, k -> new ArrayList<>()).add(m);
            if (!inSession || !atTable) {
                continue;
            }
            Cell[] cells = cellsAt.get(m.start);
            Integer column = columnOf.get(m.table.code);
            if (cells == null || column == null || cells[column] != null) {
                offGrid.add(new OffGrid(a.name(), b.name(), TextFormats.format(m.start), m.table.code));
                continue;
            }
            cells[column] = new Cell(a.code(), b.code(), a.name(), b.name(), m.pinned, m.version,
                    filter.hasQuery() && hit);
        }

        List<PersonRow> agendas = new ArrayList<>();
        if (withAgendas) {
            for (Participant p : data.participants()) {
                Person person = people.get(p.id);
                if (filter.hasQuery() && !filter.matches(person)) {
                    continue;
                }
                List<Entry> entries = new ArrayList<>();
                List<Meeting> own = new ArrayList<>(byParticipant.getOrDefault(p.id, List.of()));
                own.sort(Comparator.comparing(m -> m.start));
                for (Meeting m : own) {
                    if (filter.session() != null && !filter.session().equals(m.session.code)
                            || filter.table() != null && !filter.table().equals(m.table.code)) {
                        continue;
                    }
                    Person partner = people.get(m.participantA.id.equals(p.id) ? m.participantB.id
                            : m.participantA.id);
                    entries.add(new Entry(mediumDate.format(m.start.toLocalDate()), instant(m.start, zone),
                            TextFormats.format(m.start.toLocalTime()) + "–" + TextFormats.format(m.end.toLocalTime()),
                            m.table.displayName(), partner.name(), partner.organisation(), m.pinned));
                }
                agendas.add(new PersonRow(person, p.table == null ? null : p.table.displayName(), entries));
            }
        }
        return new Timetable(data.event().id, zone.getId(), filter, columns, blocks, personList, agendas, offGrid,
                scheduled, hits, tableChoices, sessionChoices);
    }

    /** The UTC instant of a local date-time of the event, as ISO-8601 for {@code <time datetime>}. */
    static String instant(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toInstant().toString();
    }
}
