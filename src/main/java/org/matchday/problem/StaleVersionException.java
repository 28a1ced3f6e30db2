package org.matchday.problem;

/**
 * An edit made on a copy someone else has changed since (409, {@code stale-version}): the same answer whether the
 * version sent with the edit is found stale or the database finds it at commit.
 */
public class StaleVersionException extends ProblemException {

    public StaleVersionException(String message) {
        super(message);
    }

    public StaleVersionException(ProblemText text) {
        super(text);
    }

    /** Refuses an edit made on a version of the thing other than the current one. */
    public static void check(long given, long current, String what) {
        check(given, current, (Object) what);
    }

    /** @param what the thing, as words or as a ProblemText written in the caller's language */
    public static void check(long given, long current, Object what) {
        if (given != current) {
            throw new StaleVersionException(ProblemCode.STALE_VERSION.with("what", what, "current", current,
                    "given", given));
        }
    }
}
