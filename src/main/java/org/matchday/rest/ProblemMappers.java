package org.matchday.rest;

import org.matchday.problem.PayloadTooLargeException;
import org.matchday.problem.Problem;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.matchday.problem.InvalidDocumentException;
import org.matchday.problem.Violation;
import org.matchday.problem.ConflictException;
import org.matchday.problem.ForbiddenActionException;
import org.matchday.security.TooManyAttemptsException;
import org.matchday.problem.InvalidParameterException;
import org.matchday.problem.StaleVersionException;
import org.matchday.problem.UnknownIdException;

import java.util.List;

/** Turns every failure into an {@code application/problem+json} answer. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE = "urn:matchday:problem:";

    @ServerExceptionMapper
    public Response invalid(InvalidDocumentException e, UriInfo uri) {
        return problem(400, "invalid-body", "Invalid request body", e.getMessage(), uri, e.violations());
    }

    /** Every bad query or path parameter gets this one answer, with the parameter's name as the error's path. */
    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return problem(400, "invalid-parameter", "Invalid parameter", e.getMessage(), uri, List.of(e.violation()));
    }

    @ServerExceptionMapper
    public Response notFound(UnknownIdException e, UriInfo uri) {
        return problem(404, "not-found", "Not found", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Forbidden", e.getMessage() == null ? "Your role does not allow this."
                : e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response forbiddenAction(ForbiddenActionException e, UriInfo uri) {
        return problem(403, "forbidden", "Forbidden", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return Response.fromResponse(problem(401, "unauthorized", "Unauthorized",
                "Log in with an account (HTTP Basic) or send a participant's personal link token.", uri, List.of()))
                .header("WWW-Authenticate", "Basic realm=\"Matchday\", Bearer realm=\"Matchday\"").build();
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return problem(409, "conflict", "Conflict", e.getMessage(), uri, e.violations());
    }

    @ServerExceptionMapper
    public Response staleVersion(StaleVersionException e, UriInfo uri) {
        return problem(409, "stale-version", "Conflict", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response stale(RuntimeException e, UriInfo uri) {
        return problem(409, "stale-version", "Conflict",
                "Someone else changed this in the meantime; reload it and apply your change again.", uri, List.of());
    }

    /** The event stayed locked by other edits longer than the database waits: nothing happened, try again. */
    @ServerExceptionMapper({LockTimeoutException.class, PessimisticLockException.class})
    public Response busy(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(503, "busy", "Busy", "The event is being changed by others; nothing"
                + " was changed, try again in a moment.", uri, List.of())).header("Retry-After", "1").build();
    }

    /** A password change or login form past its account's failures from this address. */
    @ServerExceptionMapper
    public Response tooManyAttempts(TooManyAttemptsException e, UriInfo uri) {
        return Response.fromResponse(problem(429, "too-many-attempts", "Too many requests", e.getMessage(), uri,
                List.of())).header("Retry-After", Long.toString(e.retryAfterSeconds())).build();
    }

    @ServerExceptionMapper
    public Response tooLarge(PayloadTooLargeException e, UriInfo uri) {
        return problem(413, "payload-too-large", "Payload too large", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // Quarkus REST wraps what a parameter converter throws (see NumberParameters) in a 404 or 400.
        if (e.getCause() instanceof InvalidParameterException invalid) {
            return invalidParameter(invalid, uri);
        }
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return problem(status, "http-" + status, title, e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (ClientGone.in(e)) {
            // Nobody is left to answer, and nothing on our side failed: no 500, no stack trace.
            LOG.debugf("The client went away during %s", uri.getPath());
            return problem(400, "client-gone", "Bad request", "The connection closed before the request was"
                    + " complete; nothing was changed.", uri, List.of());
        }
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return problem(500, "internal", "Internal error",
                "Something went wrong on our side; the request had no effect.", uri, List.of());
    }

    static Response problem(int status, String type, String title, String detail, UriInfo uri,
            List<Violation> errors) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(TYPE + type, title, status, detail, uri == null ? null : uri.getPath(), errors))
                .build();
    }
}
