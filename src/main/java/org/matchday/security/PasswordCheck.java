package org.matchday.security;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import org.matchday.domain.Account;
import org.matchday.security.Principals.Credentials;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks an account's password wherever one is given: HTTP Basic, the login form and a password change.
 *
 * <p>Failures are counted per account and client address, so a guesser holds back only that account from that
 * address, never another account or a participant's link. Unknown, disabled and wrong all cost one bcrypt check,
 * so the time of an answer does not tell which. bcrypt is too slow to pay on every API call: a password that
 * matched is remembered for a few minutes as an HMAC under a key that lives only in this process, tied to the
 * stored hash, so that a changed password stops matching at once.
 */
@ApplicationScoped
public class PasswordCheck {

    private static final Duration REMEMBER = Duration.ofMinutes(5);
    /** Checked when the username is unknown, so that an answer takes as long whether or not the account exists. */
    private static final String DUMMY_HASH = Passwords.hash("no account has this password");

    private final Principals principals;
    private final FailedAttempts attempts;
    private final byte[] key = new byte[32];
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    public PasswordCheck(Principals principals, FailedAttempts attempts) {
        this.principals = principals;
        this.attempts = attempts;
        new SecureRandom().nextBytes(key);
    }

    /**
     * The enabled account with this username and password.
     *
     * @throws TooManyAttemptsException when this account failed too often from this address in the last minute
     * @throws AuthenticationFailedException when the account is unknown or disabled, or the password is wrong
     */
    public Credentials verify(String username, String password, String address) {
        String counted = "password:" + Account.keyOf(username == null ? "" : username) + "@" + address;
        attempts.checkAllowed(counted);
        Credentials account = username == null ? null : principals.account(username);
        boolean matches;
        if (account == null) {
            Passwords.matches(password, DUMMY_HASH);
            matches = false;
        } else {
            matches = matches(account, password);
        }
        if (!matches || !account.enabled()) {
            attempts.recordFailure(counted);
            throw new AuthenticationFailedException("Wrong username or password, or the account is disabled.");
        }
        return account;
    }

    private boolean matches(Credentials account, String password) {
        String proof = hmac(account.username() + '\n' + password);
        Remembered known = remembered.get(account.username());
        long now = System.nanoTime();
        if (known != null && known.passwordHash().equals(account.passwordHash()) && now < known.until()
                && MessageDigest.isEqual(known.proof().getBytes(StandardCharsets.UTF_8),
                        proof.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        if (!Passwords.matches(password, account.passwordHash())) {
            return false;
        }
        remembered.put(account.username(), new Remembered(account.passwordHash(), proof, now + REMEMBER.toNanos()));
        return true;
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Remembered(String passwordHash, String proof, long until) {
    }
}
