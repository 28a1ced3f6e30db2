package org.matchday.event;

import org.matchday.domain.EventPhase;

/**
 * Fired synchronously, inside the transaction, just before an event moves to another phase: later features (the
 * publication) act on it without the event feature depending on them. An observer's exception refuses the move.
 */
public record PhaseChange(long eventId, EventPhase from, EventPhase to) {
}
