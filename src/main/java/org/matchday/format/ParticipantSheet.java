package org.matchday.format;

import org.matchday.problem.ProblemCode;
import org.matchday.problem.ProblemText;
import org.matchday.problem.Violation;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A participant list read from a sheet (docs/participant-import.md): which column holds which field, and each row as
 * the participant fields it sets and the wishes it lists. Cells that cannot be read (a window without times, a cap
 * that is not a number) are problems here; every other rule is the event format's, checked on the event the rows
 * make.
 */
public final class ParticipantSheet {

    private static final Pattern PATH = Pattern.compile("^line (\\d+)(?:, column \"((?:[^\"\\\\]|\\\\.)*)\")?$");
    private static final Pattern PRIMARY_SEPARATORS = Pattern.compile("[;\\n\\r、]+");
    private static final Pattern COMMAS = Pattern.compile("[,，]+");
    private static final Pattern WINDOW_SEPARATORS = Pattern.compile("[;,\\n\\r]+");
    private static final Pattern WINDOW = Pattern.compile(
            "(\\S+)\\s+(\\d{1,2}):(\\d{2})\\s*[-–—~]\\s*(\\d{1,2}):(\\d{2})");
    private static final Pattern WISH_SEPARATORS = Pattern.compile("[;,、\\s]+");
    private static final Pattern WISH = Pattern.compile("([^:]+)(?::(\\d{1,9}))?");
    private static final Pattern HAN_ONLY = Pattern.compile("\\p{IsHan}+");
    private static final Map<String, String> COUNTRIES = countries();

    private final int headerLine;
    private final Map<ParticipantColumn, Integer> columns;
    private final Map<ParticipantColumn, String> headers;
    private final List<Row> rows = new ArrayList<>();
    private final List<Violation> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /** A wish to meet participant {@code to}, with the priority written after a colon if any. */
    public record Wish(String to, Integer priority) {
    }

    /**
     * One participant row.
     *
     * @param line    where the row starts in the file
     * @param id      the participant's id; null when the cell is empty
     * @param values  the fields of the sheet's columns by name, null for an empty cell
     * @param wishes  the participants the row asks to meet, in the order written
     */
    public record Row(int line, String id, Map<String, Object> values, List<Wish> wishes) {

        /** The participant with the sheet's columns written over {@code base}; fields the sheet lacks stay. */
        public ParticipantDoc applyTo(ParticipantDoc base) {
            return new ParticipantDoc(id, pick("name", base.name()), pick("organisation", base.organisation()),
                    pick("group", base.group()), pick("country", base.country()), pick("sectors", base.sectors()),
                    pick("availability", base.availability()), pick("maxMeetings", base.maxMeetings()),
                    pick("table", base.table()), pick("description", base.description()),
                    pick("offers", base.offers()), pick("seeks", base.seeks()), pick("languages", base.languages()),
                    pick("email", base.email()), base.attendance(), base.version());
        }

        @SuppressWarnings("unchecked")
        private <T> T pick(String field, T current) {
            return values.containsKey(field) ? (T) values.get(field) : current;
        }
    }

    private ParticipantSheet(int headerLine, Map<ParticipantColumn, Integer> columns,
            Map<ParticipantColumn, String> headers) {
        this.headerLine = headerLine;
        this.columns = columns;
        this.headers = headers;
    }

    /** Reads the rows under the first row, which names the columns. */
    public static ParticipantSheet read(SheetFile file) {
        if (file.rows().isEmpty()) {
            ParticipantSheet empty = new ParticipantSheet(1, Map.of(), Map.of());
            empty.problems.add(Violation.of(SheetFile.path(1), ProblemCode.SHEET_EMPTY));
            return empty;
        }
        SheetFile.Row header = file.rows().get(0);
        Map<ParticipantColumn, Integer> columns = new EnumMap<>(ParticipantColumn.class);
        Map<ParticipantColumn, String> headers = new EnumMap<>(ParticipantColumn.class);
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i);
            if (name.isEmpty()) {
                continue;
            }
            Optional<ParticipantColumn> column = ParticipantColumn.of(name);
            if (column.isEmpty()) {
                warnings.add("column \"" + name + "\" is not a participant field and was not imported");
            } else if (columns.containsKey(column.get())) {
                warnings.add("column \"" + name + "\" repeats \"" + headers.get(column.get())
                        + "\" and was not imported");
            } else {
                columns.put(column.get(), i);
                headers.put(column.get(), name);
            }
        }
        if (columns.containsKey(ParticipantColumn.NAME)) {
            for (ParticipantColumn part : List.of(ParticipantColumn.FIRST_NAME, ParticipantColumn.LAST_NAME)) {
                if (columns.remove(part) != null) {
                    warnings.add("column \"" + headers.remove(part) + "\" was not imported: \""
                            + headers.get(ParticipantColumn.NAME) + "\" gives the name");
                }
            }
        }
        ParticipantSheet sheet = new ParticipantSheet(header.line(), columns, headers);
        sheet.warnings.addAll(warnings);
        sheet.requireColumns();
        if (sheet.problems.isEmpty()) {
            file.rows().stream().skip(1).forEach(sheet::readRow);
            if (sheet.rows.isEmpty()) {
                sheet.warnings.add("the sheet has no rows under its header");
            }
        }
        return sheet;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Cells that cannot be read and columns that are missing, located by line and column. */
    public List<Violation> problems() {
        return problems;
    }

    /** Columns left out, and other things an organiser should know although nothing is wrong. */
    public List<String> warnings() {
        return warnings;
    }

    /** True when the sheet has a column for the participant field (first or last name for "name"). */
    private boolean sets(String field) {
        return columns.keySet().stream().anyMatch(c -> c.field().equals(field));
    }

    /** A problem of a field in a row: at the field's column when the sheet has one, else at the whole row. */
    public Violation at(int line, String field, ProblemText message) {
        return headerOf(field).map(h -> Violation.of(SheetFile.path(line, h), message))
                .orElseGet(() -> Violation.of(SheetFile.path(line), ProblemCode.SHEET_FIELD_PROBLEM.with("field",
                        field, "problem", message)));
    }

    /** Problems in file order: by line, then by column from left to right; problems of the whole file first. */
    public Comparator<Violation> inFileOrder() {
        Map<String, Integer> position = new HashMap<>();
        headers.forEach((column, name) -> position.put(name, columns.get(column)));
        return Comparator.comparingInt((Violation v) -> lineOf(v.path()))
                .thenComparingInt(v -> columnOf(v.path()).map(position::get).orElse(-1))
                .thenComparing(Violation::message);
    }

    /** The line a path names, 0 for a path that names none; the inverse of {@link SheetFile#path(int, String)}. */
    public static int lineOf(String path) {
        Matcher m = PATH.matcher(path);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The column header a path names, if any. */
    public static Optional<String> columnOf(String path) {
        Matcher m = PATH.matcher(path);
        return m.matches() && m.group(2) != null
                ? Optional.of(m.group(2).replaceAll("\\\\(.)", "$1")) : Optional.empty();
    }

    private Optional<String> headerOf(String field) {
        return columns.keySet().stream().filter(c -> c.field().equals(field)).findFirst().map(headers::get);
    }

    private void requireColumns() {
        if (!columns.containsKey(ParticipantColumn.ID)) {
            problems.add(Violation.of(SheetFile.path(headerLine), ProblemCode.SHEET_NO_ID_COLUMN));
        }
        if (!sets("name")) {
            problems.add(Violation.of(SheetFile.path(headerLine), ProblemCode.SHEET_NO_NAME_COLUMN));
        }
    }

    private void readRow(SheetFile.Row source) {
        Cells cells = new Cells(source);
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParticipantColumn column : columns.keySet()) {
            switch (column) {
                case ID, WISHES, FIRST_NAME, LAST_NAME -> {
                }
                case NAME -> values.put("name", cells.text(column));
                case COUNTRY -> values.put("country", country(cells.text(column)));
                case SECTORS, LANGUAGES -> values.put(column.field(), cells.list(column));
                case AVAILABILITY -> values.put("availability", cells.windows(column));
                case MAX_MEETINGS -> values.put("maxMeetings", cells.number(column));
                default -> values.put(column.field(), cells.text(column));
            }
        }
        if (!columns.containsKey(ParticipantColumn.NAME)) {
            values.put("name", fullName(cells.text(ParticipantColumn.FIRST_NAME),
                    cells.text(ParticipantColumn.LAST_NAME)));
        }
        List<Wish> wishes = columns.containsKey(ParticipantColumn.WISHES) ? cells.wishes() : List.of();
        rows.add(new Row(source.line(), cells.text(ParticipantColumn.ID), values, wishes));
    }

    /** "First Last", or family name first without a space when both parts are Chinese: 林 + 明哲 is 林明哲. */
    private static String fullName(String first, String last) {
        if (first == null || last == null) {
            return first == null ? last : first;
        }
        boolean chinese = HAN_ONLY.matcher(first).matches() && HAN_ONLY.matcher(last).matches();
        return chinese ? last + first : first + " " + last;
    }

    /** An ISO code in any case, or a country's name in English or Chinese; anything else is left for the rules. */
    private static String country(String text) {
        if (text == null) {
            return null;
        }
        return COUNTRIES.getOrDefault(ParticipantColumn.normalise(text), text);
    }

    private static Map<String, String> countries() {
        Map<String, String> names = new HashMap<>();
        Locale chinese = Locale.forLanguageTag("zh-TW");
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale.Builder().setRegion(code).build();
            names.put(ParticipantColumn.normalise(country.getDisplayCountry(Locale.ENGLISH)), code);
            names.put(ParticipantColumn.normalise(country.getDisplayCountry(chinese)), code);
        }
        // After the names, so that a code always means its own country.
        for (String code : Locale.getISOCountries()) {
            names.put(code.toLowerCase(Locale.ROOT), code);
        }
        // Spellings registration forms use that are not ISO's: the United Kingdom, Greece as the EU writes it.
        names.put("uk", "GB");
        names.put("el", "GR");
        names.put("臺灣", "TW");
        return names;
    }

    /** The cells of one row, read per column; a cell that cannot be read adds a problem and gives null. */
    private final class Cells {

        private final SheetFile.Row row;

        Cells(SheetFile.Row row) {
            this.row = row;
        }

        String text(ParticipantColumn column) {
            Integer index = columns.get(column);
            if (index == null) {
                return null;
            }
            String cell = row.cell(index);
            return cell.isEmpty() ? null : cell;
        }

        /** Items separated by ';', '、' or line breaks, or by commas when the cell has none of those. */
        List<String> list(ParticipantColumn column) {
            String cell = text(column);
            if (cell == null) {
                return null;
            }
            Pattern separators = PRIMARY_SEPARATORS.matcher(cell).find() ? PRIMARY_SEPARATORS : COMMAS;
            List<String> items = new ArrayList<>();
            for (String item : separators.split(cell)) {
                String trimmed = item.strip();
                if (!trimmed.isEmpty()) {
                    items.add(column == ParticipantColumn.LANGUAGES ? trimmed.replace('_', '-') : trimmed);
                }
            }
            return items;
        }

        List<AvailabilityDoc> windows(ParticipantColumn column) {
            String cell = text(column);
            if (cell == null) {
                return null;
            }
            List<AvailabilityDoc> windows = new ArrayList<>();
            for (String part : WINDOW_SEPARATORS.split(halfWidth(cell))) {
                String window = part.strip();
                if (window.isEmpty()) {
                    continue;
                }
                Matcher m = WINDOW.matcher(window);
                if (m.matches()) {
                    windows.add(new AvailabilityDoc(m.group(1), time(m.group(2), m.group(3)),
                            time(m.group(4), m.group(5))));
                } else {
                    problem(column, ProblemCode.SHEET_WINDOW.with("window", window));
                }
            }
            return windows;
        }

        Integer number(ParticipantColumn column) {
            String cell = text(column);
            if (cell == null) {
                return null;
            }
            try {
                return Integer.parseInt(halfWidth(cell));
            } catch (NumberFormatException e) {
                problem(column, ProblemCode.PARAM_WHOLE_NUMBER_FIELD.with("value", cell));
                return null;
            }
        }

        List<Wish> wishes() {
            String cell = text(ParticipantColumn.WISHES);
            if (cell == null) {
                return List.of();
            }
            List<Wish> wishes = new ArrayList<>();
            Set<String> named = new HashSet<>();
            for (String token : WISH_SEPARATORS.split(halfWidth(cell).replaceAll("\\s*:\\s*", ":"))) {
                if (token.isEmpty()) {
                    continue;
                }
                Matcher m = WISH.matcher(token);
                if (!m.matches()) {
                    problem(ParticipantColumn.WISHES, ProblemCode.SHEET_WISH.with("token", token));
                } else if (!named.add(m.group(1))) {
                    problem(ParticipantColumn.WISHES, ProblemCode.SHEET_WISH_TWICE.with("id", m.group(1)));
                } else {
                    wishes.add(new Wish(m.group(1), m.group(2) == null ? null : Integer.valueOf(m.group(2))));
                }
            }
            return wishes;
        }

        private void problem(ParticipantColumn column, ProblemText message) {
            problems.add(Violation.of(SheetFile.path(row.line(), headers.get(column)), message));
        }
    }

    /** Full-width digits, colons and semicolons, as Chinese input methods type them, as their ASCII twins. */
    private static String halfWidth(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static String time(String hours, String minutes) {
        return (hours.length() == 1 ? "0" + hours : hours) + ":" + minutes;
    }
}
