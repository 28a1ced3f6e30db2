package org.matchday.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.matchday.problem.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The document at /q/openapi as a client generator sees it: read by Swagger's OpenAPI parser without a message, with an
 * operationId on each operation, the security each one takes, and every refusal it can answer described as a problem.
 * The document is also saved to {@value #SAVED} for .ci/run, which lints it with Redocly.
 */
@QuarkusTest
class OpenApiContractTest {

    static final String SAVED = "target/openapi/openapi.yaml";
    private static final Path DOC = Path.of("docs/security.md");
    private static final Pattern ROW = Pattern.compile(
            "^\\| (GET|POST|PUT|DELETE) \\| `([^`]+)` \\| (\\w+) \\| (.+) \\|$");
    /** The matrix's callers, in its column order. */
    private static final List<String> CALLERS = List.of("anon", "A", "B", "A cookie", "staff", "other", "org",
            "session", "disabled", "expired", "revoked");

    private OpenAPI openApi;

    @BeforeEach
    void readTheServedDocument() throws IOException {
        String yaml = given().get("/q/openapi").then().statusCode(200).extract().asString();
        Path saved = Path.of(SAVED);
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, yaml);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages(),
                "what the parser had to say about the document");
        openApi = result.getOpenAPI();
        assertNotNull(openApi);
    }

    @Test
    void accountsUseBasicAndParticipantsBearerOrTheirPagesCookies() {
        Map<String, SecurityScheme> schemes = openApi.getComponents().getSecuritySchemes();
        assertEquals(Set.of("basicAuth", "bearerAuth", "sessionCookie", "linkCookie"), schemes.keySet());
        assertEquals(SecurityScheme.Type.HTTP, schemes.get("basicAuth").getType());
        assertEquals("basic", schemes.get("basicAuth").getScheme());
        assertEquals(SecurityScheme.Type.HTTP, schemes.get("bearerAuth").getType());
        assertEquals("bearer", schemes.get("bearerAuth").getScheme());
        assertEquals(SecurityScheme.In.COOKIE, schemes.get("sessionCookie").getIn());
        assertEquals("matchday-session", schemes.get("sessionCookie").getName());
        assertEquals(SecurityScheme.In.COOKIE, schemes.get("linkCookie").getIn());
        assertEquals("matchday-link", schemes.get("linkCookie").getName());
    }

    @Test
    void everyOperationHasAnIdItsSecurityAndItsRefusalsAsProblems() {
        Set<String> ids = new HashSet<>();
        Set<String> schemes = openApi.getComponents().getSecuritySchemes().keySet();
        List<String> faults = new ArrayList<>();
        operations().forEach((name, operation) -> {
            if (operation.getOperationId() == null || !ids.add(operation.getOperationId())) {
                faults.add(name + ": operationId missing or repeated: " + operation.getOperationId());
            }
            if (operation.getSecurity() == null) {
                faults.add(name + ": no security");
            } else if (!operation.getSecurity().isEmpty()) {
                operation.getSecurity().forEach(requirement -> requirement.keySet().stream()
                        .filter(scheme -> !schemes.contains(scheme))
                        .forEach(scheme -> faults.add(name + ": unknown scheme " + scheme)));
                Map<String, ApiResponse> responses = operation.getResponses();
                if (!responses.containsKey("401")
                        || !responses.get("401").getHeaders().containsKey("WWW-Authenticate")) {
                    faults.add(name + ": takes credentials but has no 401 with WWW-Authenticate");
                }
                if (!responses.containsKey("429") || !responses.get("429").getHeaders().containsKey("Retry-After")) {
                    faults.add(name + ": takes credentials but has no 429 with Retry-After");
                }
            }
            if (operation.getRequestBody() != null && !operation.getResponses().containsKey("413")) {
                faults.add(name + ": takes a body but has no 413");
            }
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    Map<String, MediaType> content = response.getContent();
                    if (content == null || !content.keySet().equals(Set.of(Problem.MEDIA_TYPE))
                            || !"#/components/schemas/Problem".equals(content.get(Problem.MEDIA_TYPE).getSchema()
                            .get$ref())) {
                        faults.add(name + " " + status + ": not a problem");
                    }
                }
            });
        });
        assertTrue(ids.size() > 80, "operations: " + ids.size());
        assertEquals(List.of(), faults);
    }

    /**
     * docs/security.md's matrix (which AuthorisationMatrixTest holds the code to) read against the document: every
     * refusal a caller meets is listed, and the callers who pass are the ones whose credentials the security names.
     */
    @Test
    void everyRefusalOfTheAuthorisationMatrixIsDocumented() throws IOException {
        Map<String, Operation> operations = operations();
        List<String> faults = new ArrayList<>();
        int rows = 0;
        for (String line : Files.readAllLines(DOC)) {
            Matcher row = ROW.matcher(line.strip());
            if (!row.matches()) {
                continue;
            }
            rows++;
            String name = row.group(1) + " " + row.group(2);
            if (!row.group(2).startsWith("/api/")) {
                // Pages and the calendar feed are hidden from the document; the matrix holds them to their rows.
                continue;
            }
            Operation operation = operations.get(name);
            if (operation == null) {
                faults.add(name + ": in the matrix, not in the document");
                continue;
            }
            Map<String, String> expected = new LinkedHashMap<>();
            String[] cells = row.group(4).split("\\s*\\|\\s*");
            for (int i = 0; i < cells.length; i++) {
                expected.put(CALLERS.get(i), cells[i].strip());
            }
            if (expected.size() != CALLERS.size()) {
                faults.add(name + ": " + expected.size() + " cells for " + CALLERS.size() + " callers");
                continue;
            }
            Set<String> refusals = new TreeSet<>(expected.values());
            refusals.remove("✓");
            refusals.removeAll(operation.getResponses().keySet());
            if (!refusals.isEmpty()) {
                faults.add(name + ": answers " + refusals + " without documenting it");
            }
            Set<String> schemes = new TreeSet<>();
            operation.getSecurity().stream().map(SecurityRequirement::keySet).forEach(schemes::addAll);
            boolean participants = passes(expected, "A", "B");
            boolean accounts = passes(expected, "staff", "other", "org");
            if (participants != schemes.contains("bearerAuth") || participants != schemes.contains("linkCookie")) {
                faults.add(name + ": participants " + (participants ? "pass" : "do not") + ", security " + schemes);
            }
            if (accounts != schemes.contains("basicAuth") || accounts != schemes.contains("sessionCookie")) {
                faults.add(name + ": accounts " + (accounts ? "pass" : "do not") + ", security " + schemes);
            }
        }
        assertTrue(rows > 50, "rows read from " + DOC + ": " + rows);
        assertEquals(List.of(), faults);
    }

    private static boolean passes(Map<String, String> expected, String... callers) {
        for (String caller : callers) {
            if (expected.get(caller).equals("✓")) {
                return true;
            }
        }
        return false;
    }

    /** "GET /api/events" and so on, to each operation. */
    private Map<String, Operation> operations() {
        Map<String, Operation> operations = new LinkedHashMap<>();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach(
                (PathItem.HttpMethod method, Operation operation) -> operations.put(method + " " + path, operation)));
        return operations;
    }
}
