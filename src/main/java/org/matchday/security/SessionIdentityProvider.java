package org.matchday.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.matchday.security.Principals.Credentials;
import org.matchday.security.SessionMechanism.SessionRequest;

/**
 * The login session's cookie names a session in the database; the session and its account are read again on every
 * request, so that an ended session or a disabled account is refused at once.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionRequest> {

    private final Sessions sessions;

    public SessionIdentityProvider(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<SessionRequest> getRequestType() {
        return SessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            Credentials account = sessions.identify(request.token());
            if (account == null) {
                throw new AuthenticationFailedException("The session has ended, or its account is disabled.");
            }
            return QuarkusSecurityIdentity.builder(AccountIdentityProvider.identityOf(account))
                    .addAttribute(Sessions.VIA_SESSION, true).build();
        });
    }
}
