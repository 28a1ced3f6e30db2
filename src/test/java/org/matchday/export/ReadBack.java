package org.matchday.export;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads exported files back with the same real parsers a user's tools would use. */
public final class ReadBack {

    private ReadBack() {
    }

    /** The text of every page, page by page, in drawing order (a table row's left column, then its right one). */
    public static List<String> pdfPages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document).replace("\r\n", "\n"));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String pdfText(byte[] pdf) {
        return String.join("\n", pdfPages(pdf));
    }

    /** Parses a calendar and fails unless ical4j finds it valid under RFC 5545. */
    public static Calendar calendar(byte[] ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
            ValidationResult result = calendar.validate();
            if (result.hasErrors()) {
                throw new AssertionError("Invalid iCalendar file: " + result.getEntries());
            }
            return calendar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("Not a valid iCalendar file: " + e.getMessage(), e);
        }
    }

    /** Records of a CSV export whose first line is the header; fails when the byte order mark is missing. */
    public static List<CSVRecord> csv(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError("The CSV does not start with a UTF-8 byte order mark");
        }
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> csvHeader(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(text))) {
            return parser.getHeaderNames();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static XSSFWorkbook workbook(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
