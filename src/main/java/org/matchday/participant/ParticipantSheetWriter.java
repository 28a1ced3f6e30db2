package org.matchday.participant;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.matchday.domain.RequestStatus;
import org.matchday.format.AvailabilityDoc;
import org.matchday.format.ParticipantColumn;
import org.matchday.format.ParticipantDoc;
import org.matchday.format.RequestDoc;
import org.matchday.format.SheetFormat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes an event's participants as the sheet the participant import reads (docs/participant-import.md): one row per
 * participant under a header row in English or Chinese, lists separated by "; ", availability as "pm 13:30-16:00" and
 * wishes as "tw-01:5". Reading the file back with the import changes nothing; with no participants it is the
 * template an organiser fills in.
 */
final class ParticipantSheetWriter {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final int ROWS_IN_MEMORY = 200;
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /** The columns in the order written, each with how a participant's cell reads; first and last name are not. */
    private static final Map<ParticipantColumn, Function<Cells, String>> COLUMNS = columns();

    private ParticipantSheetWriter() {
    }

    /** A participant with the wishes it made, for one row. */
    private record Cells(ParticipantDoc p, List<RequestDoc> wishes) {
    }

    /** Writes the sheet; {@code chinese} picks the header names. Declined and cancelled wishes are left out. */
    static void write(List<ParticipantDoc> participants, List<RequestDoc> requests, SheetFormat format,
            boolean chinese, OutputStream out) throws IOException {
        Map<String, List<RequestDoc>> wishes = requests.stream()
                .filter(r -> r.statusOrDefault() == RequestStatus.ACCEPTED
                        || r.statusOrDefault() == RequestStatus.PENDING)
                .collect(Collectors.groupingBy(RequestDoc::from, LinkedHashMap::new, Collectors.toList()));
        List<String> header = COLUMNS.keySet().stream().map(c -> headerOf(c, chinese)).toList();
        List<List<String>> rows = new ArrayList<>();
        for (ParticipantDoc p : participants) {
            Cells cells = new Cells(p, wishes.getOrDefault(p.id(), List.of()));
            rows.add(COLUMNS.values().stream().map(cell -> cell.apply(cells)).toList());
        }
        if (format == SheetFormat.CSV) {
            writeCsv(header, rows, out);
        } else {
            writeWorkbook(header, rows, out);
        }
    }

    /** The column's first English name, or its first Chinese one; both are names the import knows. */
    static String headerOf(ParticipantColumn column, boolean chinese) {
        return column.aliases().stream().filter(a -> HAN.matcher(a).find() == chinese).findFirst()
                .orElse(column.aliases().get(0));
    }

    private static Map<ParticipantColumn, Function<Cells, String>> columns() {
        Map<ParticipantColumn, Function<Cells, String>> columns = new LinkedHashMap<>();
        columns.put(ParticipantColumn.ID, c -> c.p().id());
        columns.put(ParticipantColumn.NAME, c -> c.p().name());
        columns.put(ParticipantColumn.ORGANISATION, c -> c.p().organisation());
        columns.put(ParticipantColumn.GROUP, c -> c.p().group());
        columns.put(ParticipantColumn.COUNTRY, c -> c.p().country());
        columns.put(ParticipantColumn.SECTORS, c -> list(c.p().sectors()));
        columns.put(ParticipantColumn.DESCRIPTION, c -> c.p().description());
        columns.put(ParticipantColumn.OFFERS, c -> c.p().offers());
        columns.put(ParticipantColumn.SEEKS, c -> c.p().seeks());
        columns.put(ParticipantColumn.LANGUAGES, c -> list(c.p().languages()));
        columns.put(ParticipantColumn.EMAIL, c -> c.p().email());
        columns.put(ParticipantColumn.AVAILABILITY, c -> c.p().availability() == null ? null
                : c.p().availability().stream().map(ParticipantSheetWriter::window).collect(Collectors.joining("; ")));
        columns.put(ParticipantColumn.MAX_MEETINGS, c -> c.p().maxMeetings() == null ? null
                : c.p().maxMeetings().toString());
        columns.put(ParticipantColumn.TABLE, c -> c.p().table());
        columns.put(ParticipantColumn.WISHES, c -> c.wishes().stream()
                .map(w -> w.priority() == null ? w.to() : w.to() + ":" + w.priority())
                .collect(Collectors.joining("; ")));
        return columns;
    }

    private static String list(List<String> items) {
        return items == null ? null : String.join("; ", items);
    }

    private static String window(AvailabilityDoc window) {
        return window.session() + " " + window.from() + "-" + window.to();
    }

    /**
     * UTF-8 with a byte order mark, so that Excel shows Chinese names. A cell starting with = + - @ gets a leading
     * apostrophe so that a spreadsheet shows it rather than runs it (participants write their own profiles).
     */
    private static void writeCsv(List<String> header, List<List<String>> rows, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(ParticipantSheetWriter::neutralised).toList());
            }
        }
    }

    private static String neutralised(String cell) {
        return cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** One worksheet of text cells (never formulas), the header bold and frozen. */
    private static void writeWorkbook(List<String> header, List<List<String>> rows, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet("Participants");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
                first.getCell(i).setCellStyle(headerStyle);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int i = 0; i < cells.size(); i++) {
                    if (cells.get(i) != null && !cells.get(i).isEmpty()) {
                        row.createCell(i).setCellValue(cells.get(i));
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
