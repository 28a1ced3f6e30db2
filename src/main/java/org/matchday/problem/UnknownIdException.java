package org.matchday.problem;

/** Something named in a request does not exist (answered with 404). */
public class UnknownIdException extends ProblemException {

    public UnknownIdException(String message) {
        super(message);
    }

    public UnknownIdException(ProblemText text) {
        super(text);
    }

    /** The one answer for an event that does not exist or that the caller may not see, so ids do not leak. */
    public static UnknownIdException event(long eventId) {
        return new UnknownIdException(ProblemCode.EVENT_UNKNOWN.with("event", eventId));
    }
}
