package org.matchday.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.matchday.problem.Problem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the HTTP layer refuses before any endpoint runs is answered like every other refusal, with a problem body: a
 * method the address does not answer (405, with Allow), a request line or headers over Quarkus' limits (414, 431), a
 * declared body over quarkus.http.limits.max-body-size (413, before a byte of it is read).
 */
@QuarkusTest
class HttpRefusalsTest {

    private static final List<String> ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    @TestHTTPResource("/")
    URL server;

    @Test
    void aMethodAnAddressDoesNotAnswerGets405NamingTheOnesItDoes() {
        given().patch("/api/events/12345/solve")
                .then().statusCode(405)
                .header("Allow", "GET, HEAD, POST, DELETE, OPTIONS")
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("status", equalTo(405))
                .body("type", equalTo("urn:matchday:problem:method-not-allowed"))
                .body("detail", equalTo("This address answers GET, HEAD, POST, DELETE, OPTIONS."));
    }

    /**
     * Every address of the OpenAPI document, asked with a method no operation lists for it, names exactly the methods
     * that do (of every path the address fits: GET /api/events/import is the event "import").
     */
    @Test
    void allowNamesWhatTheContractLists() {
        JsonPath document = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<String> wrong = new ArrayList<>();
        paths.keySet().forEach(path -> {
            String address = path.replaceAll("\\{[^}]+}", "x1");
            Set<String> listed = new TreeSet<>(Comparator.comparing(ORDER::indexOf));
            paths.forEach((template, operations) -> {
                if (address.matches(template.replaceAll("\\{[^}]+}", "[^/]+"))) {
                    operations.keySet().stream().map(String::toUpperCase).filter(ORDER::contains)
                            .forEach(listed::add);
                }
            });
            if (listed.contains("GET")) {
                listed.add("HEAD");
            }
            listed.add("OPTIONS");
            String other = ORDER.stream().filter(method -> !listed.contains(method)).findFirst().orElseThrow();
            Response response = given().request(other, address);
            String expected = String.join(", ", listed);
            if (response.statusCode() != 405 || !expected.equals(response.header("Allow"))
                    || !response.contentType().startsWith(Problem.MEDIA_TYPE)) {
                wrong.add(other + " " + path + ": " + response.statusCode() + " Allow " + response.header("Allow")
                        + ", expected " + expected);
            }
        });
        assertTrue(paths.size() > 50, "paths: " + paths.size());
        assertEquals(List.of(), wrong);
    }

    @Test
    void aRequestLineOverTheLimitGets414WithAProblem() {
        int limit = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-initial-line-length", Integer.class);
        given().auth().none().get("/api/events?q=" + "a".repeat(limit))
                .then().statusCode(414)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("urn:matchday:problem:uri-too-long"))
                .body("status", equalTo(414));
        // Just under the limit, the request goes on: to authentication here.
        String line = "GET /api/events?q= HTTP/1.1";
        given().auth().none().get("/api/events?q=" + "a".repeat(limit - line.length()))
                .then().statusCode(401);
    }

    @Test
    void headersOverTheLimitGet431WithAProblem() {
        long limit = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-header-size", MemorySize.class)
                .asLongValue();
        given().auth().none().header("X-Filler", "a".repeat((int) limit)).get("/api/events")
                .then().statusCode(431)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo("urn:matchday:problem:headers-too-large"))
                .body("status", equalTo(431));
    }

    /** Only the headers are sent: the answer must come without waiting for a body of that size. */
    @Test
    void aDeclaredBodyOverTheLimitGets413WithAProblemBeforeItIsSent() throws IOException {
        long limit = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .asLongValue();
        String credentials = Base64.getEncoder().encodeToString((AdminByDefault.ADMIN + ":"
                + AdminByDefault.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        RawResponse response = send("POST /api/events/import HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Basic " + credentials + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (limit + 1) + "\r\n\r\n{");
        assertEquals(413, response.status(), response.toString());
        assertTrue(response.headers().get("content-type").startsWith(Problem.MEDIA_TYPE), response.toString());
        JsonPath problem = new JsonPath(response.body());
        assertEquals("urn:matchday:problem:payload-too-large", problem.getString("type"));
        assertEquals(413, problem.getInt("status"));
        assertEquals("/api/events/import", problem.getString("instance"));
    }

    record RawResponse(int status, Map<String, String> headers, String body) {
    }

    /** One request on its own connection; the server closes it after a refusal, which ends the answer. */
    private RawResponse send(String request) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
            }
            return new RawResponse(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
        }
    }
}
