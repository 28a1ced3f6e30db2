package org.matchday.day;

import jakarta.enterprise.context.ApplicationScoped;
import org.matchday.export.qr.CheckInLinks;
import org.matchday.security.PublicAddress;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The address a participant's check-in QR code holds: the desk page focused on that participant. It is a staff
 * page, so a phone's own camera opens it and anyone else meets the login or error page.
 */
@ApplicationScoped
public class CheckInAddress implements CheckInLinks {

    private final PublicAddress address;

    public CheckInAddress(PublicAddress address) {
        this.address = address;
    }

    /** The path of the desk page focused on one participant, without scheme and host. */
    public static String path(long eventId, String participantCode) {
        return "/events/" + eventId + "/desk?participant=" + URLEncoder.encode(participantCode, StandardCharsets.UTF_8);
    }

    @Override
    public Optional<String> checkInUrl(long eventId, String participantCode) {
        return Optional.of(address.base() + path(eventId, participantCode));
    }
}
