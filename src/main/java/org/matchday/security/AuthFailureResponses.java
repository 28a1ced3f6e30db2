package org.matchday.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.matchday.language.Language;
import org.matchday.problem.Problem;
import org.matchday.problem.ProblemCode;

import java.util.List;
import java.util.Locale;

/**
 * Failures of authentication, which happen before any resource runs, answered like every other error: as
 * {@code application/problem+json}, with the challenge (WWW-Authenticate) or, when an identity provider refused a
 * client that failed too often, 429 and Retry-After.
 */
@ApplicationScoped
public class AuthFailureResponses {

    private final ObjectMapper json;

    public AuthFailureResponses(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        TooManyAttemptsException tooMany = TooManyAttemptsException.in(context.failure());
        Throwable failure = context.failure();
        if (context.response().ended()) {
            return;
        }
        if (tooMany != null) {
            context.response().putHeader("Retry-After", Long.toString(tooMany.retryAfterSeconds()));
            send(context, 429, "too-many-attempts", "Too many requests", tooMany.getMessage());
        } else if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || failure instanceof AuthenticationCompletionException) {
            unauthorized(context);
        } else if (failure instanceof ForbiddenException) {
            send(context, 403, "forbidden", "Forbidden", "Your role does not allow this.");
        } else {
            context.next();
        }
    }

    /** 401 naming both ways in, the challenge every API caller without valid credentials gets. */
    void unauthorized(RoutingContext context) {
        context.response().putHeader("WWW-Authenticate", "Basic realm=\"Matchday\", Bearer realm=\"Matchday\"");
        send(context, 401, "unauthorized", "Unauthorized", "Log in with an account (HTTP Basic) or send a"
                + " participant's personal link token (Authorization: Bearer); a wrong, expired or revoked one"
                + " is refused.");
    }

    /**
     * 410 for a personal link that no longer works, asked for by a program rather than a browser (a calendar polling
     * its feed): a redirect to a page would only be read as a broken calendar. In the caller's language.
     */
    void linkGone(RoutingContext context) {
        Locale locale = Language.fromAcceptLanguage(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)).locale();
        send(context, 410, "link-gone", ProblemCode.TITLE_GONE.with().in(locale),
                ProblemCode.LINK_GONE.with().in(locale));
    }

    private void send(RoutingContext context, int status, String type, String title, String detail) {
        Problem problem = new Problem("urn:matchday:problem:" + type, title, status, detail,
                context.normalizedPath(), List.of());
        SecurityHeaders.apply(context.response().headers(), context.normalizedPath());
        try {
            context.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(status).end();
        }
    }
}
