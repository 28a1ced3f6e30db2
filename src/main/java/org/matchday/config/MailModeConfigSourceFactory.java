package org.matchday.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Map;

/**
 * One rule for where mail goes: with {@code MATCHDAY_SMTP_HOST} set it is sent there, without it it is written to
 * the log (the mock mailer). Quarkus' own default ties the mock mailer to the launch mode instead, so that a
 * production start without a host would try localhost:25 for every mail. An explicit {@code quarkus.mailer.mock}
 * still wins: this source ranks below application.properties, the environment and test profiles.
 */
public class MailModeConfigSourceFactory implements ConfigSourceFactory {

    static final String MOCK = "quarkus.mailer.mock";
    static final String HOST = "MATCHDAY_SMTP_HOST";
    private static final int ORDINAL = 150;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue host = context.getValue(HOST);
        boolean noHost = host == null || host.getValue() == null || host.getValue().isBlank();
        return List.of(new PropertiesConfigSource(Map.of(MOCK, Boolean.toString(noHost)), "matchday-mail-mode",
                ORDINAL));
    }
}
