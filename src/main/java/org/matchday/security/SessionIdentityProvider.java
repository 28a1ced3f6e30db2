package org.matchday.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.matchday.security.Principals.Credentials;

/**
 * The login form's session cookie names an account that logged in earlier; the account is read again on every
 * request, so that disabling it ends its sessions at once.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final Principals accounts;

    public SessionIdentityProvider(Principals accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            Credentials account = accounts.account(request.getPrincipal());
            if (account == null || !account.enabled()) {
                throw new AuthenticationFailedException("The account of this session is gone or disabled.");
            }
            return AccountIdentityProvider.identityOf(account);
        });
    }
}
