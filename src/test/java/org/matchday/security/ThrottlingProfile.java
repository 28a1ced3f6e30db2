package org.matchday.security;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A low limit on failed attempts, the client address taken from X-Forwarded-For (as behind a proxy) so that each test
 * is its own client, a configured public address, and every log line (access log and security debugging included) written to a file to search.
 */
public class ThrottlingProfile implements QuarkusTestProfile {

    static final int LIMIT = 3;
    static final String LOG_FILE = "target/security-test.log";
    static final String PUBLIC_URL = "https://matchday.example.org";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("matchday.security.failures-per-minute", Integer.toString(LIMIT)),
                Map.entry("matchday.security.public-url", PUBLIC_URL),
                Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"),
                Map.entry("quarkus.http.access-log.enabled", "true"),
                Map.entry("quarkus.http.access-log.pattern", "combined"),
                Map.entry("quarkus.log.file.enabled", "true"),
                Map.entry("quarkus.log.file.path", LOG_FILE),
                Map.entry("quarkus.log.file.level", "DEBUG"),
                Map.entry("quarkus.log.category.\"org.matchday\".level", "DEBUG"),
                Map.entry("quarkus.log.category.\"io.quarkus.security\".level", "DEBUG"),
                Map.entry("quarkus.log.category.\"io.quarkus.vertx.http.runtime.security\".level", "DEBUG"));
    }
}
