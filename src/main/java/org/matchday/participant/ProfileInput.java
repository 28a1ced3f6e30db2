package org.matchday.participant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.format.ListLimits;

import java.util.List;

/** What a participant edits of its own profile; the name and everything about scheduling stay the organiser's. */
@Schema(name = "ProfileInput")
public record ProfileInput(
        @Schema(example = "CASTRA") @Size(max = 300) String organisation,
        @Schema(description = "Changes only before wishes open.", example = "EU cluster") @Size(max = 100) String group,
        @Schema(example = "FR")
        @Pattern(regexp = "[A-Z]{2}", message = "{field.country}") String country,
        @Size(max = 50, groups = ListLimits.class) List<@NotBlank @Size(max = 100) String> sectors,
        @Size(max = 4000) String description,
        @Size(max = 2000) String offers,
        @Size(max = 2000) String seeks,
        @Schema(example = "[\"zh-TW\", \"en\"]")
        @Size(max = 20, groups = ListLimits.class) List<@NotNull @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*",
                message = "{field.language}") String> languages,
        @Email @Size(max = 320) String email,
        @Schema(description = "The version last read; when given, a stale one is refused (409).") Long version) {
}
