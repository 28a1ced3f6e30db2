package org.matchday.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user's own password change: the current password proves it is them. */
@Schema(name = "PasswordChange")
public record PasswordChange(
        @Schema(required = true) @NotNull @Size(max = 200) String current,
        @Schema(description = "At least 12 characters.", required = true) @NotNull @Size(max = 200) String password) {
}
