package org.matchday.event.lifecycle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.format.Formatted;
import org.matchday.format.Formatted.As;

/** Who hosts a table: the participant whose fixed table it becomes, or nobody. */
@Schema(name = "TableHost")
public record TableHostInput(
        @Schema(description = "The participant's id; null or absent: the table has no host.", example = "eu-01")
        @Formatted(As.CODE) String participant) {
}
