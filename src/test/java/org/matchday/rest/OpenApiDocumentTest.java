package org.matchday.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

/** The OpenAPI document describes what a client needs, errors included. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyEndpointAndItsProblemAnswersAreDocumented() {
        given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", equalTo("Matchday API"))
                .body("paths", hasKey("/api/events/import"))
                .body("paths", hasKey("/api/events/{id}/export"))
                .body("paths", hasKey("/api/events/{id}/slots"))
                .body("paths", hasKey("/api/events/{eventId}/participants/{participantId}"))
                .body("paths.'/api/events/import'.post.responses.'400'.content.'application/problem+json'.schema"
                        + ".'$ref'", equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/events/{eventId}/requests/{requestId}'.put.responses.'409'.content"
                        + ".'application/problem+json'", notNullValue())
                .body("components.schemas.EventDocument.properties", hasKey("unscheduled"))
                .body("components.schemas.Problem.properties", hasKey("errors"));
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
