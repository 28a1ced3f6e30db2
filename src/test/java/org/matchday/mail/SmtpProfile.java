package org.matchday.mail;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;

/** Matchday with an SMTP host configured: the mock mailer is off and mails go to {@link SmtpServer}. */
public class SmtpProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SmtpServer.class));
    }
}
