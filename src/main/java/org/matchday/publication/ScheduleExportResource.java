package org.matchday.publication;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.matchday.export.ExportText;
import org.matchday.export.ScheduleCsvExporter;
import org.matchday.export.ScheduleStatistics;
import org.matchday.export.ScheduleView.TableInfo;
import org.matchday.export.ScheduleView;
import org.matchday.export.ScheduleWorkbookExporter;
import org.matchday.export.TableSheetPdfExporter;
import org.matchday.export.ScheduleViewLoader;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.solve.CapacityService;

import java.io.IOException;

/** The whole schedule for staff and organisers: per-table sheets, the master workbook and CSV. */
@Path("/api/events/{eventId}")
@Tag(name = "Exports")
public class ScheduleExportResource {

    private final ScheduleViewLoader schedules;
    private final TableSheetPdfExporter sheets;
    private final ScheduleWorkbookExporter workbook;
    private final ScheduleCsvExporter csv;
    private final CapacityService capacity;

    public ScheduleExportResource(ScheduleViewLoader schedules, TableSheetPdfExporter sheets,
            ScheduleWorkbookExporter workbook, ScheduleCsvExporter csv, CapacityService capacity) {
        this.schedules = schedules;
        this.sheets = sheets;
        this.workbook = workbook;
        this.csv = csv;
        this.capacity = capacity;
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Path("tables/{tableId}/sheet.pdf")
    @Produces(ExportResponses.PDF)
    @Operation(summary = "One table's timetable as a PDF for the staff standing there",
            description = "The table's name in large print, then each slot with both participants' names,"
                    + " organisations and countries.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = ExportResponses.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Unknown language")
    @APIResponse(responseCode = "404", description = "No such event or table")
    public Response tableSheet(@PathParam("eventId") long eventId, @PathParam("tableId") String tableId,
            @Parameter(description = ExportResponses.LANG_DESCRIPTION, example = "zh-TW")
            @QueryParam(ExportResponses.LANG) String lang) throws IOException {
        ExportText text = ExportResponses.language(lang).orElse(ExportText.ENGLISH);
        ScheduleView view = schedules.load(eventId);
        TableInfo table = ExportResponses.table(view, tableId);
        return ExportResponses.file(ExportResponses.PDF, "table-" + table.code() + ".pdf",
                out -> sheets.write(view, table, text, out));
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Path("table-sheets.pdf")
    @Produces(ExportResponses.PDF)
    @Operation(summary = "Every table's timetable in one PDF", description = "Each table starts on a new page.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = ExportResponses.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Unknown language")
    @APIResponse(responseCode = "404", description = "No such event")
    public Response allTableSheets(@PathParam("eventId") long eventId,
            @Parameter(description = ExportResponses.LANG_DESCRIPTION, example = "zh-TW")
            @QueryParam(ExportResponses.LANG) String lang) {
        ExportText text = ExportResponses.language(lang).orElse(ExportText.ENGLISH);
        ScheduleView view = schedules.load(eventId);
        return ExportResponses.streamed(ExportResponses.PDF, "event-" + eventId + "-tables.pdf",
                out -> sheets.writeAll(view, text, out));
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Path("schedule.xlsx")
    @Produces(ExportResponses.XLSX)
    @Operation(summary = "The master schedule as an Excel workbook",
            description = "Sheet Grid: slots (rows) by tables (columns). Sheet Meetings: one meeting per row, with"
                    + " filters. Sheet Statistics: the figures of GET statistics.")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(
            mediaType = ExportResponses.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such event")
    public Response scheduleWorkbook(@PathParam("eventId") long eventId) {
        ScheduleView view = schedules.load(eventId);
        ScheduleStatistics statistics = ScheduleStatistics.of(view, capacity.yardstick(eventId));
        return ExportResponses.streamed(ExportResponses.XLSX, "event-" + eventId + "-schedule.xlsx",
                out -> workbook.write(view, statistics, out));
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Path("schedule.csv")
    @Produces(ExportResponses.CSV)
    @Operation(summary = "The master schedule as CSV", description = "UTF-8 with a byte order mark; one meeting"
            + " per row in time order, then by table.")
    @APIResponse(responseCode = "200", description = "The CSV", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such event")
    public Response scheduleCsv(@PathParam("eventId") long eventId) {
        ScheduleView view = schedules.load(eventId);
        return ExportResponses.streamed(ExportResponses.CSV, "event-" + eventId + "-schedule.csv",
                out -> csv.write(view, out));
    }
}
