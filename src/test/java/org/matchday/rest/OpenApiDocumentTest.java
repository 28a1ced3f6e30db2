package org.matchday.rest;

import org.matchday.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document describes what a client needs, errors included. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void everyEndpointAndItsProblemAnswersAreDocumented() {
        given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", equalTo("Matchday API"))
                .body("paths", hasKey("/api/events/import"))
                .body("paths", hasKey("/api/events/{eventId}/export"))
                .body("paths", hasKey("/api/events/{eventId}/slots"))
                .body("paths", hasKey("/api/events/{eventId}/participants/{participantId}"))
                .body("paths.'/api/events/import'.post.responses.'400'.content.'application/problem+json'.schema"
                        + ".'$ref'", equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/events/{eventId}/requests/{requestId}'.put.responses.'409'.content"
                        + ".'application/problem+json'", notNullValue())
                .body("components.schemas.EventDocument.properties", hasKey("unscheduled"))
                .body("components.schemas.Problem.properties", hasKey("errors"));
    }

    @Test
    void theFairnessFieldsAreDocumented() {
        given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("components.schemas.EventInput.properties.minimumMeetings.description",
                        containsString("Fairness minimum"))
                .body("components.schemas.EventSummary.properties", hasKey("minimumMeetings"))
                .body("components.schemas.EventDocument.properties.minimumMeetings.maximum", equalTo(100))
                .body("components.schemas.CapacityReport.properties", hasKey("fairness"))
                .body("components.schemas.FairnessCheck.properties", hasKey("belowMinimum"))
                .body("components.schemas.FairnessCheck.properties", hasKey("overbookedPartners"))
                .body("components.schemas.FairnessCheck.properties.priorityForFairness.description",
                        containsString("solver benchmark"))
                .body("components.schemas.BelowMinimum.properties", hasKey("reason"))
                .body("components.schemas.SolveStatus.properties", hasKey("belowMinimum"))
                .body("components.schemas.SolveStatus.properties", hasKey("belowFairShare"))
                .body("components.schemas.SolveStatus.properties.priorityGivenUpForFairness.description",
                        containsString("fairness rule"))
                .body("components.schemas.ScheduleStatistics.properties", hasKey("fairness"))
                .body("components.schemas.FairnessFigures.properties", hasKey("priorityGivenUp"))
                .body("components.schemas.MeetingsPerParticipant.properties", hasKey("byGroup"))
                .body("components.schemas.GroupFigures.properties", hasKey("belowMinimum"));
    }

    @Test
    void everyOperationHasASummaryAndAnswersEveryErrorWithAProblem() {
        JsonPath document = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<String> errorAnswers = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            assertFalse(path.getKey().contains("{id}"), path.getKey() + " names the event {eventId}");
            for (Map.Entry<String, Object> entry : path.getValue().entrySet()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                String operation = entry.getKey().toUpperCase() + " " + path.getKey();
                Map<?, ?> details = (Map<?, ?>) entry.getValue();
                assertTrue(details.get("summary") instanceof String summary && !summary.isBlank(),
                        operation + " has a summary");
                Map<?, ?> responses = (Map<?, ?>) details.get("responses");
                for (Map.Entry<?, ?> response : responses.entrySet()) {
                    String status = response.getKey().toString();
                    if (!status.startsWith("4") && !status.startsWith("5")) {
                        continue;
                    }
                    String answer = operation + " " + status;
                    Map<?, ?> content = (Map<?, ?>) ((Map<?, ?>) response.getValue()).get("content");
                    assertEquals(Set.of(Problem.MEDIA_TYPE), content == null ? Set.of() : content.keySet(), answer);
                    Map<?, ?> schema = (Map<?, ?>) ((Map<?, ?>) content.get(Problem.MEDIA_TYPE)).get("schema");
                    assertEquals("#/components/schemas/Problem", schema.get("$ref"), answer);
                    errorAnswers.add(answer);
                }
            }
        }
        assertTrue(errorAnswers.size() > 30, "error answers found: " + errorAnswers);
    }

    @Test
    void swaggerUiIsServedAndReadsTheOpenApiDocument() {
        given().get("/q/swagger-ui/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<div id=\"swagger-ui\"></div>"))
                .body(containsString("swagger-ui-bundle.js"))
                // The page loads the document the test above checks.
                .body(matchesPattern("(?s).*SwaggerUIBundle\\(\\{\\s*url: '/q/openapi',.*"));
    }
}
