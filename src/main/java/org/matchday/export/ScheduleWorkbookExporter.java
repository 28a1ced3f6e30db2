package org.matchday.export;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.matchday.domain.Timeslot;
import org.matchday.export.ScheduleStatistics.GroupFigures;
import org.matchday.export.ScheduleStatistics.SlotUse;
import org.matchday.export.ScheduleStatistics.Unscheduled;
import org.matchday.export.ScheduleView.MeetingInfo;
import org.matchday.export.ScheduleView.PersonInfo;
import org.matchday.export.ScheduleView.SessionInfo;
import org.matchday.export.ScheduleView.TableInfo;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.matchday.export.ExportText.orEmpty;

/**
 * The master schedule as an Excel workbook: a grid of slots by tables, every meeting one per row with filters,
 * and the statistics. Rows stream to a temporary file as they are written (SXSSF), so big events fit in
 * little memory. The first row of every sheet names the event and says DRAFT or which publication it is.
 */
@ApplicationScoped
public class ScheduleWorkbookExporter {

    public static final String GRID = "Grid";
    public static final String MEETINGS = "Meetings";
    public static final String STATISTICS = "Statistics";
    /** Grid and meetings sheets: the title row, then the header row; data starts below. */
    public static final int HEADER_ROW = 1;

    private static final int ROWS_IN_MEMORY = 200;
    static final String[] MEETING_HEADER = {"Date", "Start", "End", "Session", "Table id", "Table",
            "Participant A id", "Participant A", "Organisation A", "Country A", "Sectors A",
            "Participant B id", "Participant B", "Organisation B", "Country B", "Sectors B", "Sequence"};

    public void write(ScheduleView view, ScheduleStatistics statistics, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook);
            grid(workbook.createSheet(GRID), view, styles);
            meetings(workbook.createSheet(MEETINGS), view, styles);
            statistics(workbook.createSheet(STATISTICS), view, statistics, styles);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** The cell styles of one workbook: a workbook holds a limited number, so they are made once. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle date;
        final CellStyle time;
        final CellStyle wrapped;
        final CellStyle percent;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            date.setVerticalAlignment(VerticalAlignment.TOP);
            time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("hh:mm"));
            time.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        }
    }

    private static void title(SXSSFSheet sheet, ScheduleView view, String what, Styles styles) {
        Cell cell = sheet.createRow(0).createCell(0);
        cell.setCellValue(view.event().name() + " \u2013 " + what + " \u2013 " + ExportText.ENGLISH.status(view));
        cell.setCellStyle(styles.title);
    }

    private static void grid(SXSSFSheet sheet, ScheduleView view, Styles styles) {
        title(sheet, view, "slots by table", styles);
        List<TableInfo> tables = view.tables();
        Row header = sheet.createRow(HEADER_ROW);
        text(header, 0, "Date", styles.header);
        text(header, 1, "Time", styles.header);
        for (int t = 0; t < tables.size(); t++) {
            text(header, 2 + t, tables.get(t).displayName(), styles.header);
        }
        Map<String, MeetingInfo> byStartAndTable = new HashMap<>();
        for (MeetingInfo m : view.meetings()) {
            byStartAndTable.put(m.start() + "@" + m.table().code(), m);
        }
        int r = HEADER_ROW + 1;
        for (SessionInfo session : view.sessions()) {
            for (Timeslot slot : session.slots()) {
                Row row = sheet.createRow(r++);
                Cell date = row.createCell(0);
                date.setCellValue(slot.date());
                date.setCellStyle(styles.date);
                text(row, 1, ExportText.range(slot.startDateTime(), slot.endDateTime()), styles.wrapped);
                for (int t = 0; t < tables.size(); t++) {
                    MeetingInfo m = byStartAndTable.get(slot.startDateTime() + "@" + tables.get(t).code());
                    if (m != null) {
                        text(row, 2 + t, gridCell(m.a()) + "\n" + gridCell(m.b()), styles.wrapped);
                    }
                }
            }
        }
        sheet.setColumnWidth(0, 12 * 256);
        sheet.setColumnWidth(1, 13 * 256);
        for (int t = 0; t < tables.size(); t++) {
            sheet.setColumnWidth(2 + t, 36 * 256);
        }
        sheet.createFreezePane(2, HEADER_ROW + 1);
    }

    private static String gridCell(PersonInfo p) {
        return p.organisation() == null ? p.name() : p.name() + " (" + p.organisation() + ")";
    }

    private static void meetings(SXSSFSheet sheet, ScheduleView view, Styles styles) {
        title(sheet, view, "meetings", styles);
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < MEETING_HEADER.length; c++) {
            text(header, c, MEETING_HEADER[c], styles.header);
        }
        int r = HEADER_ROW + 1;
        for (MeetingInfo m : view.meetings()) {
            Row row = sheet.createRow(r++);
            Cell date = row.createCell(0);
            date.setCellValue(m.start().toLocalDate());
            date.setCellStyle(styles.date);
            time(row, 1, m.start(), styles);
            time(row, 2, m.end(), styles);
            text(row, 3, m.session(), null);
            text(row, 4, m.table().code(), null);
            text(row, 5, m.table().displayName(), null);
            person(row, 6, m.a());
            person(row, 11, m.b());
            row.createCell(16).setCellValue(m.sequence());
        }
        int[] widths = {12, 8, 8, 10, 10, 14, 14, 24, 34, 9, 28, 14, 24, 34, 9, 28, 10};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, r - 1), 0,
                MEETING_HEADER.length - 1));
        sheet.createFreezePane(0, HEADER_ROW + 1);
    }

    private static void person(Row row, int column, PersonInfo p) {
        text(row, column, p.code(), null);
        text(row, column + 1, p.name(), null);
        text(row, column + 2, orEmpty(p.organisation()), null);
        text(row, column + 3, orEmpty(p.country()), null);
        text(row, column + 4, ExportText.sectors(p), null);
    }

    private static void statistics(SXSSFSheet sheet, ScheduleView view, ScheduleStatistics s, Styles styles) {
        title(sheet, view, "statistics", styles);
        StatisticsRows out = new StatisticsRows(sheet, styles);
        out.skip();
        out.section("Requests");
        out.pair("Requests", s.requests().total());
        out.pair("Accepted", s.requests().accepted());
        out.pair("Pending", s.requests().pending());
        out.pair("Declined", s.requests().declined());
        out.pair("Cancelled", s.requests().cancelled());
        out.skip();
        out.section("Meetings");
        out.pair("Requested (pairs to meet)", s.meetings().requested());
        out.pair("Scheduled", s.meetings().scheduled());
        out.pair("Unscheduled", s.meetings().unscheduled());
        out.pair("Scheduled, % of requested", s.meetings().scheduledPercent());
        out.skip();
        out.section("Priority sums (a pair counts with its highest accepted priority, 3 by default)");
        out.pair("Requested", s.priorities().requested());
        out.pair("Scheduled", s.priorities().scheduled());
        out.pair("Unscheduled", s.priorities().unscheduled());
        out.pair("Scheduled, % of requested", s.priorities().scheduledPercent());
        out.pair("Capacity bound (highest sum any schedule could reach)", s.priorities().capacityBound());
        out.pair("Scheduled, % of capacity bound", s.priorities().capacityBoundPercent());
        out.skip();
        out.section("Meetings per participant");
        out.pair("Participants", s.meetingsPerParticipant().participants());
        out.pair("Minimum", s.meetingsPerParticipant().min());
        out.pair("Median", s.meetingsPerParticipant().median());
        out.pair("Maximum", s.meetingsPerParticipant().max());
        out.pair("Participants without any meeting", s.meetingsPerParticipant().withoutMeetings());
        out.header("Meetings", "Participants");
        s.meetingsPerParticipant().distribution().forEach((k, v) -> out.numbers(k, v));
        out.skip();
        out.section("Meetings per participant by group");
        out.header("Group", "Participants", "Requested", "Scheduled", "Scheduled, % of requested", "Minimum",
                "Median", "Mean", "Maximum", "Without any meeting", "Below the minimum");
        for (GroupFigures g : s.meetingsPerParticipant().byGroup()) {
            Row row = out.row();
            text(row, 0, g.group() == null ? "(no group)" : g.group(), null);
            row.createCell(1).setCellValue(g.participants());
            row.createCell(2).setCellValue(g.requested());
            row.createCell(3).setCellValue(g.scheduled());
            number(row, 4, g.scheduledPercent(), styles);
            row.createCell(5).setCellValue(g.min());
            number(row, 6, g.median(), styles);
            number(row, 7, g.mean(), styles);
            row.createCell(8).setCellValue(g.max());
            row.createCell(9).setCellValue(g.withoutMeetings());
            if (g.belowMinimum() != null) {
                row.createCell(10).setCellValue(g.belowMinimum());
            }
        }
        out.skip();
        out.section("Fairness (every participant with a request that can take place gets at least the minimum,"
                + " as far as its requests allow)");
        out.pair("Minimum meetings per participant", s.fairness().minimumMeetings());
        out.pair("Participants owed a meeting", s.fairness().participantsOwed());
        out.pair("Below the minimum", s.fairness().belowMinimum());
        out.pair("Below what their requests allow (the schedule could serve them better)",
                s.fairness().belowFairShare());
        out.pair("Owed a meeting and without any", s.fairness().withoutMeetings());
        out.pair("Priority given up for fairness (a lower estimate)", s.fairness().priorityGivenUp());
        out.skip();
        out.section("Idle breaks (runs of free slots between two meetings on one day)");
        out.pair("Breaks", s.breaks().total());
        out.pair("Free slots inside breaks", s.breaks().idleSlots());
        out.pair("Participants with at least one break", s.breaks().participantsWithBreaks());
        out.header("Breaks in a participant's day", "Participant-days");
        s.breaks().perParticipantDay().forEach((k, v) -> out.numbers(k, v));
        out.skip();
        out.section("Table use per slot");
        out.pair("Tables", s.tableUse().tables());
        out.pair("Slots", s.tableUse().slots());
        out.pair("Seats (slots x tables)", s.tableUse().seats());
        out.pair("Used", s.tableUse().used());
        out.pair("Used, %", s.tableUse().usedPercent());
        out.header("Date", "Session", "Time", "Tables used", "% of tables");
        for (SlotUse use : s.tableUse().perSlot()) {
            Row row = out.row();
            Cell date = row.createCell(0);
            date.setCellValue(use.date());
            date.setCellStyle(styles.date);
            text(row, 1, use.session(), null);
            text(row, 2, use.start() + "\u2013" + use.end(), null);
            row.createCell(3).setCellValue(use.tablesUsed());
            number(row, 4, use.percent(), styles);
        }
        out.skip();
        out.section("Unscheduled meetings");
        out.header("Participant A id", "Participant A", "Participant B id", "Participant B", "Priority", "Reason");
        for (Unscheduled u : s.unscheduled()) {
            Row row = out.row();
            text(row, 0, u.participantA(), null);
            text(row, 1, u.nameA(), null);
            text(row, 2, u.participantB(), null);
            text(row, 3, u.nameB(), null);
            row.createCell(4).setCellValue(u.priority());
            text(row, 5, orEmpty(u.reason()), null);
        }
        int[] widths = {44, 22, 16, 22, 12, 50, 10, 10, 10, 12, 12};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    /** Writes the statistics sheet top to bottom. */
    private static final class StatisticsRows {
        private final SXSSFSheet sheet;
        private final Styles styles;
        private int next = 1;

        StatisticsRows(SXSSFSheet sheet, Styles styles) {
            this.sheet = sheet;
            this.styles = styles;
        }

        Row row() {
            return sheet.createRow(next++);
        }

        void skip() {
            next++;
        }

        void section(String name) {
            Cell cell = row().createCell(0);
            cell.setCellValue(name);
            cell.setCellStyle(styles.title);
        }

        void header(String... names) {
            Row row = row();
            for (int c = 0; c < names.length; c++) {
                text(row, c, names[c], styles.header);
            }
        }

        void pair(String label, Number value) {
            Row row = row();
            text(row, 0, label, null);
            if (value == null) {
                text(row, 1, "not known", null);
            } else if (value instanceof Double d) {
                number(row, 1, d, styles);
            } else {
                row.createCell(1).setCellValue(value.doubleValue());
            }
        }

        void numbers(int a, int b) {
            Row row = row();
            row.createCell(0).setCellValue(a);
            row.createCell(1).setCellValue(b);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void time(Row row, int column, LocalDateTime value, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.time);
    }

    private static void number(Row row, int column, Double value, Styles styles) {
        Cell cell = row.createCell(column);
        if (value == null) {
            cell.setCellValue("");
        } else {
            cell.setCellValue(value);
            cell.setCellStyle(styles.percent);
        }
    }
}
