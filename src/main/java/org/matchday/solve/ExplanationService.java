package org.matchday.solve;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.Meeting;
import org.matchday.mapping.MeetingOptions;
import org.matchday.persistence.EventData;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Why requested meetings have no slot: computed from the data and the current schedule, and stored. */
@ApplicationScoped
public class ExplanationService {

    /** The unscheduled meetings of the current schedule, highest priority first, each with a fresh reason. */
    @Transactional
    public List<UnscheduledMeeting> unscheduled(long eventId) {
        EventData data = EventData.load(eventId);
        List<MeetingOptions> options = MeetingOptions.of(data);
        Map<Meeting, String> reasons = MeetingExplanations.explainUnscheduled(data, options);
        Set<Long> fixedTables = MeetingExplanations.fixedTables(data);
        List<UnscheduledMeeting> result = new ArrayList<>();
        for (MeetingOptions o : options) {
            String reason = reasons.get(o.meeting());
            if (reason != null) {
                // A hard rule's reason also goes as its code and details, for pages to say it in their language.
                CapacityReport.ImpossibleMeeting impossible = MeetingExplanations.whyImpossible(o, data.tables(),
                        fixedTables);
                result.add(new UnscheduledMeeting(List.of(o.participantA().code, o.participantB().code),
                        List.of(MeetingExplanations.name(o.participantA()), MeetingExplanations.name(o.participantB())),
                        o.priority(), o.mutual(), reason, impossible == null ? null : impossible.reasonCode(),
                        impossible == null ? List.of() : impossible.details()));
            }
        }
        result.sort((x, y) -> Integer.compare(y.priority(), x.priority()));
        return result;
    }

    /** Writes a reason onto every unscheduled meeting row, as the export shows them. */
    public void storeReasons(EventData data) {
        MeetingExplanations.explainUnscheduled(data, MeetingOptions.of(data)).forEach((m, reason) -> m.reason = reason);
    }
}
