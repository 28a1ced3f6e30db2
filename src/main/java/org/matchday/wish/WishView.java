package org.matchday.wish;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.domain.MeetingRequest;
import org.matchday.domain.RequestStatus;

import java.time.Instant;
import java.util.List;

/** A wish as its sender and receiver see it, with both sides' public names. */
@Schema(name = "WishView")
public record WishView(
        @Schema(example = "w12") String id,
        @Schema(example = "eu-01") String from,
        @Schema(example = "Marie Dubois") String fromName,
        @Schema(example = "CASTRA") String fromOrganisation,
        @Schema(example = "tw-01") String to,
        @Schema(example = "Chen Wei") String toName,
        @Schema(example = "TAIROA") String toOrganisation,
        @Schema(example = "4") int priority,
        String note,
        List<String> sessions,
        @Schema(description = "PENDING until the receiver answers; ACCEPTED wishes are scheduled.") RequestStatus status,
        @Schema(description = "Added by the organiser from the sender's partner suggestions, not by the sender.")
        boolean suggested,
        @Schema(description = "When the wish expired unanswered (status DECLINED by the event's expiry rule, not by"
                + " its receiver); null otherwise.") Instant expiredAt) {

    public static WishView of(MeetingRequest r) {
        return new WishView(r.code, r.from.code, r.from.name, r.from.organisation, r.to.code, r.to.name,
                r.to.organisation, r.priority, r.note, r.sessions, r.status, r.suggested,
                r.expiredAt);
    }
}
