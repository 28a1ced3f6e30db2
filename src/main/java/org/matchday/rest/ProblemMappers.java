package org.matchday.rest;

import io.quarkus.arc.Arc;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.matchday.problem.ConflictException;
import org.matchday.problem.ForbiddenActionException;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.problem.InvalidParameterException;
import org.matchday.problem.PayloadTooLargeException;
import org.matchday.problem.Problem;
import org.matchday.problem.ProblemCode;
import org.matchday.problem.ProblemException;
import org.matchday.problem.ProblemText;
import org.matchday.problem.StaleVersionException;
import org.matchday.problem.UnknownIdException;
import org.matchday.problem.UnsupportedTypeException;
import org.matchday.problem.Violation;
import org.matchday.security.TooManyAttemptsException;
import org.matchday.web.ErrorPage;
import org.matchday.web.Lang;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns every failure into an answer: {@code application/problem+json} on the API, with the detail and each error's
 * message written in the caller's language (the page's language cookie, else Accept-Language, else English) from
 * their codes; a page in that language on every other route.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE = "urn:matchday:problem:";

    @ServerExceptionMapper
    public Response invalid(InvalidDocumentException e, UriInfo uri) {
        return problem(400, "invalid-body", ProblemCode.TITLE_INVALID_BODY, e, uri, e.violations());
    }

    /** Every bad query or path parameter gets this one answer, with the parameter's name as the error's path. */
    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return problem(400, "invalid-parameter", ProblemCode.TITLE_INVALID_PARAMETER, e, uri, List.of(e.violation()));
    }

    @ServerExceptionMapper
    public Response notFound(UnknownIdException e, UriInfo uri) {
        return problem(404, "not-found", ProblemCode.TITLE_NOT_FOUND, e, uri, List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", ProblemCode.TITLE_FORBIDDEN, ProblemCode.ROLE_FORBIDDEN.with(), uri,
                List.of());
    }

    @ServerExceptionMapper
    public Response forbiddenAction(ForbiddenActionException e, UriInfo uri) {
        return problem(403, "forbidden", ProblemCode.TITLE_FORBIDDEN, e, uri, List.of());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return Response.fromResponse(problem(401, "unauthorized", ProblemCode.TITLE_UNAUTHORIZED,
                ProblemCode.UNAUTHORIZED.with(), uri, List.of()))
                .header("WWW-Authenticate", "Basic realm=\"Matchday\", Bearer realm=\"Matchday\"").build();
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return problem(409, "conflict", ProblemCode.TITLE_CONFLICT, e, uri, e.violations());
    }

    @ServerExceptionMapper
    public Response staleVersion(StaleVersionException e, UriInfo uri) {
        return problem(409, "stale-version", ProblemCode.TITLE_CONFLICT, e, uri, List.of());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response stale(RuntimeException e, UriInfo uri) {
        return problem(409, "stale-version", ProblemCode.TITLE_CONFLICT, ProblemCode.STALE_CHANGED.with(), uri,
                List.of());
    }

    /** The event stayed locked by other edits longer than the database waits: nothing happened, try again. */
    @ServerExceptionMapper({LockTimeoutException.class, PessimisticLockException.class})
    public Response busy(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(503, "busy", ProblemCode.TITLE_BUSY, ProblemCode.BUSY.with(), uri,
                List.of())).header("Retry-After", "1").build();
    }

    /** A password change or login form past its account's failures from this address. */
    @ServerExceptionMapper
    public Response tooManyAttempts(TooManyAttemptsException e, UriInfo uri) {
        return Response.fromResponse(problem(429, "too-many-attempts", ProblemCode.TITLE_TOO_MANY_REQUESTS,
                ProblemCode.TOO_MANY_ATTEMPTS.with("seconds", e.retryAfterSeconds()), uri, List.of()))
                .header("Retry-After", Long.toString(e.retryAfterSeconds())).build();
    }

    @ServerExceptionMapper
    public Response tooLarge(PayloadTooLargeException e, UriInfo uri) {
        return problem(413, "payload-too-large", ProblemCode.TITLE_PAYLOAD_TOO_LARGE, e, uri, List.of());
    }

    @ServerExceptionMapper
    public Response unsupportedType(UnsupportedTypeException e, UriInfo uri) {
        return problem(415, "http-415", ProblemCode.TITLE_UNSUPPORTED_TYPE, e, uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // Quarkus REST wraps what a parameter converter throws (see NumberParameters) in a 404 or 400.
        if (e.getCause() instanceof InvalidParameterException invalid) {
            return invalidParameter(invalid, uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? ProblemCode.TITLE_ERROR.english() : known.getReasonPhrase();
        Locale locale = locale();
        if (e instanceof NotFoundException) {
            return answer(status, "http-" + status, ProblemCode.TITLE_NOT_FOUND.with().in(locale),
                    ProblemCode.HTTP_NOT_FOUND.with(), uri, List.of(), locale);
        }
        return answer(status, "http-" + status, title, ProblemCode.HTTP_STATUS.with("status", status), uri,
                List.of(), locale);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (ClientGone.in(e)) {
            // Nobody is left to answer, and nothing on our side failed: no 500, no stack trace.
            LOG.debugf("The client went away during %s", uri.getPath());
            return problem(400, "client-gone", ProblemCode.TITLE_BAD_REQUEST, ProblemCode.CLIENT_GONE.with(), uri,
                    List.of());
        }
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return problem(500, "internal", ProblemCode.TITLE_INTERNAL, ProblemCode.INTERNAL.with(), uri, List.of());
    }

    /** The answer of a refusal; one made with a plain message answers it as it is, without a code. */
    private static Response problem(int status, String type, ProblemCode title, ProblemException e, UriInfo uri,
            List<Violation> errors) {
        Locale locale = locale();
        Object detail = e.text() != null ? e.text() : e.getMessage();
        return answer(status, type, title.with().in(locale), detail, uri, errors, locale);
    }

    static Response problem(int status, String type, ProblemCode title, ProblemText detail, UriInfo uri,
            List<Violation> errors) {
        Locale locale = locale();
        return answer(status, type, title.with().in(locale), detail, uri, errors, locale);
    }

    /** @param detail a ProblemText, or an uncoded English sentence */
    private static Response answer(int status, String type, String title, Object detail, UriInfo uri,
            List<Violation> errors, Locale locale) {
        String path = uri == null ? null : uri.getPath();
        RoutingContext context = context();
        ProblemText text = detail instanceof ProblemText coded ? coded : null;
        String sentence = text != null ? text.in(locale) : (String) detail;
        if (context != null && ErrorPage.isPage(path) && ErrorPage.wantsPage(context)) {
            return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(ErrorPage.render(context, status, title, sentence)).build();
        }
        List<Violation> localised = errors.stream().map(v -> v.in(locale)).toList();
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(TYPE + type, title, status, sentence, path, text == null ? null : text.code(),
                        text == null ? Map.of() : text.params(), localised))
                .build();
    }

    /** The caller's language: the page's choice (its cookie, or ?lang=), else Accept-Language, else English. */
    static Locale locale() {
        RoutingContext context = context();
        return context == null ? Lang.EN : Lang.of(context);
    }

    private static RoutingContext context() {
        var request = Arc.container().instance(CurrentVertxRequest.class);
        return request.isAvailable() ? request.get().getCurrent() : null;
    }
}
