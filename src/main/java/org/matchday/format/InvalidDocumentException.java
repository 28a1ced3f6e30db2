package org.matchday.format;

import java.util.List;

/** A body that cannot be taken as it is, with every problem found in it. */
public class InvalidDocumentException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidDocumentException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    /**
     * Throws when there are violations, with a detail such as "The event has 2 problems."
     *
     * @param subjectAndVerb what has the problems, with its verb: "The event has", "The weights have"
     */
    public static void throwIfAny(String subjectAndVerb, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidDocumentException(subjectAndVerb + " " + violations.size()
                    + (violations.size() == 1 ? " problem." : " problems."), violations);
        }
    }

    public List<Violation> violations() {
        return violations;
    }
}
