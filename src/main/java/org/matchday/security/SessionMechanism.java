package org.matchday.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * The pages' login session: the {@value Sessions#COOKIE} cookie names a session kept in the database. An ended or
 * unknown session is cleared from the browser and the request goes on anonymous, so the login form still opens.
 */
@ApplicationScoped
public class SessionMechanism implements HttpAuthenticationMechanism {

    /** A session token from the cookie, for {@link SessionIdentityProvider}. */
    public static final class SessionRequest extends BaseAuthenticationRequest {

        private final String token;

        SessionRequest(String token) {
            this.token = token;
        }

        String token() {
            return token;
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        Cookie cookie = context.request().getCookie(Sessions.COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Uni.createFrom().nullItem();
        }
        SessionRequest request = new SessionRequest(cookie.getValue());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request).onFailure().recoverWithItem(() -> {
            context.response().addCookie(SessionCookies.cleared(context));
            return null;
        });
    }

    private final ParticipantTokenMechanism challenges;

    public SessionMechanism(ParticipantTokenMechanism challenges) {
        this.challenges = challenges;
    }

    /** One challenge whichever mechanism is asked: the login form for pages, 401 with a problem for the API. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return challenges.getChallenge(context);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return challenges.sendChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, Sessions.COOKIE));
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY - 100;
    }
}
