package org.matchday.wish;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.format.Formatted;
import org.matchday.format.Formatted.As;
import org.matchday.format.ListLimits;

import java.util.List;

/** A participant's wish to meet another, sent through its personal link. */
@Schema(name = "WishInput")
public record WishInput(
        @Schema(description = "The participant asked.", example = "tw-01", required = true)
        @NotNull @Formatted(As.CODE) String to,
        @Schema(description = "1 (nice to have) to 5 (must meet); default 3.", example = "4") @Min(1) @Max(5)
        Integer priority,
        @Schema(description = "A word to the receiver.", example = "We would like to discuss drone testing.")
        @Size(max = 1000) String note,
        @Schema(description = "Sessions the meeting may take place in; absent means any.", example = "[\"pm\"]")
        @Size(max = 100, groups = ListLimits.class) List<@NotNull @Formatted(As.CODE) String> sessions) {
}
