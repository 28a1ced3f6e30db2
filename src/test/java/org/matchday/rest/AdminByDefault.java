package org.matchday.rest;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Every REST test calls as the administrator unless it says otherwise ({@code given().auth().none()} and its own
 * credentials): the access rules have tests of their own, the other tests are about what the endpoints do.
 */
public class AdminByDefault implements QuarkusTestBeforeEachCallback {

    public static final String ADMIN = "admin";
    /** The %test profile's matchday.security.admin-password. */
    public static final String ADMIN_PASSWORD = "test-admin-password";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.preemptive().basic(ADMIN, ADMIN_PASSWORD);
    }
}
