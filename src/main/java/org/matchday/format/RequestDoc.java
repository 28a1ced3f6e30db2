package org.matchday.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.domain.RequestStatus;
import org.matchday.format.Formatted.As;

import java.util.List;

/** One participant's wish to meet another. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "from", "to", "priority", "sessions", "status", "note", "suggested", "version"})
@Schema(name = "Request")
public record RequestDoc(
        @Schema(example = "r1", required = true) @NotNull @Formatted(As.CODE) String id,
        @Schema(description = "Participant who asks.", example = "eu-01", required = true)
        @NotNull @Formatted(As.CODE) String from,
        @Schema(description = "Participant asked.", example = "tw-01", required = true)
        @NotNull @Formatted(As.CODE) String to,
        @Schema(description = "1 (nice to have) to 5 (must meet); default 3.", example = "3")
        @Min(1) @Max(5) Integer priority,
        @Schema(description = "Sessions the meeting may take place in; absent means any.")
        @Size(max = EventDocument.MAX_SESSIONS, groups = ListLimits.class)
        List<@NotNull @Formatted(As.CODE) String> sessions,
        @Schema(description = "Default ACCEPTED; only accepted requests are scheduled.")
        RequestStatus status,
        @Schema(description = "A word from the sender to the receiver.") @Size(max = 1000) String note,
        @Schema(description = "Optimistic-locking version for the REST API; ignored on import, never exported.")
        Long version,
        @Schema(description = "True when the organiser's nudge added it from the sender's suggestions; absent"
                + " otherwise. Its receiver still accepts or declines it.")
        Boolean suggested) {

    /** A request nobody's suggestions made. */
    public RequestDoc(String id, String from, String to, Integer priority, List<String> sessions, RequestStatus status,
            String note, Long version) {
        this(id, from, to, priority, sessions, status, note, version, null);
    }

    public int priorityOrDefault() {
        return priority == null ? 3 : priority;
    }

    public RequestStatus statusOrDefault() {
        return status == null ? RequestStatus.ACCEPTED : status;
    }

    public RequestDoc withVersion(Long newVersion) {
        return new RequestDoc(id, from, to, priority, sessions, status, note, newVersion, suggested);
    }
}
