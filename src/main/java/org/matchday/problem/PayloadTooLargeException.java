package org.matchday.problem;

/** A body over the configured size limit. */
public class PayloadTooLargeException extends ProblemException {

    public PayloadTooLargeException(String message) {
        super(message);
    }

    public PayloadTooLargeException(ProblemText text) {
        super(text);
    }
}
