package org.matchday.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.matchday.security.AccessFixture;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

/** What an operator's tools see: health for anyone, metrics for organisers, with Matchday's own figures. */
@QuarkusTest
class HealthAndMetricsTest {

    @Test
    void livenessAnswersAnyone() {
        given().auth().none().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void readinessChecksTheDatabase() {
        given().auth().none().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }

    @Test
    void metricsNeedAnOrganiser() {
        given().auth().none().get("/q/metrics").then().statusCode(401);
        String staff = AccessFixture.account("metrics-staff", "STAFF");
        AccessFixture.as(staff).get("/q/metrics").then().statusCode(403);
        String organiser = AccessFixture.account("metrics-organiser", "ORGANISER");
        AccessFixture.as(organiser).get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void metricsCountImportsAndSolves() {
        String fixture = TestEvents.document("small-event.json");
        long id = TestEvents.importEvent(fixture);
        given().post("/api/events/{id}/solve?seconds=2", id).then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().get("/api/events/{id}/solve", id).then().body("status", equalTo("NOT_SOLVING")));
        StoredTimetable.assertValid(id, fixture);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertMetric(metrics, "matchday_import_duration_seconds_count\\{outcome=\"imported\"\\} [1-9].*");
        assertMetric(metrics, "matchday_import_participants_count [1-9].*");
        assertMetric(metrics, "matchday_import_requests_sum [1-9].*");
        assertMetric(metrics, "matchday_solve_duration_seconds_count\\{outcome=\"solved\"\\} [1-9].*");
        assertMetric(metrics, "matchday_solve_best_score\\{event=\"" + id + "\",level=\"hard\"\\} 0\\.0");
        assertMetric(metrics, "matchday_solve_running [0-9].*");
    }

    private static void assertMetric(String metrics, String linePattern) {
        assertThat(metrics, matchesPattern("(?sm).*^" + linePattern + "$.*"));
    }
}
