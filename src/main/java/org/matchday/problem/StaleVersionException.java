package org.matchday.problem;

/**
 * An edit made on a copy someone else has changed since (409, {@code stale-version}): the same answer whether the
 * version sent with the edit is found stale or the database finds it at commit.
 */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String message) {
        super(message);
    }
    /** Refuses an edit made on a version of the thing other than the current one. */
    public static void check(long given, long current, String what) {
        if (given != current) {
            throw new StaleVersionException("The " + what + " is at version " + current + ", not " + given
                    + ": someone changed it since you read it. Reload it and apply your change again.");
        }
    }
}
