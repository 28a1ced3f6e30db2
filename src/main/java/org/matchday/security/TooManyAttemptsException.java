package org.matchday.security;

/** A client (an account from one address, or an address guessing tokens) failed too often; it may try again after {@link #retryAfterSeconds()}. */
public class TooManyAttemptsException extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyAttemptsException(long retryAfterSeconds) {
        super("Too many failed attempts; try again in " + retryAfterSeconds + " s.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Throttling, wherever it sits in the chain of causes (a mechanism may wrap it in its own failure), or null. */
    static TooManyAttemptsException in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TooManyAttemptsException tooMany) {
                return tooMany;
            }
        }
        return null;
    }
}
