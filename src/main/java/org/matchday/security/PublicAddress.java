package org.matchday.security;

import io.quarkus.vertx.http.HttpServer;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.matchday.config.MatchdayConfig;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The address personal links, calendar subscriptions and mails start with: the configured public URL, or else the
 * address this instance serves, never a request's Host header (which anyone can set, and would then receive the
 * tokens of the links it was shown).
 */
@ApplicationScoped
public class PublicAddress {

    private static final Logger LOG = Logger.getLogger(PublicAddress.class);

    private final Optional<String> configured;
    private final HttpServer server;
    private final AtomicBoolean told = new AtomicBoolean();

    public PublicAddress(MatchdayConfig config, HttpServer server) {
        this.configured = config.security().publicUrl().map(PublicAddress::withoutSlash);
        this.server = server;
    }

    /** Without a trailing slash, e.g. {@code https://matchday.example.org}. */
    public String base() {
        if (configured.isPresent()) {
            return configured.get();
        }
        // The port the server really listens on, known once it started (a random one in tests).
        String served = withoutSlash(server.getLocalBaseUri().toString());
        if (told.compareAndSet(false, true)) {
            LOG.infof("Personal links and mails start with %s; set MATCHDAY_PUBLIC_URL to the address participants"
                    + " reach.", served);
        }
        return served;
    }

    /** Scheme, host and port of {@link #base()}, as browsers send them in an Origin header. */
    public String origin() {
        return base().replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://[^/]+).*$", "$1");
    }

    private static String withoutSlash(String url) {
        return url.replaceAll("/+$", "");
    }
}
