package org.matchday.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.matchday.domain.outcome.AgreementKind;
import org.matchday.language.Language;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome report as a workbook: the totals, agreements by kind, the three breakdowns and the stories, one sheet
 * each, in the order and with the figures of the JSON report.
 */
@ApplicationScoped
public class OutcomeWorkbook {

    public void write(OutcomeReport report, Language language, OutputStream out) throws IOException {
        OutcomeMessages m = language.messages(OutcomeMessages.class);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFCellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet totals = book.createSheet(m.section_totals());
            header(totals, bold, m.column_figure(), m.column_value());
            List<Object[]> rows = OutcomePdf.totals(report, m);
            for (Object[] row : rows) {
                Row r = totals.createRow(totals.getLastRowNum() + 1);
                r.createCell(0).setCellValue((String) row[0]);
                if (row[1] instanceof Number n) {
                    r.createCell(1).setCellValue(n.doubleValue());
                }
            }

            Sheet kinds = book.createSheet(m.section_kinds());
            header(kinds, bold, m.column_kind(), m.column_count());
            for (AgreementKind kind : AgreementKind.values()) {
                Row r = kinds.createRow(kinds.getLastRowNum() + 1);
                r.createCell(0).setCellValue(m.kind_value(kind));
                r.createCell(1).setCellValue(report.agreementsByKind().getOrDefault(kind, 0));
            }

            figures(book.createSheet(m.section_group_pairs()), bold, m, m.column_group_pair(), report.byGroupPair());
            figures(book.createSheet(m.section_sectors()), bold, m, m.column_sector(), report.bySector());
            figures(book.createSheet(m.section_countries()), bold, m, m.column_country(), report.byCountry());

            Sheet stories = book.createSheet(m.section_stories());
            header(stories, bold, m.column_participants(), m.column_author(), m.column_kind(), m.column_story());
            for (OutcomeReport.Story story : report.stories()) {
                Row r = stories.createRow(stories.getLastRowNum() + 1);
                r.createCell(0).setCellValue(String.join(" & ", story.participants()));
                r.createCell(1).setCellValue(story.organisation() == null ? story.name()
                        : story.name() + ", " + story.organisation());
                r.createCell(2).setCellValue(story.kinds().stream().map(k -> m.kind_value(k))
                        .collect(Collectors.joining(", ")));
                r.createCell(3).setCellValue(story.story());
            }
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                book.getSheetAt(i).setColumnWidth(0, 40 * 256);
            }
            book.write(out);
        }
    }

    private static void figures(Sheet sheet, XSSFCellStyle bold, OutcomeMessages m, String key,
            List<OutcomeReport.Figures> figures) {
        header(sheet, bold, key, m.total_planned(), m.total_held(), m.total_rated(), m.total_interest(),
                m.total_agreements(), m.total_unknown());
        for (OutcomeReport.Figures f : figures) {
            Row r = sheet.createRow(sheet.getLastRowNum() + 1);
            r.createCell(0).setCellValue(f.key());
            int[] values = {f.planned(), f.held(), f.rated(), f.followUpInterest(), f.agreements(), f.unknown()};
            for (int i = 0; i < values.length; i++) {
                r.createCell(i + 1).setCellValue(values[i]);
            }
        }
    }

    private static void header(Sheet sheet, XSSFCellStyle bold, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
            row.getCell(i).setCellStyle(bold);
        }
    }
}
