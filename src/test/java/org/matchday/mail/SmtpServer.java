package org.matchday.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * A real SMTP server (GreenMail) in the test JVM on a free port, requiring a login, and the MATCHDAY_SMTP_*
 * settings that point Matchday at it, exactly as an operator would set them.
 */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    static final String USER = "matchday-sender";
    static final String PASSWORD = "smtp-test-password";
    static final String FROM = "Taiwan-EU Matchmaking <matchmaking@example.org>";
    private static volatile GreenMail server;

    @Override
    public Map<String, String> start() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, PASSWORD));
        mail.start();
        server = mail;
        return Map.of(
                "MATCHDAY_SMTP_HOST", mail.getSmtp().getBindTo(),
                "MATCHDAY_SMTP_PORT", Integer.toString(mail.getSmtp().getPort()),
                "MATCHDAY_SMTP_USER", USER,
                "MATCHDAY_SMTP_PASSWORD", PASSWORD,
                "MATCHDAY_MAIL_FROM", FROM,
                "quarkus.mailer.login", "REQUIRED");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static GreenMail server() {
        return server;
    }
}
