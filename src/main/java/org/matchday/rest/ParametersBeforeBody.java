package org.matchday.rest;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.ext.ParamConverter;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Judges the whole-number path and query parameters of an endpoint that takes a JSON body before the body is read.
 * Quarkus REST reads a body before it converts the parameters, so a bad event id sent with no body or a broken one
 * would otherwise be answered as a bad body, not as the bad parameter that endpoints without a body name.
 */
public class ParametersBeforeBody {

    private static final NumberParameters NUMBERS = new NumberParameters();

    /** The number checks of each endpoint with a body we read; none for the others. */
    private final Map<Method, List<Check>> checks = new ConcurrentHashMap<>();

    /** After the access rule (priority USER), which answers a caller who may not call the endpoint first. */
    @ServerRequestFilter(priority = Priorities.USER + 100)
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        for (Check check : checks.computeIfAbsent(method, ParametersBeforeBody::checksOf)) {
            String value = check.path()
                    ? request.getUriInfo().getPathParameters().getFirst(check.name())
                    : request.getUriInfo().getQueryParameters().getFirst(check.name());
            if (value != null) {
                check.converter().fromString(value);
            }
        }
    }

    private static List<Check> checksOf(Method method) {
        boolean readsBody = false;
        List<Check> found = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            readsBody |= RequestBodies.reads(parameter.getType(), parameter.getParameterizedType());
            Annotation[] annotations = parameter.getAnnotations();
            ParamConverter<?> converter = NUMBERS.getConverter(parameter.getType(), parameter.getParameterizedType(),
                    annotations);
            if (converter != null) {
                found.add(new Check(NumberParameters.parameterName(annotations), isPath(annotations), converter));
            }
        }
        return readsBody ? List.copyOf(found) : List.of();
    }

    private static boolean isPath(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam) {
                return true;
            }
        }
        return false;
    }

    private record Check(String name, boolean path, ParamConverter<?> converter) {
    }
}
