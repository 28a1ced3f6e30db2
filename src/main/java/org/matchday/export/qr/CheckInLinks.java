package org.matchday.export.qr;

import java.util.Optional;

/**
 * The address a participant's check-in code opens: a staff page of the event day. Exports print it as a QR code
 * when an implementation is present; the feature that serves the page provides it.
 */
public interface CheckInLinks {

    /** The staff address that checks this participant in, if the event has one. */
    Optional<String> checkInUrl(long eventId, String participantCode);
}
