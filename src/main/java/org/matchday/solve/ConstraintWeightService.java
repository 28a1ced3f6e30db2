package org.matchday.solve;

import org.matchday.problem.ProblemCode;
import org.matchday.persistence.EventData;
import org.matchday.event.EventService;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.matchday.domain.ConstraintWeight;
import org.matchday.domain.Event;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.problem.Violation;
import org.matchday.solver.ScheduleConstraintProvider;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An event's own weights for the scheduling rules. A weight stays on its rule's level (a hard rule cannot become
 * a preference, nor be switched off, or stored schedules could break it); soft weights may be zero to switch a
 * preference off.
 */
@ApplicationScoped
public class ConstraintWeightService {

    @Transactional
    public List<ConstraintWeightView> weights(long eventId) {
        EventData.event(eventId);
        return views(of(eventId));
    }

    /** Replaces the event's weights: rules absent from the input go back to their default. */
    @Transactional
    public List<ConstraintWeightView> update(long eventId, ConstraintWeightsInput input) {
        Map<String, HardMediumSoftLongScore> parsed = parse(input);
        Event event = EventData.lockEvent(eventId);
        ConstraintWeight.delete("event.id", eventId);
        for (Map.Entry<String, HardMediumSoftLongScore> entry : parsed.entrySet()) {
            ConstraintWeight row = new ConstraintWeight();
            row.event = event;
            row.constraintName = entry.getKey();
            row.weight = entry.getValue().toString();
            row.persist();
        }
        return views(parsed);
    }

    /** The event's own weights by constraint name, in the current transaction; defaults are not included. */
    public static Map<String, HardMediumSoftLongScore> of(long eventId) {
        Map<String, HardMediumSoftLongScore> weights = new HashMap<>();
        for (ConstraintWeight row : ConstraintWeight.<ConstraintWeight>list("event.id", eventId)) {
            weights.put(row.constraintName, HardMediumSoftLongScore.parseScore(row.weight));
        }
        return weights;
    }

    private static Map<String, HardMediumSoftLongScore> parse(ConstraintWeightsInput input) {
        if (input.weights() == null) {
            throw new InvalidDocumentException(ProblemCode.WEIGHTS_MISSING.with(),
                    List.of(Violation.of("$.weights", ProblemCode.FIELD_REQUIRED)));
        }
        Map<String, HardMediumSoftLongScore> parsed = new HashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<String, String> entry : input.weights().entrySet()) {
            String path = "$.weights['" + entry.getKey() + "']";
            HardMediumSoftLongScore fallback = ScheduleConstraintProvider.DEFAULT_WEIGHTS.get(entry.getKey());
            if (fallback == null) {
                violations.add(Violation.of(path, ProblemCode.WEIGHTS_UNKNOWN_FIELD, "constraints",
                        String.join(", ", ScheduleConstraintProvider.CONSTRAINT_NAMES)));
                continue;
            }
            HardMediumSoftLongScore weight;
            try {
                weight = HardMediumSoftLongScore.parseScore(entry.getValue());
            } catch (RuntimeException e) {
                violations.add(Violation.of(path, ProblemCode.WEIGHTS_SCORE_FIELD, "example", fallback.toString()));
                continue;
            }
            String level = level(fallback);
            if (!weight.equals(HardMediumSoftLongScore.ZERO) && !level.equals(level(weight))
                    || weight.hardScore() < 0 || weight.mediumScore() < 0 || weight.softScore() < 0) {
                violations.add(Violation.of(path, ProblemCode.WEIGHTS_LEVEL_FIELD, "level", level,
                        "example", fallback.toString()));
            } else if (!level.equals("soft") && weight.equals(HardMediumSoftLongScore.ZERO)) {
                violations.add(Violation.of(path, ProblemCode.WEIGHTS_OFF_FIELD, "level", level));
            } else {
                parsed.put(entry.getKey(), weight);
            }
        }
        InvalidDocumentException.throwIfAny(ProblemCode.PROBLEMS_WEIGHTS, violations);
        return parsed;
    }

    private static List<ConstraintWeightView> views(Map<String, HardMediumSoftLongScore> own) {
        List<ConstraintWeightView> views = new ArrayList<>();
        ScheduleConstraintProvider.DEFAULT_WEIGHTS.forEach((name, fallback) -> views.add(new ConstraintWeightView(name,
                level(fallback), fallback.toString(), own.getOrDefault(name, fallback).toString())));
        return views;
    }

    /** The single level a weight has: hard, medium or soft; a weight on several levels has none. */
    private static String level(HardMediumSoftLongScore weight) {
        boolean hard = weight.hardScore() != 0;
        boolean medium = weight.mediumScore() != 0;
        boolean soft = weight.softScore() != 0;
        if (hard && !medium && !soft) {
            return "hard";
        }
        if (medium && !hard && !soft) {
            return "medium";
        }
        return soft && !hard && !medium ? "soft" : "mixed";
    }
}
