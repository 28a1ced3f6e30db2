package org.matchday.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One problem found in a request body, at a JSON path such as {@code $.participants[3].table}. */
@Schema(name = "Violation")
public record Violation(
        @Schema(example = "$.requests[7].to") String path,
        @Schema(example = "unknown participant \"tw-99\"") String message) {

    /** The same problem seen from inside the element at {@code prefix}, for a body that is that element. */
    public Violation relativeTo(String prefix) {
        if (path.equals(prefix)) {
            return new Violation("$", message);
        }
        if (path.startsWith(prefix + ".") || path.startsWith(prefix + "[")) {
            return new Violation("$" + path.substring(prefix.length()), message);
        }
        return this;
    }
}
