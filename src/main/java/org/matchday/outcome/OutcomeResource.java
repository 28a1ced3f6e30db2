package org.matchday.outcome;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.matchday.domain.outcome.Survey;
import org.matchday.language.Language;
import org.matchday.problem.InvalidParameterException;
import org.matchday.problem.ProblemCode;
import org.matchday.problem.Violation;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;
import org.matchday.security.Caller;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * After the meetings: each side's feedback and follow-up answer on a published meeting, staff's record that it took
 * place, the survey mails, and the outcome report as JSON, workbook and PDF.
 */
@Path("/api/events/{eventId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcomes")
public class OutcomeResource {

    static final String PDF = "application/pdf";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String LANG_DESCRIPTION = "en or zh-TW; English by default";

    private final OutcomeService answers;
    private final SurveyService surveys;
    private final OutcomeReportService reports;
    private final OutcomeWorkbook workbook;
    private final OutcomePdf pdf;
    private final SecurityIdentity identity;

    public OutcomeResource(OutcomeService answers, SurveyService surveys, OutcomeReportService reports,
            OutcomeWorkbook workbook, OutcomePdf pdf, SecurityIdentity identity) {
        this.answers = answers;
        this.surveys = surveys;
        this.reports = reports;
        this.workbook = workbook;
        this.pdf = pdf;
        this.identity = identity;
    }

    @GET
    @Path("meetings/{a}/{b}/feedback")
    @Access(AccessRule.EVENT_ORGANISER_OR_SELF)
    @Operation(summary = "Read the answers about one published meeting",
            description = "A participant of the meeting reads its own answer (feedback and follow-up), through its"
                    + " link; the event's organisers read both sides'. The order of {a} and {b} does not matter.")
    @APIResponse(responseCode = "200", description = "The meeting and the answers the caller may read")
    @APIResponse(responseCode = "400", description = "The same participant twice")
    @APIResponse(responseCode = "403", description = "Someone else's meeting, or staff")
    @APIResponse(responseCode = "404", description = "No such event or participant, or the pair had no meeting in"
            + " the published timetable")
    @APIResponse(responseCode = "409", description = "Nothing published yet")
    public MeetingAnswers feedback(@PathParam("eventId") long eventId, @PathParam("a") String a,
            @PathParam("b") String b) {
        return answers.read(eventId, a, b, Caller.of(identity));
    }

    @PUT
    @Path("meetings/{a}/{b}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(AccessRule.EVENT_PARTICIPANT)
    @Operation(summary = "Give one's own feedback on a published meeting",
            description = "By a participant of the meeting through its link, for its own side only; answering again"
                    + " replaces its feedback. Organisers read it but cannot answer for a participant.")
    @APIResponse(responseCode = "200", description = "Saved; the meeting with the caller's answer")
    @APIResponse(responseCode = "400", description = "A field is wrong (each named in errors[]), or the same"
            + " participant twice")
    @APIResponse(responseCode = "403", description = "Someone else's meeting")
    @APIResponse(responseCode = "404", description = "No such event or participant, or the pair had no meeting in"
            + " the published timetable")
    @APIResponse(responseCode = "409", description = "Nothing published yet, or the event is archived")
    public MeetingAnswers giveFeedback(@PathParam("eventId") long eventId, @PathParam("a") String a,
            @PathParam("b") String b, FeedbackInput input) {
        return answers.feedback(eventId, a, b, input, Caller.of(identity));
    }

    @PUT
    @Path("meetings/{a}/{b}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(AccessRule.EVENT_PARTICIPANT)
    @Operation(summary = "Say what came of a published meeting (the follow-up survey)",
            description = "By a participant of the meeting through its link, for its own side only; answering again"
                    + " replaces it. The story is published only when publishStory is true.")
    @APIResponse(responseCode = "200", description = "Saved; the meeting with the caller's answer")
    @APIResponse(responseCode = "400", description = "A field is wrong (each named in errors[]), or the same"
            + " participant twice")
    @APIResponse(responseCode = "403", description = "Someone else's meeting")
    @APIResponse(responseCode = "404", description = "No such event or participant, or the pair had no meeting in"
            + " the published timetable")
    @APIResponse(responseCode = "409", description = "Nothing published yet, or the event is archived")
    public MeetingAnswers giveOutcome(@PathParam("eventId") long eventId, @PathParam("a") String a,
            @PathParam("b") String b, OutcomeInput input) {
        return answers.outcome(eventId, a, b, input, Caller.of(identity));
    }

    @PUT
    @Path("meetings/{a}/{b}/held")
    @Consumes(MediaType.APPLICATION_JSON)
    @Access(AccessRule.EVENT_STAFF)
    @Operation(summary = "Record from the table sheets that a published meeting took place",
            description = "By the event's organisers and staff; false takes the record back. The report counts the"
                    + " record like a side's \"held\", unless a side said the meeting did not take place.")
    @APIResponse(responseCode = "200", description = "Recorded; the meeting with both sides' answers")
    @APIResponse(responseCode = "400", description = "held is missing, or the same participant twice")
    @APIResponse(responseCode = "404", description = "No such event or participant, or the pair had no meeting in"
            + " the published timetable")
    @APIResponse(responseCode = "409", description = "Nothing published yet, or the event is archived")
    public MeetingAnswers held(@PathParam("eventId") long eventId, @PathParam("a") String a,
            @PathParam("b") String b, HeldInput input) {
        return answers.held(eventId, a, b, input.held(), Caller.of(identity));
    }

    @POST
    @Path("feedback-requests")
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(summary = "Mail participants a request for feedback on their meetings",
            description = "To every participant with a meeting in the published timetable who has not said of each"
                    + " whether it took place, in its language, with a new personal link. Asking again is a"
                    + " reminder: at most 2, at least 7 days apart. Mails go out after the answer.")
    @APIResponse(responseCode = "202", description = "Who was mailed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SurveyResult.class)))
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "Nothing published yet, or the event is archived")
    public Response requestFeedback(@PathParam("eventId") long eventId) {
        return Response.accepted(surveys.ask(eventId, Survey.FEEDBACK)).build();
    }

    @POST
    @Path("follow-up")
    @Access(AccessRule.EVENT_ORGANISER)
    @Operation(summary = "Mail the follow-up survey",
            description = "To both participants of every published meeting where either side expects a follow-up"
                    + " or a cooperation, unless they answered for each such meeting already; in their language,"
                    + " with a new personal link. Asking again is a reminder: at most 2, at least 7 days apart.")
    @APIResponse(responseCode = "202", description = "Who was mailed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SurveyResult.class)))
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "Nothing published yet, or the event is archived")
    public Response followUp(@PathParam("eventId") long eventId) {
        return Response.accepted(surveys.ask(eventId, Survey.FOLLOW_UP)).build();
    }

    @GET
    @Path("outcomes")
    @Access(AccessRule.EVENT_STAFF)
    @Operation(summary = "The outcome report",
            description = "Counted from the answers and staff's records only: a meeting nobody answered for is"
                    + " unknown. With breakdowns by kind of agreement, group pair, sector and country, and the"
                    + " stories their authors allow to be published.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "Nothing published yet")
    public OutcomeReport outcomes(@PathParam("eventId") long eventId) {
        return reports.report(eventId);
    }

    @GET
    @Path("outcomes.xlsx")
    @Produces(XLSX)
    @Access(AccessRule.EVENT_STAFF)
    @Operation(summary = "The outcome report as a workbook",
            description = "The same figures as the JSON report, one sheet per table.")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Unknown language")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "Nothing published yet")
    public Response outcomesXlsx(@PathParam("eventId") long eventId,
            @Parameter(description = LANG_DESCRIPTION, example = "zh-TW") @QueryParam("lang") String lang)
            throws IOException {
        Language language = language(lang);
        OutcomeReport report = reports.report(eventId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(report, language, out);
        return file(XLSX, "event-" + eventId + "-outcomes.xlsx", out);
    }

    @GET
    @Path("outcomes.pdf")
    @Produces(PDF)
    @Access(AccessRule.EVENT_STAFF)
    @Operation(summary = "The outcome report as a printable PDF with charts",
            description = "The same figures as the JSON report, with bar charts of the totals and of agreements by"
                    + " kind.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Unknown language")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "Nothing published yet")
    public Response outcomesPdf(@PathParam("eventId") long eventId,
            @Parameter(description = LANG_DESCRIPTION, example = "zh-TW") @QueryParam("lang") String lang)
            throws IOException {
        Language language = language(lang);
        OutcomeReport report = reports.report(eventId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(report, language, out);
        return file(PDF, "event-" + eventId + "-outcomes.pdf", out);
    }

    private static Response file(String type, String name, ByteArrayOutputStream out) {
        return Response.ok(out.toByteArray(), type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").build();
    }

    /** The language named by ?lang=, as the other exports read it: English when absent, 400 when unknown. */
    static Language language(String tag) {
        if (tag == null || tag.isBlank()) {
            return Language.ENGLISH;
        }
        return Language.parse(tag).orElseThrow(() -> new InvalidParameterException(
                ProblemCode.PARAM_LANG.with("lang", tag), Violation.of("lang", ProblemCode.PARAM_LANG_FIELD)));
    }
}
