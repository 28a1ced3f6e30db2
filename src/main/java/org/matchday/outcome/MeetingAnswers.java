package org.matchday.outcome;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.domain.outcome.AgreementKind;
import org.matchday.domain.outcome.Interest;
import org.matchday.domain.outcome.OutcomeStatus;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** A published meeting and the answers the caller may read: a participant its own, an organiser both sides'. */
@Schema(name = "MeetingAnswers")
public record MeetingAnswers(
        @Schema(example = "[\"eu-01\", \"tw-sipo\"]") List<String> participants,
        @Schema(example = "2018-06-05T13:30:00") LocalDateTime start,
        @Schema(example = "T05") String table,
        @Schema(description = "Whether staff recorded from the table sheets that it took place.") boolean heldByStaff,
        List<Answer> answers) {

    /** One side's answers; fields it has not answered are absent. */
    @Schema(name = "MeetingAnswer")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(
            @Schema(example = "eu-01") String participant,
            Boolean held,
            Integer rating,
            Interest interest,
            String note,
            Instant answeredAt,
            OutcomeStatus status,
            List<AgreementKind> kinds,
            String story,
            Boolean publishStory,
            Instant outcomeAt) {
    }
}
