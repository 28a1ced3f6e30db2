package org.matchday.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.domain.MatchmakingRules;

import java.util.List;

/** The event's matchmaking rules (C2C, C2B): who may ask whom, how many, and whether the receiver must accept. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"allowedPairs", "maxWishesPerParticipant", "acceptanceRequired", "lateWishes"})
@Schema(name = "MatchmakingRules")
public record RulesDoc(
        @Schema(description = "Which group may send wishes to which; absent or empty: anyone to anyone.",
                example = "[{\"from\": \"EU cluster\", \"to\": \"TW association\"},"
                        + " {\"from\": \"TW association\", \"to\": \"EU cluster\"}]")
        @Size(max = 1000, groups = ListLimits.class) List<@NotNull @Valid GroupPairDoc> allowedPairs,
        @Schema(description = "Most wishes a participant may have sent (withdrawn and declined ones do not count);"
                + " absent: no cap.", example = "8")
        @Min(1) @Max(10_000) Integer maxWishesPerParticipant,
        @Schema(description = "A wish waits for the receiver's acceptance; false: it counts at once. Default true.")
        Boolean acceptanceRequired,
        @Schema(description = "Wishes may still be sent and answered after publication. Default false.")
        Boolean lateWishes) {

    /** One direction wishes may go in, by the participants' groups. */
    @Schema(name = "GroupPair")
    public record GroupPairDoc(
            @Schema(example = "EU cluster", required = true) @NotBlank @Size(max = 100) String from,
            @Schema(example = "TW association", required = true) @NotBlank @Size(max = 100) String to) {
    }

    public MatchmakingRules toRules() {
        return new MatchmakingRules(allowedPairs == null ? List.of() : allowedPairs.stream()
                .map(p -> new MatchmakingRules.GroupPair(p.from(), p.to())).toList(),
                maxWishesPerParticipant, acceptanceRequired == null || acceptanceRequired,
                lateWishes != null && lateWishes);
    }

    public static RulesDoc of(MatchmakingRules rules) {
        return new RulesDoc(rules.allowedPairs() == null || rules.allowedPairs().isEmpty() ? null
                : rules.allowedPairs().stream().map(p -> new GroupPairDoc(p.from(), p.to())).toList(),
                rules.maxWishesPerParticipant(), rules.acceptanceRequired(), rules.lateWishes());
    }
}
