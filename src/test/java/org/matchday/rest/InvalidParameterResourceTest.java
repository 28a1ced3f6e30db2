package org.matchday.rest;

import org.matchday.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Every bad query or path parameter gets the same problem, naming the parameter as the error's path. */
@QuarkusTest
class InvalidParameterResourceTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            POST   | /api/events/{id}/solve?seconds=0                 | seconds | between 1 and
            POST   | /api/events/{id}/solve?seconds=100000            | seconds | between 1 and
            POST   | /api/events/{id}/solve?seconds=abc               | seconds | whole number, not "abc"
            POST   | /api/events/{id}/solve?seconds=2.5               | seconds | whole number, not "2.5"
            GET    | /api/events/{id}/agendas.pdf?order=shoe-size     | order   | name, organisation, group, id
            GET    | /api/events/{id}/agendas.zip?order=shoe-size     | order   | name, organisation, group, id
            GET    | /api/events/{id}/agendas.zip?formats=pdf,doc     | formats | pdf, ics or both
            GET    | /api/events/abc                                  | eventId | whole number, not "abc"
            DELETE | /api/events/abc                                  | eventId | whole number, not "abc"
            GET    | /api/events/abc/solve                            | eventId | whole number, not "abc"
            GET    | /api/events/abc/participants/eu-01/agenda.pdf    | eventId | whole number, not "abc"
            GET    | /api/events/12abc/statistics                     | eventId | whole number, not "12abc"
            """)
    void answersTheSameProblemNamingTheParameter(String method, String path, String parameter, String message) {
        long id = TestEvents.importFixture("small-event.json");

        given().when().request(Method.valueOf(method), path.replace("{id}", Long.toString(id)))
                .then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:matchday:problem:invalid-parameter"))
                .body("title", equalTo("Invalid parameter"))
                .body("status", equalTo(400))
                .body("detail", not(emptyOrNullString()))
                .body("errors", hasSize(1))
                .body("errors[0].path", equalTo(parameter))
                .body("errors[0].message", containsString(message));
    }
}
