package org.matchday.format;

import java.util.List;

/** A body that cannot be taken as it is, with every problem found in it. */
public class InvalidDocumentException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidDocumentException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
