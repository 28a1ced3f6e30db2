package org.matchday.security;

import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;

/** The address a login attempt came from, as failed attempts are counted (behind a proxy: see docs/security.md). */
public final class ClientAddress {

    private ClientAddress() {
    }

    static String of(AuthenticationRequest request) {
        return of(HttpSecurityUtils.getRoutingContextAttribute(request));
    }

    public static String of(RoutingContext context) {
        if (context == null || context.request().remoteAddress() == null) {
            return "unknown";
        }
        return context.request().remoteAddress().host();
    }
}
