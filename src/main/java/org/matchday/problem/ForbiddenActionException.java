package org.matchday.problem;

/** The caller may see the thing but this action on it is someone else's to take (403). */
public class ForbiddenActionException extends ProblemException {

    public ForbiddenActionException(String message) {
        super(message);
    }

    public ForbiddenActionException(ProblemText text) {
        super(text);
    }
}
