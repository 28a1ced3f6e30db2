package org.matchday.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.domain.Role;

/** A new organiser or staff account. */
@Schema(name = "AccountInput")
public record AccountInput(
        @Schema(example = "mei-ling", required = true) @NotBlank @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "{field.username}") String username,
        @Schema(description = "At least 12 characters; stored only as a bcrypt hash.", required = true,
                example = "correct horse battery staple") @NotNull @Size(max = 200) String password,
        @Schema(required = true) @NotNull Role role) {
}
