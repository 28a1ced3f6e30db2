package org.matchday.domain.suggestion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * One sector of an event's list, named in both languages, with other words for it: what tells Matchday that a profile
 * seeking 風力發電 and one offering wind power equipment speak of the same thing.
 *
 * @param en    the English name ("Wind energy")
 * @param zh    the Traditional Chinese name ("風力發電")
 * @param terms other ways profiles say it, in either language ("wind power", "風電"); may be empty
 */
public record Sector(
        @Schema(example = "Wind energy") @Size(max = 100) String en,
        @Schema(example = "風力發電") @Size(max = 100) String zh,
        @Schema(example = "[\"wind power\", \"風電\"]") @Size(max = 20)
        List<@NotBlank @Size(max = 100) String> terms) {

    public Sector {
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    /** Every name of the sector: both labels, then the other terms. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        if (en != null && !en.isBlank()) {
            names.add(en);
        }
        if (zh != null && !zh.isBlank()) {
            names.add(zh);
        }
        names.addAll(terms);
        return names;
    }

    /** The sector's name in a language: Chinese or English, else the other one. */
    public String label(boolean chinese) {
        String wanted = chinese ? zh : en;
        return wanted == null || wanted.isBlank() ? (chinese ? en : zh) : wanted;
    }
}
