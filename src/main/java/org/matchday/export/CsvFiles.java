package org.matchday.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * How every CSV export is written: RFC 4180, UTF-8 with a byte order mark so that Excel shows Chinese names, and
 * no text a spreadsheet would run as a formula.
 */
final class CsvFiles {

    static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvFiles() {
    }

    /** A file writing the mark and the header; close it to flush (the stream is closed with it). */
    static Rows open(OutputStream out, String... header) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        return new Rows(new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get()));
    }

    /**
     * Text as a spreadsheet shows it rather than runs it: a cell starting with {@code = + - @}, a tab or a carriage
     * return gets a leading apostrophe (OWASP's advice on CSV injection), since participants write names and
     * organisations themselves.
     */
    static Object neutralised(Object cell) {
        if (cell instanceof CharSequence text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell;
    }

    /** The rows of one CSV file. */
    static final class Rows implements Closeable {

        private final CSVPrinter printer;

        private Rows(CSVPrinter printer) {
            this.printer = printer;
        }

        void printRecord(Object... cells) throws IOException {
            Object[] safe = new Object[cells.length];
            for (int i = 0; i < cells.length; i++) {
                safe[i] = neutralised(cells[i]);
            }
            printer.printRecord(safe);
        }

        @Override
        public void close() throws IOException {
            printer.close();
        }
    }
}
