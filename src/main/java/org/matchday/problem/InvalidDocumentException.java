package org.matchday.problem;

import java.util.List;

/** A body that cannot be taken as it is, with every problem found in it, up to {@link #MAX_LISTED}. */
public class InvalidDocumentException extends ProblemException {

    /** Most problems one answer lists; the readers and the validator stop looking once they have found as many. */
    public static final int MAX_LISTED = 1000;

    private final List<Violation> violations;

    public InvalidDocumentException(String message, List<Violation> violations) {
        super(message);
        this.violations = listed(violations);
    }

    public InvalidDocumentException(ProblemText text, List<Violation> violations) {
        super(text);
        this.violations = listed(violations);
    }

    private static List<Violation> listed(List<Violation> violations) {
        return List.copyOf(violations.size() <= MAX_LISTED ? violations : violations.subList(0, MAX_LISTED));
    }

    /**
     * The exception with a detail such as "The event has 2 problems.", or one saying that only the first are listed.
     *
     * @param subjectAndVerb what has the problems, with its verb: "The event has", "The weights have"
     */
    public static InvalidDocumentException of(String subjectAndVerb, List<Violation> violations) {
        int n = violations.size();
        String count = n >= MAX_LISTED ? MAX_LISTED + " or more problems; the first " + MAX_LISTED + " are listed."
                : n + (n == 1 ? " problem." : " problems.");
        return new InvalidDocumentException(subjectAndVerb + " " + count, violations);
    }

    /**
     * The exception with a detail counting the problems, or saying that only the first are listed.
     *
     * @param counting one of the {@code problems.*} codes, which take {@code count} and {@code more}
     */
    public static InvalidDocumentException of(ProblemCode counting, List<Violation> violations) {
        boolean more = violations.size() >= MAX_LISTED;
        return new InvalidDocumentException(counting.with("count", more ? MAX_LISTED : violations.size(),
                "more", more), violations);
    }

    /** Throws {@link #of} when there are violations. */
    public static void throwIfAny(String subjectAndVerb, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw of(subjectAndVerb, violations);
        }
    }

    /** Throws {@link #of} when there are violations. */
    public static void throwIfAny(ProblemCode counting, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw of(counting, violations);
        }
    }

    public List<Violation> violations() {
        return violations;
    }
}
