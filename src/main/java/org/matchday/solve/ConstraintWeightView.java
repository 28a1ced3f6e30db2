package org.matchday.solve;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One scheduling rule's weight for an event. */
@Schema(name = "ConstraintWeightView")
public record ConstraintWeightView(
        @Schema(example = "Idle break") String constraint,
        @Schema(description = "Score level the rule works on.", enumeration = {"hard", "medium", "soft"},
                example = "soft") String level,
        @Schema(example = "0hard/0medium/1000000000soft") String defaultWeight,
        @Schema(description = "The weight the solver uses for this event.", example = "0hard/0medium/500000000soft")
        String weight) {
}
