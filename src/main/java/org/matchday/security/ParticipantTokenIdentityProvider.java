package org.matchday.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.matchday.security.Principals.LinkHolder;

/** Turns a personal-link token into the participant it was issued to; expired, revoked and unknown ones fail. */
@ApplicationScoped
public class ParticipantTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final Principals links;
    private final FailedAttempts attempts;

    public ParticipantTokenIdentityProvider(Principals links, FailedAttempts attempts) {
        this.links = links;
        this.attempts = attempts;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> authenticate(request));
    }

    private SecurityIdentity authenticate(TokenAuthenticationRequest request) {
        String address = ClientAddress.of(request);
        // A revoked link's cookie comes with every page and asset it loads: counting it would soon lock out a
        // venue's shared address. Guessing through cookies gains nothing either: the answer is then anonymous.
        boolean fromCookie = Boolean.TRUE.equals(request.getAttribute(ParticipantTokenMechanism.FROM_COOKIE));
        if (!fromCookie) {
            attempts.checkAllowed(address);
        }
        LinkHolder holder = links.linkHolder(ParticipantTokens.hash(request.getToken().getToken()));
        if (holder == null) {
            if (!fromCookie) {
                attempts.recordFailure(address);
            }
            throw new AuthenticationFailedException("The personal link is unknown, expired or revoked.");
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("participant:" + holder.eventId() + ":" + holder.participantCode()))
                .addRole(Caller.PARTICIPANT)
                .addAttribute(Caller.EVENT_ID, holder.eventId())
                .addAttribute(Caller.PARTICIPANT_ID, holder.participantId())
                .addAttribute(Caller.PARTICIPANT_CODE, holder.participantCode())
                .build();
    }
}
