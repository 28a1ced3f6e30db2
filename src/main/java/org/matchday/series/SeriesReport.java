package org.matchday.series;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a series has produced over its editions, up to one event, from each edition's published meetings and answers. */
@Schema(name = "SeriesReport")
public record SeriesReport(
        @Schema(description = "The event the report was asked for: the last edition counted.", example = "9")
        long event,
        @Schema(description = "The editions, oldest first.") List<Edition> editions,
        @Schema(description = "Pairs of participants (the same people, matched across editions) who had a published"
                + " meeting in more than one edition.", example = "3") int pairsMetAgain,
        @Schema(description = "Participants who came to more than one edition.", example = "12") int returningParticipants) {

    /** One edition's figures; planned, held and agreements are those of its outcome report. */
    @Schema(name = "SeriesEdition")
    public record Edition(
            @Schema(example = "7") long event,
            @Schema(example = "2018 Taiwan-EU Cluster Matchmaking") String name,
            @Schema(description = "Whether the edition has a published timetable; without one its figures are 0.")
            boolean published,
            int participants,
            @Schema(description = "Meetings in the published timetable.") int planned,
            @Schema(description = "Meetings at least one side (or staff) reported as held and neither side denied.")
            int held,
            @Schema(description = "Meetings where either side reported an agreement.") int agreements,
            @Schema(description = "Meetings of pairs who had already met at an earlier edition.") int metAgain) {
    }
}
