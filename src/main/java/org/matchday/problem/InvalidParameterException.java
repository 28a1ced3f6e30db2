package org.matchday.problem;


/** A query or path parameter that cannot be taken as it is (answered with 400, naming the parameter). */
public class InvalidParameterException extends ProblemException {

    private final Violation violation;

    /** @param violation the parameter's name as its path, and what is wrong with its value */
    public InvalidParameterException(String message, Violation violation) {
        super(message);
        this.violation = violation;
    }

    public InvalidParameterException(ProblemText text, Violation violation) {
        super(text);
        this.violation = violation;
    }

    public Violation violation() {
        return violation;
    }
}
