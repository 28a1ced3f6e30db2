package org.matchday.security;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * {@code Authorization: Bearer <token>}: a participant acting through its personal link. It goes first among the
 * mechanisms, so its challenge is the one sent: API callers get 401 naming both ways in (Basic and Bearer), while a
 * browser asking for a page is sent to the login form.
 */
@ApplicationScoped
public class ParticipantTokenMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login";
    /** Where an unknown, expired or revoked personal link leads: a page that says so, in the browser's language. */
    public static final String LINK_INVALID_PAGE = "/link-invalid";
    private static final String BEARER = "Bearer ";
    /** The personal link's address: {@code /p/<token>}. */
    public static final String LINK_PATH = "/p/";
    /** Where a participant's page keeps its token once the link was opened (HTTP-only, same site). */
    public static final String LINK_COOKIE = "matchday-link";

    private final AuthFailureResponses failures;

    public ParticipantTokenMechanism(AuthFailureResponses failures) {
        this.failures = failures;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String token = tokenOf(context);
        if (token == null) {
            return Uni.createFrom().nullItem();
        }
        TokenAuthenticationRequest request = new TokenAuthenticationRequest(new TokenCredential(token, "bearer"));
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        Uni<SecurityIdentity> identity = identities.authenticate(request);
        if (!fromCookie(context)) {
            return identity;
        }
        // A revoked link's cookie is forgotten and the request goes on anonymous, so its holder still reaches the
        // login form; it was counted like any wrong token, and a client that keeps sending it meets the limit.
        return identity.onFailure(failure -> TooManyAttemptsException.in(failure) == null).recoverWithItem(() -> {
            context.response().addCookie(Cookie.cookie(LINK_COOKIE, "").setPath("/").setMaxAge(0)
                    .setHttpOnly(true));
            return null;
        });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (wantsPage(context)) {
            return Uni.createFrom().item(new ChallengeData(302, HttpHeaders.LOCATION.toString(), LOGIN_PAGE));
        }
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate",
                "Basic realm=\"Matchday\", Bearer realm=\"Matchday\""));
    }

    /**
     * The token of the request: the Authorization header on the API; on pages, the personal link's path
     * ({@code /p/<token>}, opened from a mail, or below it such as a calendar subscription) or the cookie the link's
     * page then sets, so that the token leaves the address bar.
     */
    static String tokenOf(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            return header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? header.substring(BEARER.length()).trim() : null;
        }
        String path = context.normalizedPath();
        if (path.startsWith(LINK_PATH) && path.length() > LINK_PATH.length()) {
            int end = path.indexOf('/', LINK_PATH.length());
            return path.substring(LINK_PATH.length(), end < 0 ? path.length() : end);
        }
        Cookie cookie = context.request().getCookie(LINK_COOKIE);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }

    private static boolean fromCookie(RoutingContext context) {
        return context.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                && !context.normalizedPath().startsWith(LINK_PATH);
    }

    /** Sends the challenge with a problem body, which the default challenge (headers only) lacks. */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (context.normalizedPath().startsWith(LINK_PATH) && !acceptsHtml(context)) {
            failures.linkGone(context);
        } else if (context.normalizedPath().startsWith(LINK_PATH)) {
            context.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, LINK_INVALID_PAGE).end();
        } else if (wantsPage(context)) {
            context.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, LOGIN_PAGE).end();
        } else {
            failures.unauthorized(context);
        }
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }

    /** Above HTTP Basic's 2000: Quarkus asks for challenges in priority order, and this one must answer first. */
    @Override
    public int getPriority() {
        return 2100;
    }

    /**
     * A browser navigating to a page (not the API) without credentials is better served by the login form than by a
     * bare 401.
     */
    static boolean wantsPage(RoutingContext context) {
        if (context.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
            // Credentials that were refused: the login form would not help, and sending them there again would loop.
            return false;
        }
        String path = context.normalizedPath();
        return !path.startsWith("/api/") && !path.startsWith("/q/") && acceptsHtml(context);
    }

    private static boolean acceptsHtml(RoutingContext context) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html");
    }
}
