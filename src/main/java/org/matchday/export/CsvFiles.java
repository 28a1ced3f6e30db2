package org.matchday.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** How every CSV export is written: RFC 4180, UTF-8 with a byte order mark so that Excel shows Chinese names. */
final class CsvFiles {

    static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvFiles() {
    }

    /** A printer writing the mark and the header; close it to flush (the stream is closed with it). */
    static CSVPrinter open(OutputStream out, String... header) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get());
    }
}
