package org.matchday.participant;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.matchday.problem.ProblemCode;
import org.matchday.event.EventContentService;
import org.matchday.format.EventDocument;
import org.matchday.format.SheetFormat;
import org.matchday.language.Language;
import org.matchday.problem.InvalidParameterException;
import org.matchday.problem.Violation;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * The event's participants as the sheet the participant import reads, and the empty sheet to fill in: the export
 * imported again changes nothing, so an organiser can edit the list in a spreadsheet and bring it back.
 */
@Path("/api/events/{eventId}")
@Tag(name = "Participants")
public class ParticipantExportResource {

    private static final String CSV = SheetFormat.CSV_MEDIA_TYPE + ";charset=UTF-8";
    private static final String LANG = "lang";

    private final EventContentService content;

    public ParticipantExportResource(EventContentService content) {
        this.content = content;
    }

    @GET
    @Path("participants.csv")
    @Access(AccessRule.EVENT_STAFF)
    @Operation(summary = "The participants as a CSV sheet the participant import reads",
            description = "One row per participant with every field and the wishes it made (declined and cancelled"
                    + " ones left out); UTF-8 with a byte order mark. Imported again, it changes nothing.")
    @APIResponse(responseCode = "200", description = "The sheet", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Unknown language")
    @APIResponse(responseCode = "403", description = "Only the event's organisers and staff")
    @APIResponse(responseCode = "404", description = "No such event")
    public Response csv(@PathParam("eventId") long eventId, @Parameter(description = LANG_DESCRIPTION)
            @QueryParam(LANG) String lang) throws IOException {
        return sheet(eventId, SheetFormat.CSV, lang, false);
    }

    @GET
    @Path("participants.xlsx")
    @Access(AccessRule.EVENT_STAFF)
    @Operation(summary = "The participants as an Excel workbook the participant import reads",
            description = "The same sheet as participants.csv, as the first worksheet of a workbook.")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(
            mediaType = SheetFormat.XLSX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Unknown language")
    @APIResponse(responseCode = "403", description = "Only the event's organisers and staff")
    @APIResponse(responseCode = "404", description = "No such event")
    public Response xlsx(@PathParam("eventId") long eventId, @Parameter(description = LANG_DESCRIPTION)
            @QueryParam(LANG) String lang) throws IOException {
        return sheet(eventId, SheetFormat.XLSX, lang, false);
    }

    @GET
    @Path("participant-template.csv")
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(summary = "An empty participant sheet to fill in and import",
            description = "The header row of participants.csv and no participants.")
    @APIResponse(responseCode = "200", description = "The sheet", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Unknown language")
    @APIResponse(responseCode = "403", description = "Only the event's organisers")
    @APIResponse(responseCode = "404", description = "No such event")
    public Response csvTemplate(@PathParam("eventId") long eventId, @Parameter(description = LANG_DESCRIPTION)
            @QueryParam(LANG) String lang) throws IOException {
        return sheet(eventId, SheetFormat.CSV, lang, true);
    }

    @GET
    @Path("participant-template.xlsx")
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(summary = "An empty participant workbook to fill in and import",
            description = "The header row of participants.xlsx and no participants.")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(
            mediaType = SheetFormat.XLSX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Unknown language")
    @APIResponse(responseCode = "403", description = "Only the event's organisers")
    @APIResponse(responseCode = "404", description = "No such event")
    public Response xlsxTemplate(@PathParam("eventId") long eventId, @Parameter(description = LANG_DESCRIPTION)
            @QueryParam(LANG) String lang) throws IOException {
        return sheet(eventId, SheetFormat.XLSX, lang, true);
    }

    private static final String LANG_DESCRIPTION = "The language of the header row: en (default) or zh-TW; the"
            + " import reads both";

    private Response sheet(long eventId, SheetFormat format, String lang, boolean empty) throws IOException {
        boolean chinese = chinese(lang);
        EventDocument event = content.document(eventId);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ParticipantSheetWriter.write(empty ? List.of() : event.participants(), empty ? List.of() : event.requests(),
                format, chinese, bytes);
        String name = (empty ? "participant-template-" : "participants-") + eventId
                + (format == SheetFormat.CSV ? ".csv" : ".xlsx");
        return Response.ok(bytes.toByteArray(), format == SheetFormat.CSV ? CSV : SheetFormat.XLSX_MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").build();
    }

    private static boolean chinese(String lang) {
        if (lang == null || lang.isBlank()) {
            return false;
        }
        Language language = Language.parse(lang).orElseThrow(() -> new InvalidParameterException(
                ProblemCode.PARAM_LANG.with("lang", lang), Violation.of(LANG, ProblemCode.PARAM_LANG_FIELD)));
        return language == Language.TRADITIONAL_CHINESE;
    }
}
