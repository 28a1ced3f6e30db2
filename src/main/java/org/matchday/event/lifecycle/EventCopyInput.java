package org.matchday.event.lifecycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.format.Formatted;
import org.matchday.format.Formatted.As;

/**
 * What a copy of an earlier event changes: its name, when it starts, whether the participants come along, and whether
 * it is the next edition of the same series.
 */
@Schema(name = "EventCopyInput")
public record EventCopyInput(
        @Schema(example = "Taiwan-EU Cluster Matchmaking 2019", required = true) @NotBlank @Size(max = 200) String name,
        @Schema(description = "The date of the new event's first session; every session moves by the same number of"
                + " days. Absent: the same dates.", example = "2019-06-04") @Formatted(As.DATE) String firstDate,
        @Schema(description = "Also copy the participants (their profiles, availability and fixed tables), never"
                + " their wishes or meetings. Absent: false.") Boolean participants,
        @Schema(description = "Start the copy as the next edition of this event's series: it names this event as"
                + " its previousEdition and takes the participants along whatever participants says, so that those"
                + " who return see whom they met before. Absent: false.") Boolean asNextEdition) {

    public boolean nextEdition() {
        return Boolean.TRUE.equals(asNextEdition);
    }

    public boolean withParticipants() {
        return Boolean.TRUE.equals(participants) || nextEdition();
    }
}
