package org.matchday.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads JSON bodies into the format's records while collecting every unknown field and wrongly typed value
 * with its path, so that one answer can list all of them instead of the first.
 */
@ApplicationScoped
public class DocumentReader {

    private final ObjectMapper mapper;

    public DocumentReader(ObjectMapper mapper) {
        this.mapper = mapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** Parses {@code json}; a body that is not JSON at all, or has any field problem, is refused whole. */
    public <T> T read(byte[] json, Class<T> type) {
        Collector collector = new Collector();
        T value;
        try {
            value = mapper.readerFor(type).withHandler(collector).readValue(json);
        } catch (JsonProcessingException e) {
            collector.problems.add(new Violation(pathOf(e.getProcessor() instanceof JsonParser p
                    ? p.getParsingContext() : null, null), "is not valid JSON: " + e.getOriginalMessage()
                    + location(e)));
            throw new InvalidDocumentException("The body is not valid JSON.", collector.problems);
        } catch (IOException e) {
            throw new IllegalStateException("Reading from memory failed", e);
        }
        if (value == null) {
            throw new InvalidDocumentException("The body is empty.", List.of(new Violation("$", "must not be empty")));
        }
        if (!collector.problems.isEmpty()) {
            throw new InvalidDocumentException("The body has fields that cannot be read.", collector.problems);
        }
        return value;
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** The JSON path of the value the context is at; {@code lastField} names a field below it, if any. */
    static String pathOf(JsonStreamContext context, String lastField) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.add("." + c.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder("$");
        for (int i = parts.size() - 1; i >= 0; i--) {
            path.append(parts.get(i));
        }
        if (lastField != null) {
            path.append('.').append(lastField);
        }
        return path.toString();
    }

    static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    /** Records each problem and lets the parse go on, leaving the offending value out. */
    private static final class Collector extends DeserializationProblemHandler {

        final List<Violation> problems = new ArrayList<>();

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) throws IOException {
            problems.add(new Violation(pathOf(p.getParsingContext(), null), "is not a known field"));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                String failureMsg) {
            problems.add(new Violation(pathOf(ctxt.getParser().getParsingContext(), null),
                    "must be " + describe(targetType) + ", not \"" + valueToConvert + "\""));
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                String failureMsg) {
            problems.add(new Violation(pathOf(ctxt.getParser().getParsingContext(), null),
                    "must be " + describe(targetType) + ", not " + valueToConvert));
            return null;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                String failureMsg) throws IOException {
            problems.add(new Violation(pathOf(p.getParsingContext(), null),
                    "must be " + describe(targetType.getRawClass()) + ", not " + tokenName(t)));
            p.skipChildren();
            return null;
        }

        private static String tokenName(JsonToken t) {
            if (t == null) {
                return "nothing";
            }
            return switch (t) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "a list";
                case VALUE_STRING -> "text";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "true or false";
                case VALUE_NULL -> "null";
                default -> t.asString();
            };
        }
    }
}
