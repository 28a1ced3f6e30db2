package org.matchday.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/** The session cookie as the browser gets it: HTTP-only, same-site, and secure whenever the page came over TLS. */
public final class SessionCookies {

    private SessionCookies() {
    }

    /** A cookie that carries the session token until the browser closes or the session ends on the server. */
    public static Cookie of(String token, boolean secure) {
        return Cookie.cookie(Sessions.COOKIE, token).setPath("/").setHttpOnly(true).setSecure(secure)
                .setSameSite(CookieSameSite.LAX);
    }

    /** Tells the browser to forget the session cookie. */
    public static Cookie cleared(RoutingContext context) {
        return of("", "https".equals(context.request().scheme())).setMaxAge(0);
    }
}
