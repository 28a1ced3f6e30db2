package org.matchday.event.lifecycle;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Many tables at once: {@code count} ids made from a pattern whose {@value #NUMBER} is replaced by the numbers from
 * {@code start} on, padded with zeros to the width of the largest (T01..T20) unless {@code zeroPad} is false.
 */
@Schema(name = "TableBatchInput")
public record TableBatchInput(
        @Schema(description = "How many tables to add.", example = "20", required = true, minimum = "1",
                maximum = "1000") @NotNull @Min(1) @Max(MAX_COUNT) Integer count,
        @Schema(description = "The ids, with {n} once where the number goes. Absent: T{n}.", example = "T{n}")
        @Size(max = 60) String pattern,
        @Schema(description = "The first number. Absent: 1.", example = "1", minimum = "0") @Min(0)
        @Max(1_000_000) Integer start,
        @Schema(description = "Pad numbers with zeros to the width of the largest. Absent: true.") Boolean zeroPad,
        @Schema(description = "The names to print, with {n} for the number (never padded). Absent: no name, the id"
                + " is printed.", example = "Table {n}") @Size(max = 180) String namePattern) {

    public static final String NUMBER = "{n}";
    public static final int MAX_COUNT = 1000;
    public static final String DEFAULT_PATTERN = "T" + NUMBER;

    public String patternOrDefault() {
        return pattern == null || pattern.isBlank() ? DEFAULT_PATTERN : pattern.strip();
    }

    public int startOrDefault() {
        return start == null ? 1 : start;
    }

    /** The ids in order, each with its number. */
    public List<String> ids() {
        int first = startOrDefault();
        int width = Boolean.FALSE.equals(zeroPad) ? 1 : Integer.toString(first + count - 1).length();
        List<String> ids = new ArrayList<>();
        for (int n = first; n < first + count; n++) {
            ids.add(patternOrDefault().replace(NUMBER, String.format("%0" + width + "d", n)));
        }
        return ids;
    }

    /** The name of the table with this number, or null when no name pattern was given. */
    public String name(int index) {
        return namePattern == null || namePattern.isBlank() ? null
                : namePattern.strip().replace(NUMBER, Integer.toString(startOrDefault() + index));
    }
}
