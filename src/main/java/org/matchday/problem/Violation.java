package org.matchday.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Locale;
import java.util.Map;

/**
 * One problem found in a request body, at a JSON path such as {@code $.participants[3].table}: the message in the
 * caller's language, and the stable code and values it was written from.
 */
@Schema(name = "Violation")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Violation(
        @Schema(example = "$.requests[7].to") String path,
        @Schema(example = "unknown participant \"tw-99\"") String message,
        @Schema(description = "The stable code of the message (docs/problems.md).", example = "field.required")
        ProblemCode code,
        @Schema(description = "The values the message names, by name.") Map<String, Object> params) {

    /** A problem without a code, in English. */
    public Violation(String path, String message) {
        this(path, message, null, Map.of());
    }

    public static Violation of(String path, ProblemText text) {
        return new Violation(path, text.english(), text.code(), text.params());
    }

    public static Violation of(String path, ProblemCode code, Object... namesAndValues) {
        return of(path, code.with(namesAndValues));
    }

    /** The sentence this problem was made from; null when it has no code. */
    public ProblemText text() {
        return code == null ? null : new ProblemText(code, params);
    }

    /** The same problem with its message in {@code locale}. */
    public Violation in(Locale locale) {
        return code == null ? this : new Violation(path, text().in(locale), code, params);
    }

    /** The same problem seen from inside the element at {@code prefix}, for a body that is that element. */
    public Violation relativeTo(String prefix) {
        if (path.equals(prefix)) {
            return new Violation("$", message, code, params);
        }
        if (path.startsWith(prefix + ".") || path.startsWith(prefix + "[")) {
            return new Violation("$" + path.substring(prefix.length()), message, code, params);
        }
        return this;
    }
}
