package org.matchday.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.format.Formatted.As;

/** A numbered table where meetings take place. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "name", "version"})
@Schema(name = "Table")
public record TableDoc(
        @Schema(example = "T01", required = true) @NotNull @Formatted(As.CODE) String id,
        @Schema(example = "Table 1") @Size(max = 200) String name,
        @Schema(description = "Optimistic-locking version for the REST API; ignored on import, never exported.")
        Long version) {

    public TableDoc withVersion(Long newVersion) {
        return new TableDoc(id, name, newVersion);
    }
}
