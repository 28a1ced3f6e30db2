package org.matchday.participant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Who is being mailed a new personal link, and who was left out for want of an address. No token: those are mailed. */
@Schema(name = "InvitationsView")
public record InvitationsView(
        @Schema(description = "Participants each issued a new link, mailed to them.", example = "[\"eu-01\", \"tw-01\"]")
        List<String> invited,
        @Schema(description = "Participants without an email address: no link issued, nothing sent.",
                example = "[\"eu-02\"]")
        List<String> withoutEmail) {
}
