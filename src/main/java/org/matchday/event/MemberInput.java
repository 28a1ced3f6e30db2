package org.matchday.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account to add to an event; as what (organiser or staff) follows from the account's role. */
@Schema(name = "MemberInput")
public record MemberInput(@Schema(example = "mei-ling", required = true) @NotBlank @Size(max = 64) String username) {
}
