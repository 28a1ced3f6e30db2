package org.matchday.rest;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.matchday.problem.ProblemCode;
import org.matchday.problem.Violation;
import org.matchday.problem.InvalidParameterException;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads whole-number path and query parameters (an event id, {@code ?seconds=}) so that a value that is not a
 * number is a 400 problem naming the parameter, like any other bad parameter, rather than the framework's bare 404.
 */
@Provider
public class NumberParameters implements ParamConverterProvider {

    private static final Map<Class<?>, Function<String, Object>> PARSERS = Map.of(
            int.class, Integer::valueOf,
            Integer.class, Integer::valueOf,
            long.class, Long::valueOf,
            Long.class, Long::valueOf);

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, Object> parser = PARSERS.get(rawType);
        String name = parameterName(annotations);
        return parser == null || name == null ? null : new WholeNumber<>(name, parser);
    }

    /** The name of a path or query parameter; null for any other. */
    static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    private record WholeNumber<T>(String name, Function<String, Object> parser) implements ParamConverter<T> {

        @Override
        @SuppressWarnings("unchecked")
        public T fromString(String value) {
            try {
                return (T) parser.apply(value);
            } catch (NumberFormatException e) {
                throw new InvalidParameterException(ProblemCode.PARAM_WHOLE_NUMBER.with("name", name, "value", value),
                        Violation.of(name, ProblemCode.PARAM_WHOLE_NUMBER_FIELD, "value", value));
            }
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }
}
