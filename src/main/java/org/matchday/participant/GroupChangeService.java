package org.matchday.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.problem.ProblemCode;
import org.matchday.domain.MatchmakingRules;
import org.matchday.domain.Participant;
import org.matchday.format.EventDocumentValidator;
import org.matchday.format.ParticipantDoc;
import org.matchday.mapping.EventExporter;
import org.matchday.persistence.EventData;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.problem.Violation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Moves many participants to one group, all or nothing: an organiser sorting a registration list. */
@ApplicationScoped
public class GroupChangeService {

    private final EventDocumentValidator validator;

    public GroupChangeService(EventDocumentValidator validator) {
        this.validator = validator;
    }

    /** Sets the group of every participant named; nothing changes when one is unknown or the group is not allowed. */
    @Transactional
    public List<ParticipantDoc> change(long eventId, GroupChangeInput input) {
        List<Violation> violations = new ArrayList<>(validator.validateFields(input, "$"));
        InvalidDocumentException.throwIfAny(ProblemCode.PROBLEMS_GROUP_CHANGE, violations);
        EventData.lockEvent(eventId);
        EventData data = EventData.loadWithoutRequests(eventId);
        Map<String, Participant> byCode = data.participants().stream()
                .collect(Collectors.toMap(p -> p.code, Function.identity()));
        List<Participant> chosen = new ArrayList<>();
        for (int i = 0; i < input.participants().size(); i++) {
            Participant participant = byCode.get(input.participants().get(i));
            if (participant == null) {
                violations.add(Violation.of("$.participants[" + i + "]",
                        ProblemCode.PARTICIPANT_NOT_IN_EVENT_FIELD, "code", input.participants().get(i)));
            } else {
                chosen.add(participant);
            }
        }
        String group = input.group() == null || input.group().isBlank() ? null : input.group().strip();
        String known = group == null ? null : ruleGroup(data.event().rulesOrDefault(), group, violations);
        InvalidDocumentException.throwIfAny(ProblemCode.PROBLEMS_GROUP_CHANGE, violations);
        for (Participant participant : new LinkedHashSet<>(chosen)) {
            participant.group = known;
        }
        Participant.getEntityManager().flush();
        return new LinkedHashSet<>(chosen).stream().map(p -> EventExporter.participant(p, true)).toList();
    }

    /** The group as the rules write it when they name groups; a problem when they do and it is none of them. */
    private static String ruleGroup(MatchmakingRules rules, String group, List<Violation> violations) {
        Map<String, String> groups = DirectoryQuery.ruleGroups(rules);
        if (groups.isEmpty()) {
            return group;
        }
        String known = groups.get(DirectoryQuery.normalise(group));
        if (known == null) {
            violations.add(Violation.of("$.group", ProblemCode.GROUP_NOT_IN_RULES_FIELD, "groups",
                    DirectoryQuery.quoted(groups.values())));
        }
        return known;
    }
}
