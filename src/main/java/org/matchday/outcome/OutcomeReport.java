package org.matchday.outcome;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.matchday.domain.outcome.AgreementKind;
import org.matchday.domain.outcome.OutcomeStatus;

import java.util.List;
import java.util.Map;

/**
 * What came of an event's published meetings, counted from the participants' answers and staff's records only. Each
 * figure counts meetings, not answers: a meeting both sides reported as an agreement is one agreement.
 */
@Schema(name = "OutcomeReport")
public record OutcomeReport(
        @Schema(example = "7") long event,
        @Schema(example = "2018 Taiwan-EU Cluster Matchmaking") String name,
        @Schema(description = "Meetings in the published timetable.", example = "40") int planned,
        @Schema(description = "Meetings at least one side (or staff) reported as held and neither side denied.")
        int held,
        @Schema(description = "Meetings a side reported as not held.") int notHeld,
        @Schema(description = "Meetings with at least one rating.") int rated,
        @Schema(description = "The mean of every rating given, or absent when none was.", example = "4.2")
        Double averageRating,
        @Schema(description = "Meetings where either side expects a follow-up or a cooperation.")
        int followUpInterest,
        @Schema(description = "Meetings where either side reported an agreement.") int agreements,
        @Schema(description = "Meetings without an agreement where either side reported work in progress.")
        int inProgress,
        @Schema(description = "Meetings nobody answered for: neither side nor staff.") int unknown,
        @Schema(description = "Agreements by kind; a meeting counts once under each kind either side named.")
        Map<AgreementKind, Integer> agreementsByKind,
        @Schema(description = "By the pair of the two participants' groups, such as \"EU cluster & Taiwanese"
                + " association\".") List<Figures> byGroupPair,
        @Schema(description = "By sector; a meeting counts once under each sector of either participant.")
        List<Figures> bySector,
        @Schema(description = "By country; a meeting counts once under each country of its two participants.")
        List<Figures> byCountry,
        @Schema(description = "The stories their authors allow the organisers to publish.") List<Story> stories) {

    /** The figures of one part of the meetings. */
    @Schema(name = "OutcomeFigures")
    public record Figures(String key, int planned, int held, int rated, int followUpInterest, int agreements,
            int unknown) {
    }

    /** A story an author allowed to be published. */
    @Schema(name = "OutcomeStory")
    public record Story(List<String> participants, String author, String name, String organisation,
            OutcomeStatus status, List<AgreementKind> kinds, String story) {
    }
}
