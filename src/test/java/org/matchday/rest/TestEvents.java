package org.matchday.rest;

import io.restassured.http.ContentType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;

/** Test fixtures: event documents read from the class path and imported over HTTP. */
public final class TestEvents {

    private TestEvents() {
    }

    /** A document from src/test/resources/events, or from sample-events when the name starts with "sample:". */
    public static String document(String name) {
        String path = name.startsWith("sample:") ? "sample-events/" + name.substring(7) : "events/" + name;
        try (InputStream in = TestEvents.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test document " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports a document and answers the new event's id. */
    public static long importEvent(String json) {
        return given().contentType(ContentType.JSON).body(json)
                .when().post("/api/events/import")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static long importFixture(String name) {
        return importEvent(document(name));
    }
}
