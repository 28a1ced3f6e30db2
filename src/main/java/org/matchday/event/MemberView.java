package org.matchday.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.domain.Role;

import java.time.Instant;

/** Someone who belongs to an event. */
@Schema(name = "MemberView")
public record MemberView(@Schema(example = "mei-ling") String username, Role role, Instant since) {
}
