package org.matchday.account;

import org.matchday.problem.ProblemCode;
import org.matchday.problem.ConflictException;
import org.matchday.problem.UnknownIdException;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.matchday.config.MatchdayConfig;
import org.matchday.domain.Account;
import org.matchday.domain.Role;
import org.matchday.format.EventDocumentValidator;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.problem.Violation;
import org.matchday.security.PasswordCheck;
import org.matchday.security.Passwords;
import org.matchday.security.Sessions;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/** Organiser and staff accounts: the first organiser, new accounts, disabling, and each user's own password. */
@ApplicationScoped
public class AccountService {

    public static final String ADMIN = "admin";
    private static final Logger LOG = Logger.getLogger(AccountService.class);

    private final MatchdayConfig config;
    private final EventDocumentValidator validator;
    private final PasswordCheck passwords;
    private final Sessions sessions;

    public AccountService(MatchdayConfig config, EventDocumentValidator validator, PasswordCheck passwords,
            Sessions sessions) {
        this.config = config;
        this.validator = validator;
        this.passwords = passwords;
        this.sessions = sessions;
    }

    /** Before the samples load: with no account yet, creates the organiser {@value #ADMIN}. */
    @Transactional
    void createAdministrator(@Observes @Priority(1) StartupEvent startup) {
        if (Account.count() > 0) {
            return;
        }
        String password = config.security().adminPassword().orElse(null);
        boolean generated = password == null;
        if (generated) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        } else {
            Passwords.check(password, "MATCHDAY_ADMIN_PASSWORD");
        }
        Account admin = newAccount(ADMIN, password, Role.ORGANISER);
        admin.administrator = true;
        admin.persist();
        if (generated) {
            // Printed once, on the first start only: there is no other way to learn it.
            LOG.warnf("Created the organiser account '%s' with the generated password %s ; set"
                    + " MATCHDAY_ADMIN_PASSWORD before the first start to choose it.", ADMIN, password);
        } else {
            LOG.infof("Created the organiser account '%s' with the password from MATCHDAY_ADMIN_PASSWORD.", ADMIN);
        }
    }

    @Transactional
    public AccountView create(AccountInput input) {
        List<Violation> violations = validator.validateFields(input, "$");
        InvalidDocumentException.throwIfAny(ProblemCode.PROBLEMS_ACCOUNT, violations);
        Passwords.check(input.password(), "$.password");
        Account taken = Account.find("usernameKey", Account.keyOf(input.username())).firstResult();
        if (taken != null) {
            throw new ConflictException(ProblemCode.ACCOUNT_TAKEN.with("username", taken.username),
                    List.of(Violation.of("$.username", ProblemCode.ACCOUNT_TAKEN_FIELD)));
        }
        Account account = newAccount(input.username(), input.password(), input.role());
        account.persist();
        return AccountView.of(account);
    }

    @Transactional
    public List<AccountView> list() {
        return Account.<Account>list("order by username").stream().map(AccountView::of).toList();
    }

    @Transactional
    public AccountView get(String username) {
        return AccountView.of(find(username));
    }

    /** Disables or enables an account; the administrator and one's own account stay enabled. */
    @Transactional
    public AccountView setEnabled(String username, boolean enabled, String by) {
        Account account = find(username);
        if (!enabled && (account.administrator || account.username.equals(by))) {
            throw new ConflictException((account.administrator ? ProblemCode.ACCOUNT_KEEP_ADMINISTRATOR
                    : ProblemCode.ACCOUNT_KEEP_OWN).with("username", username));
        }
        account.enabled = enabled;
        if (!enabled) {
            sessions.closeAll(account.id);
        }
        return AccountView.of(account);
    }

    /**
     * A new password ends every session of the account. A wrong current password counts as a failed login of this
     * account from this address, so a stolen session cannot guess it faster than the login form could.
     */
    @Transactional
    public void changeOwnPassword(String username, PasswordChange change, String address) {
        List<Violation> violations = validator.validateFields(change, "$");
        InvalidDocumentException.throwIfAny(ProblemCode.PROBLEMS_PASSWORD_CHANGE, violations);
        Account account = find(username);
        try {
            passwords.verify(username, change.current(), address);
        } catch (AuthenticationFailedException e) {
            throw new InvalidDocumentException(ProblemCode.ACCOUNT_WRONG_PASSWORD.with(),
                    List.of(Violation.of("$.current", ProblemCode.ACCOUNT_WRONG_PASSWORD_FIELD)));
        }
        Passwords.check(change.password(), "$.password");
        account.passwordHash = Passwords.hash(change.password());
        sessions.closeAll(account.id);
    }

    /**
     * An organiser sets another account's password: its sessions end, so whoever held the old one is out at once.
     * One's own password is changed with the current one instead, so a stolen session cannot take the account.
     */
    @Transactional
    public void resetPassword(String username, PasswordReset reset, String by) {
        List<Violation> violations = validator.validateFields(reset, "$");
        InvalidDocumentException.throwIfAny(ProblemCode.PROBLEMS_PASSWORD_RESET, violations);
        Account account = find(username);
        if (account.username.equals(by)) {
            throw new ConflictException(ProblemCode.ACCOUNT_RESET_OWN.with());
        }
        Passwords.check(reset.password(), "$.password");
        account.passwordHash = Passwords.hash(reset.password());
        sessions.closeAll(account.id);
    }

    /** Logs the account out everywhere: every session of the pages ends, on every instance. */
    @Transactional
    public long logOutEverywhere(String username) {
        return sessions.closeAll(find(username).id);
    }

    private static Account find(String username) {
        Account account = Account.findByUsername(username);
        if (account == null) {
            throw new UnknownIdException(ProblemCode.ACCOUNT_UNKNOWN.with("username", username));
        }
        return account;
    }

    private static Account newAccount(String username, String password, Role role) {
        Account account = new Account();
        account.username = username;
        account.passwordHash = Passwords.hash(password);
        account.role = role;
        account.createdAt = Instant.now();
        return account;
    }
}
