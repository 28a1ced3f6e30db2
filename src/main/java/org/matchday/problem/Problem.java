package org.matchday.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail, with the list of field problems when there are any. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json).")
public record Problem(
        @Schema(example = "urn:matchday:problem:invalid-body") String type,
        @Schema(example = "Invalid request body") String title,
        @Schema(example = "400") int status,
        @Schema(example = "The event document has 2 problems.") String detail,
        @Schema(example = "/api/events/import") String instance,
        @Schema(description = "Each problem found, with the JSON path of the offending field.")
        List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
