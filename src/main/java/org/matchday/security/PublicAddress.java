package org.matchday.security;

import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.matchday.config.MatchdayConfig;

import java.util.Optional;

/**
 * The address personal links, calendar subscriptions and mails start with: the configured public URL, or else the
 * address this instance serves, never a request's Host header (which anyone can set, and would then receive the
 * tokens of the links it was shown).
 */
@ApplicationScoped
public class PublicAddress {

    private static final Logger LOG = Logger.getLogger(PublicAddress.class);

    private final Optional<String> configured;
    private volatile String served = "http://localhost:8080";

    public PublicAddress(MatchdayConfig config) {
        this.configured = config.security().publicUrl().map(url -> url.replaceAll("/+$", ""));
    }

    void started(@Observes HttpServerStart start) {
        String host = start.options().getHost();
        if (host == null || host.isBlank() || "0.0.0.0".equals(host) || "::".equals(host)) {
            host = "localhost";
        }
        served = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + start.options().getPort();
        if (configured.isEmpty()) {
            LOG.infof("Personal links and mails start with %s; set MATCHDAY_PUBLIC_URL to the address participants"
                    + " reach.", served);
        }
    }

    /** Without a trailing slash, e.g. {@code https://matchday.example.org}. */
    public String base() {
        return configured.orElse(served);
    }

    /** Scheme, host and port of {@link #base()}, as browsers send them in an Origin header. */
    public String origin() {
        return base().replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://[^/]+).*$", "$1");
    }
}
