package org.matchday.publication;

import jakarta.ws.rs.DefaultValue;
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
import org.matchday.export.AgendaArchiveExporter.Format;
import org.matchday.export.AgendaArchiveExporter;
import org.matchday.export.AgendaCalendarExporter;
import org.matchday.export.AgendaCsvExporter;
import org.matchday.export.AgendaOrder;
import org.matchday.export.AgendaPdfExporter;
import org.matchday.export.ExportText;
import org.matchday.export.ScheduleView.PersonInfo;
import org.matchday.export.ScheduleView;
import org.matchday.export.ScheduleViewLoader;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Participants' agendas: one participant's as PDF, iCalendar or CSV, and everyone's as one PDF or a ZIP of
 * files. Like every export they show the publication in force, or the current schedule marked DRAFT.
 */
@Path("/api/events/{eventId}")
@Tag(name = "Exports")
public class AgendaResource {

    private final ScheduleViewLoader schedules;
    private final AgendaPdfExporter pdf;
    private final AgendaCalendarExporter calendar;
    private final AgendaCsvExporter csv;
    private final AgendaArchiveExporter archive;

    public AgendaResource(ScheduleViewLoader schedules, AgendaPdfExporter pdf, AgendaCalendarExporter calendar,
            AgendaCsvExporter csv, AgendaArchiveExporter archive) {
        this.schedules = schedules;
        this.pdf = pdf;
        this.calendar = calendar;
        this.csv = csv;
        this.archive = archive;
    }

    @GET
    @Access(AccessRule.EVENT_PARTICIPANT_SELF)
    @Path("participants/{participantId}/agenda.pdf")
    @Produces(ExportResponses.PDF)
    @Operation(summary = "A participant's agenda as a printable PDF",
            description = "A4: the event, the participant, each meeting's time, table and counterpart (name,"
                    + " organisation, country, sectors), free slots and pauses.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = ExportResponses.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Unknown language")
    @APIResponse(responseCode = "404", description = "No such event or participant")
    public Response agendaPdf(@PathParam("eventId") long eventId, @PathParam("participantId") String participantId,
            @Parameter(description = ExportResponses.LANG_DESCRIPTION, example = "zh-TW")
            @QueryParam(ExportResponses.LANG) String lang) throws IOException {
        return agenda(eventId, participantId, lang, ExportResponses.PDF, "pdf", pdf::write);
    }

    @GET
    @Access(AccessRule.EVENT_PARTICIPANT_SELF)
    @Path("participants/{participantId}/agenda.ics")
    @Produces(ExportResponses.ICS)
    @Operation(summary = "A participant's meetings as an iCalendar file",
            description = "RFC 5545, one VEVENT per meeting with the table as LOCATION, in the event's time zone"
                    + " (VTIMEZONE included). UIDs stay the same across downloads and moves, so a calendar that"
                    + " imports a newer file updates its entries; SEQUENCE rises each time a publication moved"
                    + " the meeting. A meeting an earlier publication gave and the one in force took back (a no-show,"
                    + " a cancellation, a re-plan) stays listed as STATUS:CANCELLED with a higher SEQUENCE.")
    @APIResponse(responseCode = "200", description = "The calendar", content = @Content(
            mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Unknown language")
    @APIResponse(responseCode = "404", description = "No such event or participant")
    public Response agendaIcs(@PathParam("eventId") long eventId, @PathParam("participantId") String participantId,
            @Parameter(description = ExportResponses.LANG_DESCRIPTION, example = "zh-TW")
            @QueryParam(ExportResponses.LANG) String lang) throws IOException {
        return agenda(eventId, participantId, lang, ExportResponses.ICS, "ics", calendar::write);
    }

    @GET
    @Access(AccessRule.EVENT_PARTICIPANT_SELF)
    @Path("participants/{participantId}/agenda.csv")
    @Produces(ExportResponses.CSV)
    @Operation(summary = "A participant's agenda as CSV",
            description = "UTF-8 with a byte order mark; one row per meeting, free stretch or pause.")
    @APIResponse(responseCode = "200", description = "The CSV", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such event or participant")
    public Response agendaCsv(@PathParam("eventId") long eventId, @PathParam("participantId") String participantId)
            throws IOException {
        return agenda(eventId, participantId, null, ExportResponses.CSV, "csv",
                (view, person, text, out) -> csv.write(view, person, out));
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Path("agendas.pdf")
    @Produces(ExportResponses.PDF)
    @Operation(summary = "Every participant's agenda in one PDF",
            description = "Each participant starts on a new page. Streamed: the answer starts once the document"
                    + " is laid out.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = ExportResponses.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Unknown order or language")
    @APIResponse(responseCode = "404", description = "No such event")
    public Response allAgendasPdf(@PathParam("eventId") long eventId,
            @Parameter(description = "name, organisation, group or id") @QueryParam("order") @DefaultValue("name")
            String order,
            @Parameter(description = ExportResponses.LANG_DESCRIPTION, example = "zh-TW")
            @QueryParam(ExportResponses.LANG) String lang) {
        AgendaOrder sorting = ExportResponses.order(order);
        Function<PersonInfo, ExportText> language = languageOf(lang);
        ScheduleView view = schedules.load(eventId);
        List<PersonInfo> people = sorting.sort(view.participants());
        return ExportResponses.streamed(ExportResponses.PDF, "event-" + eventId + "-agendas.pdf",
                out -> pdf.writeAll(view, people, language, out));
    }

    @GET
    @Access(AccessRule.EVENT_STAFF)
    @Path("agendas.zip")
    @Produces(ExportResponses.ZIP)
    @Operation(summary = "Every participant's agenda as separate files in a ZIP archive",
            description = "Entries are named after participant ids: tw-01.pdf, tw-01.ics ... Streamed entry by"
                    + " entry.")
    @APIResponse(responseCode = "200", description = "The archive", content = @Content(
            mediaType = ExportResponses.ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Unknown order, format or language")
    @APIResponse(responseCode = "404", description = "No such event")
    public Response allAgendasZip(@PathParam("eventId") long eventId,
            @Parameter(description = "name, organisation, group or id") @QueryParam("order") @DefaultValue("name")
            String order,
            @Parameter(description = "pdf, ics or both, comma-separated") @QueryParam("formats")
            @DefaultValue("pdf,ics") String formats,
            @Parameter(description = ExportResponses.LANG_DESCRIPTION, example = "zh-TW")
            @QueryParam(ExportResponses.LANG) String lang) {
        List<Format> wanted = ExportResponses.formats(formats);
        AgendaOrder sorting = ExportResponses.order(order);
        Function<PersonInfo, ExportText> language = languageOf(lang);
        ScheduleView view = schedules.load(eventId);
        List<PersonInfo> people = sorting.sort(view.participants());
        return ExportResponses.streamed(ExportResponses.ZIP, "event-" + eventId + "-agendas.zip",
                out -> archive.write(view, people, wanted, language, out));
    }

    /** Writes one participant's agenda in a language. */
    private interface AgendaWriter {
        void write(ScheduleView view, PersonInfo person, ExportText text, OutputStream out) throws IOException;
    }

    /**
     * One participant's agenda as a file named after it, in the language asked for or else its own; the language
     * is checked before the event is read, so that a bad one is a 400 whatever the ids.
     */
    private Response agenda(long eventId, String participantId, String lang, String type, String extension,
            AgendaWriter writer) throws IOException {
        Optional<ExportText> language = ExportResponses.language(lang);
        ScheduleView view = schedules.loadAgenda(eventId, participantId);
        PersonInfo person = ExportResponses.participant(view, participantId);
        ExportText text = language.orElse(ExportText.forPerson(person));
        return ExportResponses.file(type, "agenda-" + person.code() + "." + extension,
                out -> writer.write(view, person, text, out));
    }

    /** The language asked for, or each participant's own. */
    private static Function<PersonInfo, ExportText> languageOf(String lang) {
        Optional<ExportText> asked = ExportResponses.language(lang);
        return asked.<Function<PersonInfo, ExportText>>map(text -> person -> text).orElse(ExportText::forPerson);
    }
}
