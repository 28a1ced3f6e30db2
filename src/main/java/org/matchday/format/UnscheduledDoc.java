package org.matchday.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.format.Formatted.As;

import java.util.List;

/** A requested meeting that has no slot, and why when known. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"participants", "requests", "reason"})
@Schema(name = "Unscheduled")
public record UnscheduledDoc(
        @NotNull @Size(min = 2, max = 2, message = "{field.pair}")
        @Size(max = 100, groups = ListLimits.class)
        List<@NotNull @Formatted(As.CODE) String> participants,
        @Size(max = 1_000, groups = ListLimits.class) List<@NotNull @Formatted(As.CODE) String> requests,
        @Schema(example = "No common available slot in the allowed sessions.")
        @Size(max = 1000) String reason) {
}
