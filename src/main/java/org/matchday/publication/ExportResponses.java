package org.matchday.publication;

import org.matchday.problem.ProblemCode;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.matchday.export.AgendaArchiveExporter.Format;
import org.matchday.export.AgendaOrder;
import org.matchday.export.ExportText;
import org.matchday.export.ScheduleView.PersonInfo;
import org.matchday.export.ScheduleView.TableInfo;
import org.matchday.export.ScheduleView;
import org.matchday.problem.Violation;
import org.matchday.problem.InvalidParameterException;
import org.matchday.problem.UnknownIdException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the export resources share: file responses, and the 404 and 400 answers for what a URL names. */
final class ExportResponses {

    static final String PDF = "application/pdf";
    static final String ICS = "text/calendar;charset=UTF-8";
    static final String CSV = "text/csv;charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ZIP = "application/zip";
    static final String LANG = "lang";
    static final String LANG_DESCRIPTION = "en or zh-TW; by default each agenda speaks the first of its"
            + " participant's languages that Matchday speaks (Traditional Chinese for zh*, English for en*), else"
            + " English, and table sheets English";

    /** Writes a file whose body is small enough to build before answering. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private ExportResponses() {
    }

    /** A small file, built in memory so that a failure still gets a problem answer. */
    static Response file(String type, String fileName, Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        body.writeTo(bytes);
        return Response.ok(bytes.toByteArray(), type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").build();
    }

    /** A large file, written to the client while it is made. */
    static Response streamed(String type, String fileName, Body body) {
        StreamingOutput output = body::writeTo;
        return Response.ok(output, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").build();
    }

    static PersonInfo participant(ScheduleView view, String code) {
        return view.participant(code).orElseThrow(() -> new UnknownIdException(
                ProblemCode.PARTICIPANT_UNKNOWN_IN.with("code", code, "event", view.event().id())));
    }

    static TableInfo table(ScheduleView view, String code) {
        return view.table(code).orElseThrow(() -> new UnknownIdException(
                ProblemCode.TABLE_UNKNOWN_IN.with("code", code, "event", view.event().id())));
    }

    /** The order named by {@code ?order=}. */
    static AgendaOrder order(String name) {
        String names = Arrays.stream(AgendaOrder.values()).map(o -> o.name().toLowerCase())
                .collect(Collectors.joining(", "));
        return AgendaOrder.named(name).orElseThrow(() -> new InvalidParameterException(ProblemCode.PARAM_ORDER
                .with("order", name, "orders", names), Violation.of("order", ProblemCode.PARAM_ORDER_FIELD,
                "orders", names)));
    }

    /** The language named by {@code ?lang=}: empty when absent, 400 when Matchday does not speak it. */
    static Optional<ExportText> language(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(ExportText.forTag(tag).orElseThrow(() -> new InvalidParameterException(
                ProblemCode.PARAM_LANG.with("lang", tag), Violation.of(LANG, ProblemCode.PARAM_LANG_FIELD))));
    }

    /** The formats listed by {@code ?formats=}, each once, in the order given. */
    static List<Format> formats(String text) {
        List<Format> formats = new ArrayList<>();
        for (String part : text.split(",")) {
            String name = part.strip();
            Format format = switch (name.toLowerCase()) {
                case "pdf" -> Format.PDF;
                case "ics" -> Format.ICS;
                default -> throw new InvalidParameterException(ProblemCode.PARAM_FORMATS.with("format", name),
                        Violation.of("formats", ProblemCode.PARAM_FORMATS_FIELD));
            };
            if (!formats.contains(format)) {
                formats.add(format);
            }
        }
        return formats;
    }
}
