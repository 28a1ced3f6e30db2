package org.matchday.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.matchday.security.Principals.Credentials;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks an organiser's or staff member's username and password (HTTP Basic on the API, the login form on pages)
 * against the bcrypt hash stored with the account. A disabled account is refused like a wrong password.
 *
 * <p>bcrypt is slow on purpose, too slow to pay on every API call: a password that matched is remembered for a few
 * minutes as an HMAC under a key that lives only in this process, tied to the stored hash, so that a changed
 * password stops matching at once. Whether the account is still enabled is read on every call.
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Duration REMEMBER = Duration.ofMinutes(5);
    /** Checked when the username is unknown, so that an answer takes as long whether or not the account exists. */
    private static final String DUMMY_HASH = Passwords.hash("no account has this password");

    private final Principals accounts;
    private final FailedAttempts attempts;
    private final byte[] key = new byte[32];
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    public AccountIdentityProvider(Principals accounts, FailedAttempts attempts) {
        this.accounts = accounts;
        this.attempts = attempts;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> authenticate(request));
    }

    private SecurityIdentity authenticate(UsernamePasswordAuthenticationRequest request) {
        String address = ClientAddress.of(request);
        attempts.checkAllowed(address);
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        Credentials account = accounts.account(username);
        if (account == null) {
            Passwords.matches(password, DUMMY_HASH);
        }
        if (account == null || !account.enabled() || !matches(account, password)) {
            attempts.recordFailure(address);
            throw new AuthenticationFailedException("Wrong username or password, or the account is disabled.");
        }
        return identityOf(account);
    }

    static SecurityIdentity identityOf(Credentials account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username()))
                .addRole(account.role().securityRole())
                .addAttribute(Caller.ACCOUNT_ID, account.id())
                .addAttribute(Caller.ADMINISTRATOR, account.administrator())
                .build();
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
            return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Remembered(String passwordHash, String proof, long until) {
    }
}
