package org.matchday.format;

import org.matchday.problem.ProblemCode;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.problem.Violation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A sheet as rows of text: a CSV file or the first worksheet of an XLSX workbook. Each row keeps the line it starts
 * on, because problems are reported by line; rows without any text are left out.
 *
 * @param rows the rows in file order, the header included
 */
public record SheetFile(List<Row> rows) {

    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\p{Z}\\uFEFF]+|[\\s\\p{Z}\\uFEFF]+$");
    private static final char[] SEPARATORS = {',', ';', '\t'};

    /**
     * One row of cells, trimmed.
     *
     * @param line the line of a CSV file the row starts on, or the row number Excel shows for a workbook
     */
    public record Row(int line, List<String> cells) {

        /** The cell in the column counted from 0; empty when the row is shorter. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /** Reads the file; one that cannot be read at all is refused with the line where reading stopped. */
    public static SheetFile read(byte[] content, SheetFormat format) {
        return format == SheetFormat.XLSX ? readWorkbook(content) : readCsv(content);
    }

    /** Where a problem is in a sheet: {@code line 7, column "E-mail"}, the column as its header names it. */
    public static String path(int line, String column) {
        return path(line) + ", column \"" + column.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Where a problem of a whole row is: {@code line 7}. */
    public static String path(int line) {
        return "line " + line;
    }

    private static SheetFile readCsv(byte[] content) {
        String text = decodeUtf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator(text)).get();
        List<Row> rows = new ArrayList<>();
        long linesBefore = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                // The iterator reads one record ahead, so the count taken before asking is where the next one starts.
                linesBefore = parser.getCurrentLineNumber();
                if (!records.hasNext()) {
                    break;
                }
                addRow(rows, (int) linesBefore + 1, List.of(records.next().values()));
            }
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(path((int) linesBefore + 1), ProblemCode.SHEET_CSV_QUOTES);
        }
        return new SheetFile(rows);
    }

    /** Strict UTF-8: a file saved in another encoding (Big5, Windows-1252) is refused at its first bad byte. */
    private static String decodeUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw unreadable(path(line), ProblemCode.SHEET_NOT_UTF8);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** The separator used most on the first line, outside quotes: Excel writes ';' where ',' is a decimal comma. */
    private static char separator(String text) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < SEPARATORS.length; k++) {
                    if (c == SEPARATORS[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < SEPARATORS.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return SEPARATORS[best];
    }

    private static SheetFile readWorkbook(byte[] content) {
        OPCPackage workbook = null;
        try {
            workbook = OPCPackage.open(new ByteArrayInputStream(content));
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            List<Row> rows = new ArrayList<>();
            if (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    // Cells come as Excel shows them, so a whole number is "7", never "7.0".
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                            new ReadOnlySharedStringsTable(workbook), new RowCollector(rows),
                            new DataFormatter(Locale.ROOT), false));
                    parser.parse(new InputSource(sheet));
                }
            }
            return new SheetFile(rows);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
                 | UnsupportedFileFormatException e) {
            throw unreadable("$", ProblemCode.SHEET_NOT_XLSX);
        } finally {
            if (workbook != null) {
                workbook.revert();
            }
        }
    }

    private static void addRow(List<Row> rows, int line, List<String> cells) {
        List<String> trimmed = cells.stream().map(SheetFile::trim).toList();
        if (trimmed.stream().anyMatch(cell -> !cell.isEmpty())) {
            rows.add(new Row(line, trimmed));
        }
    }

    private static String trim(String cell) {
        return cell == null ? "" : EDGE_SPACE.matcher(cell).replaceAll("");
    }

    private static InvalidDocumentException unreadable(String path, ProblemCode message) {
        return new InvalidDocumentException(ProblemCode.SHEET_UNREADABLE.with(), List.of(Violation.of(path, message)));
    }

    /** Gathers the rows of a worksheet as POI streams them, filling the columns it skips with empty cells. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<Row> rows;
        private List<String> cells = new ArrayList<>();
        private int nextColumn;

        RowCollector(List<Row> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            addRow(rows, rowNum + 1, cells);
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue);
            nextColumn = column + 1;
        }
    }
}
