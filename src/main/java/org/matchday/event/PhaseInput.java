package org.matchday.event;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.domain.EventPhase;

/** The phase an organiser moves the event to. */
@Schema(name = "PhaseInput")
public record PhaseInput(@Schema(required = true, example = "WISHES_OPEN") @NotNull EventPhase phase) {
}
