package org.matchday.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import org.matchday.config.MatchdayConfig;
import org.matchday.domain.Account;
import org.matchday.domain.AccountSession;
import org.matchday.security.Principals.Credentials;

import java.time.Duration;
import java.time.Instant;

/**
 * The pages' login sessions, kept in the database: a session is a random token in an HTTP-only cookie and a row
 * holding its hash. Every request reads the row, so that logout, a password change, disabling an account and
 * "log out everywhere" end a session at once, on every instance, and no key exists that could forge one.
 */
@ApplicationScoped
public class Sessions {

    /** The cookie that carries the session token. */
    public static final String COOKIE = "matchday-session";
    /** Identity attribute: true when the caller came with a session cookie (not HTTP Basic). */
    public static final String VIA_SESSION = "matchday.via-session";
    /** How stale the last-seen time may get before a request writes it again: one write a minute at most. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final Duration idle;
    private final Duration lifetime;

    public Sessions(MatchdayConfig config) {
        this.idle = config.security().sessionIdle();
        this.lifetime = config.security().sessionLifetime();
    }

    /** Opens a session for the account and answers the token for its cookie, shown only here. */
    @Transactional
    public String open(long accountId) {
        String token = ParticipantTokens.newToken();
        Instant now = Instant.now();
        AccountSession session = new AccountSession();
        session.account = Account.getEntityManager().getReference(Account.class, accountId);
        session.tokenHash = ParticipantTokens.hash(token);
        session.createdAt = now;
        session.lastSeenAt = now;
        session.expiresAt = now.plus(lifetime);
        session.persist();
        return token;
    }

    /** The enabled account whose live session has this token, or null; a used session's idle time restarts. */
    @Transactional
    @ActivateRequestContext
    public Credentials identify(String token) {
        AccountSession session = AccountSession.find("select s from AccountSession s join fetch s.account"
                + " where s.tokenHash = ?1", ParticipantTokens.hash(token)).firstResult();
        Instant now = Instant.now();
        if (session == null) {
            return null;
        }
        if (!now.isBefore(session.expiresAt) || !now.isBefore(session.lastSeenAt.plus(idle))
                || !session.account.enabled) {
            session.delete();
            return null;
        }
        if (!now.isBefore(session.lastSeenAt.plus(TOUCH_EVERY))) {
            session.lastSeenAt = now;
        }
        return Principals.credentialsOf(session.account);
    }

    /** Ends the session with this token, if any. */
    @Transactional
    public void close(String token) {
        AccountSession.delete("tokenHash", ParticipantTokens.hash(token));
    }

    /** Ends every session of the account: logging out everywhere, a new password, a disabled account. */
    @Transactional
    public long closeAll(long accountId) {
        return AccountSession.delete("account.id", accountId);
    }
}
