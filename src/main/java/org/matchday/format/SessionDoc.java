package org.matchday.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.format.Formatted.As;

import java.util.List;

/** A session: a block of one day cut into meetings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "name", "date", "start", "end", "meetingMinutes", "gapMinutes", "breaks", "version"})
@Schema(name = "Session")
public record SessionDoc(
        @Schema(example = "pm", required = true) @NotNull @Formatted(As.CODE) String id,
        @Size(max = 200) String name,
        @Schema(example = "2018-06-05", required = true) @NotNull @Formatted(As.DATE) String date,
        @Schema(example = "13:30", required = true) @NotNull @Formatted(As.TIME) String start,
        @Schema(example = "17:30", required = true) @NotNull @Formatted(As.TIME) String end,
        @Schema(example = "20", required = true) @NotNull @Min(1) Integer meetingMinutes,
        @Schema(description = "Minutes between two consecutive meetings (default 0).", example = "5")
        @Min(0) Integer gapMinutes,
        @Schema(description = "Pauses: no meeting overlaps one; the next slot starts when it ends.")
        @Size(max = 100, groups = ListLimits.class) List<@NotNull @Valid BreakDoc> breaks,
        @Schema(description = "Optimistic-locking version for the REST API; ignored on import, never exported.")
        Long version) {

    public int gapOrDefault() {
        return gapMinutes == null ? 0 : gapMinutes;
    }

    public SessionDoc withVersion(Long newVersion) {
        return new SessionDoc(id, name, date, start, end, meetingMinutes, gapMinutes, breaks, newVersion);
    }
}
