package org.matchday.problem;


import java.util.List;

/** The request is sound but clashes with the current state: a taken id, a broken rule, the phase (409). */
public class ConflictException extends ProblemException {

    private final List<Violation> violations;

    public ConflictException(String message) {
        this(message, List.of());
    }

    public ConflictException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public ConflictException(ProblemText text) {
        this(text, List.of());
    }

    public ConflictException(ProblemText text, List<Violation> violations) {
        super(text);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
