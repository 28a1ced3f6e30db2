package org.matchday.rest;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.matchday.problem.ProblemCode;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * 405 with the methods the address does answer in {@code Allow} (RFC 9110 requires it; Quarkus REST sends none) and a
 * problem body. The methods come from the resources' own {@code @Path} templates, read once from the beans Quarkus
 * REST serves.
 */
public class MethodNotAllowed {

    /** The order methods are listed in. */
    private static final List<String> METHODS = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
            HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);

    record Route(Pattern path, String method) {
    }

    private final BeanManager beans;
    private volatile List<Route> routes;

    public MethodNotAllowed(BeanManager beans) {
        this.beans = beans;
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        return notAllowed(allowed(uri.getPath()), uri);
    }

    /**
     * Quarkus REST answers 404 instead of 405 when several resource classes share the start of the path (all of
     * /api/events/{eventId}/...) and the one it tries last lacks the address: an address that some endpoint answers
     * with another method is a 405 all the same. Any other 404 is answered as before.
     */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, Request request) {
        List<String> allowed = allowed(uri.getPath());
        if (allowed.size() > 1 && !allowed.contains(request.getMethod())) {
            return notAllowed(allowed, uri);
        }
        return new ProblemMappers().web(e, uri);
    }

    private static Response notAllowed(List<String> allowed, UriInfo uri) {
        String methods = String.join(", ", allowed);
        return Response.fromResponse(ProblemMappers.problem(405, "method-not-allowed",
                ProblemCode.TITLE_METHOD_NOT_ALLOWED, ProblemCode.METHOD_NOT_ALLOWED.with("methods", methods), uri,
                List.of())).header(HttpHeaders.ALLOW, methods).build();
    }

    /** The methods some endpoint answers at this path; HEAD with GET, and OPTIONS always, as Quarkus REST does. */
    List<String> allowed(String path) {
        String normalised = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        Set<String> methods = new TreeSet<>((a, b) -> Integer.compare(order(a), order(b)));
        methods.add(HttpMethod.OPTIONS);
        for (Route route : routes()) {
            if (route.path().matcher(normalised).matches()) {
                methods.add(route.method());
                if (route.method().equals(HttpMethod.GET)) {
                    methods.add(HttpMethod.HEAD);
                }
            }
        }
        return List.copyOf(methods);
    }

    private static int order(String method) {
        int index = METHODS.indexOf(method);
        return index < 0 ? METHODS.size() : index;
    }

    private List<Route> routes() {
        if (routes == null) {
            List<Route> found = new ArrayList<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                Path base = bean.getBeanClass().getAnnotation(Path.class);
                if (base == null) {
                    continue;
                }
                for (Method method : bean.getBeanClass().getDeclaredMethods()) {
                    String verb = verbOf(method);
                    if (verb != null) {
                        Path sub = method.getAnnotation(Path.class);
                        found.add(new Route(pattern(base.value() + "/" + (sub == null ? "" : sub.value())), verb));
                    }
                }
            }
            routes = found;
        }
        return routes;
    }

    private static String verbOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** A JAX-RS path template ({@code {name}} or {@code {name: regex}}) as a pattern of the whole path. */
    static Pattern pattern(String template) {
        String path = ("/" + template).replaceAll("/+", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        StringBuilder regex = new StringBuilder();
        int at = 0;
        for (int open = path.indexOf('{'); open >= 0; open = path.indexOf('{', at)) {
            int close = path.indexOf('}', open);
            String variable = path.substring(open + 1, close);
            int colon = variable.indexOf(':');
            regex.append(Pattern.quote(path.substring(at, open)))
                    .append('(').append(colon < 0 ? "[^/]+" : variable.substring(colon + 1).strip()).append(')');
            at = close + 1;
        }
        return Pattern.compile(regex.append(Pattern.quote(path.substring(at))).toString());
    }
}
