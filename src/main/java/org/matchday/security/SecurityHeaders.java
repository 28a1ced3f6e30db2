package org.matchday.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers on every answer: no MIME sniffing, no referrer leaking a personal link, pages that only run our own
 * scripts and cannot be framed, and API answers that no cache keeps (they carry personal data).
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String path = context.normalizedPath();
            context.addHeadersEndHandler(ignored -> apply(context.response().headers(), path));
            context.next();
        }, 100);
    }

    /** Also called for answers sent before the filters run: refused logins. */
    static void apply(MultiMap headers, String path) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        if (path.startsWith("/api/")) {
            headers.set("Cache-Control", "no-store");
        } else if (!path.startsWith("/q/")) {
            // Swagger UI under /q/ runs inline scripts of its own; our pages do not.
            headers.set("Content-Security-Policy", PAGE_POLICY);
            headers.set("X-Frame-Options", "DENY");
        }
    }
}
