package org.matchday.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.matchday.security.Principals.Credentials;

/**
 * HTTP Basic on the API: an organiser's or staff member's username and password, checked by {@link PasswordCheck}
 * (throttled per account and address, remembered for a few minutes after bcrypt).
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final PasswordCheck passwords;

    public AccountIdentityProvider(PasswordCheck passwords) {
        this.passwords = passwords;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> identityOf(passwords.verify(request.getUsername(),
                new String(request.getPassword().getPassword()), ClientAddress.of(request))));
    }

    static SecurityIdentity identityOf(Credentials account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username()))
                .addRole(account.role().securityRole())
                .addAttribute(Caller.ACCOUNT_ID, account.id())
                .addAttribute(Caller.ADMINISTRATOR, account.administrator())
                .build();
    }
}
