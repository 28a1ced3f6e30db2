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

    /**
     * A valid token always works, whoever guessed wrong from the same address: tokens are 128-bit random, so
     * answering a valid one tells a guesser nothing. Wrong ones, from the header or the link cookie alike, are
     * counted per address, and past the limit they are answered 429.
     */
    private SecurityIdentity authenticate(TokenAuthenticationRequest request) {
        LinkHolder holder = links.linkHolder(ParticipantTokens.hash(request.getToken().getToken()));
        if (holder == null) {
            String counted = "token@" + ClientAddress.of(request);
            attempts.checkAllowed(counted);
            attempts.recordFailure(counted);
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
