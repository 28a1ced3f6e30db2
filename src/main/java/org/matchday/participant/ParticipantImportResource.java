package org.matchday.participant;

import org.matchday.problem.ProblemCode;
import org.matchday.problem.UnsupportedTypeException;
import org.matchday.rest.RequestBodies;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.format.SheetFormat;
import org.matchday.problem.Violation;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/**
 * Imports participants and their wishes from the sheets registration tools export (docs/participant-import.md). The
 * file comes as the whole body or, as browsers' file inputs send it, as the part {@code file} of a form.
 */
@Path("/api/events/{eventId}/participants/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants")
public class ParticipantImportResource {

    private static final String FORM_PART = "file";

    private final ParticipantImporter importer;
    private final RequestBodies bodies;

    public ParticipantImportResource(ParticipantImporter importer, RequestBodies bodies) {
        this.importer = importer;
        this.bodies = bodies;
    }

    // Any type is taken in, so that the access rule is applied before the type is judged; unknown types get 415.
    @POST
    @Access(AccessRule.EVENT_ORGANISER)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import participants and their wishes from a CSV or Excel sheet",
            description = "One row per participant, under a first row naming the columns in English or Chinese"
                    + " (case, accents and spaces ignored); id and name are required. A row whose id is new adds a"
                    + " participant, one whose id exists updates the fields the sheet has columns for. The wishes"
                    + " column (\"tw-01; tw-02:5\") makes requests, pending when the event's rules want acceptance."
                    + " CSV is UTF-8 with or without a byte order mark; of a workbook, the first sheet is read."
                    + " All or nothing: every problem is listed with its place as line 7, column \"E-mail\".")
    @RequestBody(required = true, content = {
            @Content(mediaType = SheetFormat.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = SheetFormat.XLSX_MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(type = SchemaType.OBJECT,
                    properties = @SchemaProperty(name = FORM_PART, type = SchemaType.STRING, format = "binary")))})
    @APIResponse(responseCode = "200", description = "Imported: how many participants were added, updated and"
            + " unchanged, how many wishes were made, and the columns left out")
    @APIResponse(responseCode = "400", description = "The sheet cannot be read or breaks a rule; every problem"
            + " listed by line and column, and nothing imported")
    @APIResponse(responseCode = "403", description = "Only the event's organisers")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "413", description = "File over matchday.import.max-bytes")
    @APIResponse(responseCode = "415", description = "Neither CSV nor an XLSX workbook")
    public ParticipantImportResult importSheet(@PathParam("eventId") long eventId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        return importFile(eventId, contentType, bodies.readLimited(body, ProblemCode.WORD_FILE.with()));
    }

    @POST
    @Access(AccessRule.EVENT_ORGANISER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public ParticipantImportResult importUpload(@PathParam("eventId") long eventId,
            @RestForm(FORM_PART) FileUpload file) {
        if (file == null) {
            throw new InvalidDocumentException(ProblemCode.FORM_NO_FILE.with(), List.of(Violation.of(FORM_PART,
                    ProblemCode.FORM_NO_FILE_FIELD, "part", FORM_PART)));
        }
        try (InputStream content = Files.newInputStream(file.uploadedFile())) {
            return importFile(eventId, file.contentType(), bodies.readLimited(content, ProblemCode.WORD_FILE.with()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ParticipantImportResult importFile(long eventId, String contentType, byte[] content) {
        SheetFormat format = SheetFormat.detect(contentType, content).orElseThrow(() -> new UnsupportedTypeException(
                ProblemCode.SHEET_UNSUPPORTED.with("xlsx", SheetFormat.XLSX_MEDIA_TYPE, "part", FORM_PART)));
        return importer.importSheet(eventId, content, format);
    }
}
