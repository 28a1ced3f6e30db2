package org.matchday.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.matchday.problem.ProblemCode;
import org.matchday.problem.ConflictException;
import org.matchday.problem.UnknownIdException;

import java.util.List;

/**
 * Applies each endpoint's {@link Access} rule before the endpoint runs. Someone else's event answers exactly as a
 * missing one does (404), so that event ids do not leak; a caller who may see the event but not do this gets 403.
 */
public class AccessFilter {

    private static final Logger LOG = Logger.getLogger(AccessFilter.class);
    static final String EVENT_ID = "eventId";
    /** Path parameters that name a participant: one's own agenda, profile, or one side of one's meeting. */
    static final List<String> PARTICIPANT_PARAMETERS = List.of("participantId", "a", "b");

    private final SecurityIdentity identity;
    private final Principals members;

    public AccessFilter(SecurityIdentity identity, Principals members) {
        this.identity = identity;
        this.members = members;
    }

    @ServerRequestFilter
    public void check(ContainerRequestContext request, SimpleResourceInfo resource) {
        Access access = accessOf(resource);
        if (access == null) {
            LOG.errorf("%s.%s has no @Access rule: refused", resource.getResourceClass().getSimpleName(),
                    resource.getMethodName());
            throw new ForbiddenException("This endpoint has no access rule.");
        }
        if (access.value() == AccessRule.PUBLIC) {
            return;
        }
        Caller caller = Caller.of(identity);
        if (!caller.isAccount() && !caller.isParticipant()) {
            throw new UnauthorizedException();
        }
        AccessRule rule = access.value();
        switch (rule) {
            case ACCOUNT -> require(caller.isAccount());
            case ORGANISER -> require(caller.organiser());
            case PARTICIPANT -> require(caller.isParticipant());
            default -> {
                checkEvent(rule, caller, request);
                checkNotArchived(access, request);
            }
        }
    }

    /** An archived event is read-only: only reads and what {@link Access#whileArchived()} allows go through. */
    private void checkNotArchived(Access access, ContainerRequestContext request) {
        String method = request.getMethod();
        if (access.whileArchived() || method.equals("GET") || method.equals("HEAD")) {
            return;
        }
        Long eventId = eventId(request);
        if (eventId != null && members.isArchived(eventId)) {
            throw new ConflictException(ProblemCode.EVENT_ARCHIVED.with("event", eventId));
        }
    }

    private void checkEvent(AccessRule rule, Caller caller, ContainerRequestContext request) {
        Long eventId = eventId(request);
        if (eventId == null) {
            // Not a number: the endpoint's own parameter check answers 400.
            return;
        }
        if (caller.isParticipant()) {
            if (caller.participantEventId() != eventId.longValue()) {
                throw UnknownIdException.event(eventId);
            }
            boolean self = (rule == AccessRule.EVENT_PARTICIPANT_SELF || rule == AccessRule.EVENT_ORGANISER_OR_SELF)
                    && namesSelf(request, caller.participantCode());
            require(rule == AccessRule.EVENT_VIEWER || rule == AccessRule.EVENT_PARTICIPANT || self);
            return;
        }
        if (!caller.administrator() && !members.isMember(eventId, caller.accountId())) {
            throw UnknownIdException.event(eventId);
        }
        require(rule != AccessRule.EVENT_PARTICIPANT);
        require(rule != AccessRule.EVENT_ORGANISER && rule != AccessRule.EVENT_ORGANISER_OR_SELF
                || caller.organiser());
    }

    private static boolean namesSelf(ContainerRequestContext request, String code) {
        return PARTICIPANT_PARAMETERS.stream()
                .anyMatch(name -> code.equals(request.getUriInfo().getPathParameters().getFirst(name)));
    }

    private static Long eventId(ContainerRequestContext request) {
        String value = request.getUriInfo().getPathParameters().getFirst(EVENT_ID);
        if (value == null) {
            throw new IllegalStateException("An event rule on a path without {" + EVENT_ID + "}");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new ForbiddenException("Your role does not allow this.");
        }
    }

    private static Access accessOf(SimpleResourceInfo resource) {
        try {
            return resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes())
                    .getAnnotation(Access.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
