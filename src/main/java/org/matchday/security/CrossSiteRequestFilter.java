package org.matchday.security;

import org.matchday.problem.ProblemCode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.matchday.problem.ForbiddenActionException;

import java.util.Set;

/**
 * CSRF: a request that changes something and is not sent with its own credentials (HTTP Basic or a Bearer token,
 * which another site cannot make a browser send) must come from Matchday's own pages. Browsers say where a request
 * comes from (Sec-Fetch-Site, or else Origin), and no page of another site can make them lie; so a form or script
 * on another site cannot act with the session or link cookie, nor log a browser in (login CSRF). A client that
 * sends neither header is not a browser, and cannot have been tricked by one.
 */
public class CrossSiteRequestFilter {

    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final PublicAddress address;

    public CrossSiteRequestFilter(PublicAddress address) {
        this.address = address;
    }

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request, RoutingContext context) {
        if (SAFE.contains(request.getMethod()) || request.getHeaderString(HttpHeaders.AUTHORIZATION.toString()) != null) {
            return;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (site != null) {
            if (!OWN_SITE.contains(site)) {
                throw refused("it came from " + site + " (Sec-Fetch-Site)");
            }
            return;
        }
        String origin = request.getHeaderString(HttpHeaders.ORIGIN.toString());
        if (origin != null && !origin.equalsIgnoreCase(ownOrigin(context)) && !origin.equalsIgnoreCase(address.origin())) {
            throw refused("it came from " + origin);
        }
    }

    private static String ownOrigin(RoutingContext context) {
        return context.request().scheme() + "://" + context.request().getHeader(HttpHeaders.HOST);
    }

    private static ForbiddenActionException refused(String why) {
        return new ForbiddenActionException(ProblemCode.CROSS_SITE.with("why", why));
    }
}
