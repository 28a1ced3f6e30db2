package org.matchday.suggest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.domain.suggestion.Sector;

import java.util.List;

/** An event's suggestion settings, as read and as replaced whole. */
@Schema(name = "SuggestionSettings")
public record SuggestionSettingsView(
        @Schema(description = "The event's sectors in both languages, with other words for each: a profile naming"
                + " one in either language matches a profile naming it in the other.")
        @NotNull @Size(max = 200) List<@NotNull @Valid Sector> sectors,
        @Schema(description = "The organiser may mail participants with few wishes their top suggestions.")
        boolean mailNudge,
        @Schema(description = "The organiser may add participants' top suggestions as wishes.")
        boolean wishNudge) {
}
