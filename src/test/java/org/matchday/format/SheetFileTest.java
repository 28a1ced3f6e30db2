package org.matchday.format;

import org.matchday.problem.InvalidDocumentException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SheetFileTest {

    private static SheetFile csv(String text) {
        return SheetFile.read(text.getBytes(StandardCharsets.UTF_8), SheetFormat.CSV);
    }

    private static List<Integer> lines(SheetFile file) {
        return file.rows().stream().map(SheetFile.Row::line).toList();
    }

    @Test
    void csvRowsKeepTheLineTheyStartOnAcrossQuotedLineBreaksCrlfAndBlankLines() {
        SheetFile file = csv("\uFEFFid,name,description\r\n"
                + "tw-01,林明哲,\"Two lines\r\nof text\"\r\n"
                + "\r\n"
                + ",,\r\n"
                + "eu-01, Marie Dubois ,\"She said \"\"hi\"\"\"\r\n"
                + "\r\n");
        assertEquals(List.of(1, 2, 6), lines(file));
        assertEquals(List.of("id", "name", "description"), file.rows().get(0).cells());
        assertEquals("Two lines\r\nof text", file.rows().get(1).cell(2));
        assertEquals("Marie Dubois", file.rows().get(2).cell(1));
        assertEquals("She said \"hi\"", file.rows().get(2).cell(2));
        assertEquals("", file.rows().get(2).cell(7));
    }

    @Test
    void csvWithoutByteOrderMarkReadsTheSame() {
        assertEquals(List.of("id", "name"), csv("id,name\ntw-01,林明哲").rows().get(0).cells());
        assertEquals("林明哲", csv("id,name\ntw-01,林明哲").rows().get(1).cell(1));
    }

    @Test
    void separatorIsTheOneTheHeaderUsesMost() {
        SheetFile semicolons = csv("id;name;sectors\neu-02;Søren Østergaard;Wind, offshore\n");
        assertEquals(List.of("eu-02", "Søren Østergaard", "Wind, offshore"), semicolons.rows().get(1).cells());
        SheetFile tabs = csv("id\tname\n\"a;b\"\tX\n");
        assertEquals(List.of("a;b", "X"), tabs.rows().get(1).cells());
    }

    @Test
    void textThatIsNotUtf8IsRefusedAtItsLine() {
        byte[] big5 = {'i', 'd', ',', 'n', 'a', 'm', 'e', '\n', 't', 'w', ',', 'x', '\n', 't', 'w', '2', ',',
                (byte) 0xAA, (byte) 0x4C, '\n'};
        InvalidDocumentException refused = assertThrows(InvalidDocumentException.class,
                () -> SheetFile.read(big5, SheetFormat.CSV));
        assertEquals("line 3", refused.violations().get(0).path());
        assertTrue(refused.violations().get(0).message().contains("CSV UTF-8"));
    }

    @Test
    void unclosedQuoteIsRefusedAtTheLineItsRowStarts() {
        InvalidDocumentException refused = assertThrows(InvalidDocumentException.class,
                () -> csv("id,name\neu-01,Marie\ntw-01,\"林明哲\nmore\n"));
        assertEquals("line 3", refused.violations().get(0).path());
    }

    @Test
    void workbookCellsReadAsExcelShowsThemFromTheFirstSheetOnly() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet first = workbook.createSheet("Participants");
            Row header = first.createRow(0);
            header.createCell(0).setCellValue("ID");
            header.createCell(1).setCellValue("Name");
            header.createCell(3).setCellValue("Max meetings");
            Row row = first.createRow(1);
            row.createCell(0).setCellValue(7);
            row.createCell(1).setCellValue("  中華民國全國工業總會 ");
            row.createCell(3).setCellValue(6.0);
            first.createRow(2).createCell(1).setCellValue("");
            Row later = first.createRow(4);
            later.createCell(0).setCellValue("eu-01");
            later.createCell(1).setCellFormula("\"Marie\"&\" Dubois\"");
            later.createCell(3).setCellValue(2.5);
            first.createRow(9).createCell(0).setCellValue(" ");
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("not read");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        SheetFile file = SheetFile.read(xlsx, SheetFormat.XLSX);
        assertEquals(List.of(1, 2, 5), lines(file));
        assertEquals(List.of("ID", "Name", "", "Max meetings"), file.rows().get(0).cells());
        assertEquals(List.of("7", "中華民國全國工業總會", "", "6"), file.rows().get(1).cells());
        assertEquals(List.of("eu-01", "Marie Dubois", "", "2.5"), file.rows().get(2).cells());
    }

    @Test
    void damagedWorkbookIsRefusedWhole() {
        byte[] notReally = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};
        InvalidDocumentException refused = assertThrows(InvalidDocumentException.class,
                () -> SheetFile.read(notReally, SheetFormat.XLSX));
        assertEquals("$", refused.violations().get(0).path());
    }

    @Test
    void pathsNameLineAndColumnAndReadBack() {
        String path = SheetFile.path(7, "Say \"hi\"");
        assertEquals("line 7, column \"Say \\\"hi\\\"\"", path);
        assertEquals(7, ParticipantSheet.lineOf(path));
        assertEquals(Optional.of("Say \"hi\""), ParticipantSheet.columnOf(path));
        assertEquals(12, ParticipantSheet.lineOf(SheetFile.path(12)));
        assertEquals(Optional.empty(), ParticipantSheet.columnOf(SheetFile.path(12)));
    }

    @Test
    void formatComesFromTheTypeThenFromTheFirstBytes() {
        byte[] zip = {'P', 'K', 3, 4, 0};
        byte[] text = "id,name".getBytes(StandardCharsets.UTF_8);
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertEquals(Optional.of(SheetFormat.CSV), SheetFormat.detect("text/csv; charset=UTF-8", text));
        assertEquals(Optional.of(SheetFormat.XLSX), SheetFormat.detect(SheetFormat.XLSX_MEDIA_TYPE, zip));
        assertEquals(Optional.of(SheetFormat.XLSX), SheetFormat.detect("application/octet-stream", zip));
        assertEquals(Optional.of(SheetFormat.CSV), SheetFormat.detect(null, text));
        assertEquals(Optional.of(SheetFormat.CSV), SheetFormat.detect("application/vnd.ms-excel", text));
        assertEquals(Optional.empty(), SheetFormat.detect("application/json", text));
        assertEquals(Optional.empty(), SheetFormat.detect("application/octet-stream", xls));
    }
}
