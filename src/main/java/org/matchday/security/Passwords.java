package org.matchday.security;

import org.matchday.problem.ProblemCode;
import io.quarkus.elytron.security.common.BcryptUtil;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.problem.Violation;

import java.util.List;

/** The password rules: bcrypt hashes in modular crypt format, and no password shorter than 12 characters. */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    /** bcrypt cost: about 50-100 ms per check on the machines we measured, slow for guessing, fine for a login. */
    private static final int COST = 10;

    private Passwords() {
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    public static boolean matches(String password, String hash) {
        return password != null && hash != null && BcryptUtil.matches(password, hash);
    }

    /** Refuses a password that is too short, naming the field it came in. */
    public static void check(String password, String field) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidDocumentException(ProblemCode.PASSWORD_SHORT.with(),
                    List.of(Violation.of(field, ProblemCode.PASSWORD_SHORT_FIELD, "min", MIN_LENGTH)));
        }
    }
}
