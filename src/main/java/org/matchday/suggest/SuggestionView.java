package org.matchday.suggest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A suggested partner, with the reasons in words, in the caller's language. */
@Schema(name = "SuggestionView")
public record SuggestionView(
        @Schema(description = "The partner's participant id.", example = "tw-02") String participant,
        @Schema(example = "Chen Wei") String name,
        @Schema(example = "TAIROA") String organisation,
        @Schema(description = "How well the two answer each other; higher is better. Only the order means"
                + " something.", example = "1.85") double score,
        @Schema(description = "Why, naming the words that matched.",
                example = "[\"you seek smart manufacturing; they offer smart manufacturing solutions\","
                        + " \"both in wind energy\"]") List<String> reasons) {
}
