package org.matchday.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail, with the list of field problems when there are any. {@code detail} is written in the
 * caller's language from {@code code} and {@code params}, which stay the same in every language.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json).")
public record Problem(
        @Schema(example = "urn:matchday:problem:invalid-body") String type,
        @Schema(example = "Invalid request body") String title,
        @Schema(example = "400") int status,
        @Schema(example = "The event document has 2 problems.") String detail,
        @Schema(example = "/api/events/import") String instance,
        @Schema(description = "The stable code of the detail (docs/problems.md).", example = "problems.event-document")
        ProblemCode code,
        @Schema(description = "The values the detail names, by name.") Map<String, Object> params,
        @Schema(description = "Each problem found, with the JSON path of the offending field.")
        List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem whose detail has no code. */
    public Problem(String type, String title, int status, String detail, String instance, List<Violation> errors) {
        this(type, title, status, detail, instance, null, Map.of(), errors);
    }
}
