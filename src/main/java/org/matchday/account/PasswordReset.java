package org.matchday.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organiser setting another account's password, for a user who forgot theirs. */
@Schema(name = "PasswordReset")
public record PasswordReset(
        @Schema(description = "At least 12 characters.", required = true, example = "a new long passphrase")
        @NotNull @Size(max = 200) String password) {
}
