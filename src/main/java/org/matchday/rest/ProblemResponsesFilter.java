package org.matchday.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.matchday.problem.Problem;
import org.matchday.security.Access;
import org.matchday.security.AccessRule;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Completes the OpenAPI contract from the code, in one place: each operation's security and the refusals that its
 * {@link Access} rule, its credentials and its body make possible (401, 403, 404, 413, 429, and 503 for changes),
 * an operationId, and application/problem+json for every 4xx and 5xx, so that resources only name the cases of their
 * own. A response an endpoint documents itself keeps its description.
 *
 * <p>SmallRye names each operation {@code <package>.<Class>_<method>} (the PACKAGE_CLASS_METHOD strategy in
 * application.properties), which is how the rule is found; the published operationId drops the package
 * ({@code SessionResource_list}), unique because no two classes share a simple name. Quarkus may run the filter again
 * on its own output at start-up: an operationId without a package has been handled already.
 */
public class ProblemResponsesFilter implements OASFilter {

    /** Accounts on the API: HTTP Basic. */
    public static final String BASIC = "basicAuth";
    /** Participants on the API: their personal link's token as {@code Authorization: Bearer}. */
    public static final String BEARER = "bearerAuth";
    /** Pages of accounts: the login session's cookie, which also opens the API. */
    public static final String SESSION_COOKIE = "sessionCookie";
    /** Pages of participants: the personal link's cookie, which also opens the API. */
    public static final String LINK_COOKIE = "linkCookie";

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Set<PathItem.HttpMethod> SAFE = Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD,
            PathItem.HttpMethod.OPTIONS);

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        addSecuritySchemes(openApi);
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> operationIds = new HashSet<>();
        openApi.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            String id = operation.getOperationId();
            if (id != null && id.contains(".")) {
                Access access = accessOf(id);
                describeRefusals(operation, access.value(), !SAFE.contains(method));
                if (access.value().name().startsWith("EVENT_") && !SAFE.contains(method) && !access.whileArchived()) {
                    addArchived(operation);
                }
                operation.setOperationId(id.substring(id.lastIndexOf('.') + 1));
            }
            if (operation.getOperationId() == null || !operationIds.add(operation.getOperationId())) {
                throw new IllegalStateException("Missing or repeated operationId on " + method + " " + path);
            }
            problemBodies(operation.getResponses());
        }));
    }

    private static void addSecuritySchemes(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(OASFactory.createComponents());
        }
        Components components = openApi.getComponents();
        components.addSecurityScheme(BASIC, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("basic").description("An organiser or staff account's username and password."));
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("personal link token").description("A participant's personal link"
                        + " token, the last part of its /p/<token> address: acts as that participant in its event."));
        components.addSecurityScheme(SESSION_COOKIE, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE).name("matchday-session")
                .description("The session the login form opens for an account's pages. Changes sent with it from a"
                        + " browser must come from Matchday's own pages."));
        components.addSecurityScheme(LINK_COOKIE, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE).name("matchday-link")
                .description("The personal link's token, kept by a participant's pages once the link was opened."
                        + " Changes sent with it from a browser must come from Matchday's own pages."));
    }

    /** The endpoint's rule, found from SmallRye's operationId {@code <package>.<Class>_<method>}. */
    private Access accessOf(String operationId) {
        int separator = operationId.lastIndexOf('_');
        String className = operationId.substring(0, separator);
        String methodName = operationId.substring(separator + 1);
        try {
            Class<?> resource = Class.forName(className, false, getClass().getClassLoader());
            for (Method method : resource.getDeclaredMethods()) {
                if (method.getName().equals(methodName) && method.isAnnotationPresent(Access.class)) {
                    return method.getAnnotation(Access.class);
                }
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No class for operation " + operationId, e);
        }
        throw new IllegalStateException(operationId + " has no @Access rule");
    }

    /** Security and the refusals of the rule, of credentials (401, 429), of cross-site changes and of bodies (413). */
    private static void describeRefusals(Operation operation, AccessRule rule, boolean changes) {
        if (rule == AccessRule.PUBLIC) {
            operation.setSecurity(new ArrayList<>());
        } else {
            List<SecurityRequirement> security = new ArrayList<>();
            if (accounts(rule)) {
                security.add(OASFactory.createSecurityRequirement().addScheme(BASIC));
                security.add(OASFactory.createSecurityRequirement().addScheme(SESSION_COOKIE));
            }
            if (participants(rule)) {
                security.add(OASFactory.createSecurityRequirement().addScheme(BEARER));
                security.add(OASFactory.createSecurityRequirement().addScheme(LINK_COOKIE));
            }
            operation.setSecurity(security);
        }
        APIResponses responses = operation.getResponses();
        if (rule != AccessRule.PUBLIC) {
            add(responses, "401", "No credentials, or wrong, expired or revoked ones")
                    .addHeader("WWW-Authenticate", header("The ways in: Basic and Bearer", false));
            add(responses, "429", "Too many failed attempts from this client: try again after Retry-After")
                    .addHeader("Retry-After", header("Seconds to wait", true));
        }
        String forbidden = forbidden(rule);
        if (changes && rule != AccessRule.PUBLIC) {
            String crossSite = "A cross-site request with the session or link cookie";
            forbidden = forbidden == null ? crossSite : forbidden + "; or " + crossSite.toLowerCase();
        }
        if (forbidden != null) {
            add(responses, "403", forbidden);
        }
        if (rule.name().startsWith("EVENT_")) {
            add(responses, "404", "No such event, or not one the caller belongs to");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "Body larger than matchday.body.max-bytes allows");
        }
        if (changes && rule != AccessRule.PUBLIC) {
            // Any change waits for the rows it locks (ProblemMappers.busy); the database gives up after its timeout.
            add(responses, "503", "Other edits held the rows this change needs longer than the database waits:"
                    + " nothing changed; send it again after Retry-After")
                    .addHeader("Retry-After", header("Seconds to wait", true));
        }
        sortByStatus(operation);
    }

    /** Changes to an archived event are refused (security.AccessFilter); the endpoint's own 409 gains the case. */
    private static void addArchived(Operation operation) {
        APIResponses responses = operation.getResponses();
        String archived = "The event is archived and read-only until restored";
        APIResponse conflict = responses.getAPIResponse("409");
        if (conflict == null) {
            add(responses, "409", archived);
        } else if (conflict.getDescription() == null || !conflict.getDescription().contains(archived)) {
            conflict.setDescription((conflict.getDescription() == null ? "" : conflict.getDescription() + "; or ")
                    + archived.substring(0, 1).toLowerCase() + archived.substring(1));
        }
        sortByStatus(operation);
    }

    private static boolean accounts(AccessRule rule) {
        return rule != AccessRule.PARTICIPANT && rule != AccessRule.EVENT_PARTICIPANT;
    }

    private static boolean participants(AccessRule rule) {
        return switch (rule) {
            case PARTICIPANT, EVENT_VIEWER, EVENT_PARTICIPANT_SELF, EVENT_ORGANISER_OR_SELF, EVENT_PARTICIPANT -> true;
            default -> false;
        };
    }

    /** Who the rule turns away with 403 (someone else's event is 404 instead), or null when nobody. */
    private static String forbidden(AccessRule rule) {
        return switch (rule) {
            case PUBLIC, EVENT_VIEWER -> null;
            case ACCOUNT -> "A participant's link is not an account";
            case ORGANISER -> "Only organiser accounts";
            case PARTICIPANT -> "Only participants, through their links";
            case EVENT_STAFF -> "Only the event's organisers and staff";
            case EVENT_ORGANISER -> "Only the event's organisers";
            case EVENT_PARTICIPANT_SELF -> "Another participant's link";
            case EVENT_ORGANISER_OR_SELF -> "Staff, or another participant's link";
            case EVENT_PARTICIPANT -> "Only participants, through their links";
        };
    }

    /** The response of this status, added with this description unless the endpoint documents its own. */
    private static APIResponse add(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
        return responses.getAPIResponse(status);
    }

    private static Header header(String description, boolean number) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema()
                .addType(number ? Schema.SchemaType.INTEGER : Schema.SchemaType.STRING));
    }

    private static void sortByStatus(Operation operation) {
        Map<String, APIResponse> sorted = new LinkedHashMap<>(new TreeMap<>(operation.getResponses().getAPIResponses()));
        operation.getResponses().setAPIResponses(sorted);
    }

    private static void problemBodies(APIResponses responses) {
        if (responses == null || responses.getAPIResponses() == null) {
            return;
        }
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            if (entry.getKey().startsWith("4") || entry.getKey().startsWith("5")) {
                entry.getValue().setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            }
        }
    }
}
