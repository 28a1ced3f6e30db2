package org.matchday.outcome;

import org.matchday.domain.PairKey;
import org.matchday.domain.Publication;
import org.matchday.domain.PublishedMeeting;
import org.matchday.problem.ConflictException;
import org.matchday.problem.ProblemCode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The meetings of the publication in force, by pair: what feedback, follow-up and the report are about. A meeting
 * that a later publication dropped is no longer one participants answer for.
 */
final class PublishedPairs {

    private PublishedPairs() {
    }

    /** In time order; 409 when nothing was published. */
    static Map<PairKey, PublishedMeeting> of(long eventId) {
        Publication publication = Publication.latest(eventId);
        if (publication == null) {
            throw new ConflictException(ProblemCode.OUTCOME_NOT_PUBLISHED.with("event", eventId));
        }
        List<PublishedMeeting> meetings = PublishedMeeting.list(
                "publication.id = ?1 order by start, table, participantA", publication.id);
        Map<PairKey, PublishedMeeting> pairs = new LinkedHashMap<>();
        meetings.forEach(m -> pairs.put(m.pairKey(), m));
        return pairs;
    }
}
