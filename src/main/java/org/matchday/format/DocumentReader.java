package org.matchday.format;

import org.matchday.problem.InvalidDocumentException;
import org.matchday.problem.Violation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads JSON bodies into the format's records while collecting every unknown field and wrongly typed value
 * with its path, so that one answer can list all of them instead of the first. Every request body goes through
 * here, so the limits on what JSON may look like live here too.
 */
@ApplicationScoped
public class DocumentReader {

    /** Deepest nesting of objects and lists; the format itself needs 5 ({@code $.participants[0].availability[0]}). */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Longest number, in characters; every number of the format fits in 19 digits. */
    public static final int MAX_NUMBER_LENGTH = 100;

    /** Jackson's description of where its input came from, which says nothing to a client. */
    private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)]");
    private static final Pattern CONSTRAINT_NAME = Pattern.compile(", from `[^`]*`");

    private final ObjectMapper mapper;

    public DocumentReader(ObjectMapper mapper) {
        this.mapper = mapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .registerModule(new StrictScalars());
        // Two values for one field are read differently by different parsers; refuse the ambiguity.
        this.mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        this.mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
    }

    /** Parses {@code json}; a body that is not JSON at all, or has any field problem, is refused whole. */
    public <T> T read(byte[] json, Class<T> type) {
        Collector collector = new Collector();
        T value;
        // Our own parser, so that the path is known even for failures that do not name it (a limit passed).
        try (JsonParser parser = mapper.getFactory().createParser(json)) {
            try {
                value = mapper.readerFor(type).withHandler(collector).readValue(parser);
            } catch (JsonProcessingException e) {
                List<Violation> problems = new ArrayList<>();
                problems.add(new Violation(pathOf(parser.getParsingContext(), null), "is not valid JSON: "
                        + plain(e.getOriginalMessage()) + location(e)));
                problems.addAll(collector.problems);
                throw new InvalidDocumentException("The body is not valid JSON.", problems);
            }
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

    /** Jackson's message without the names of its own settings and sources. */
    static String plain(String message) {
        if (message == null) {
            return "cannot be read";
        }
        if (message.startsWith("Trailing token")) {
            return "there is more after the end of the value";
        }
        String withoutSource = SOURCE.matcher(message).replaceAll("line $1, column $2");
        return CONSTRAINT_NAME.matcher(withoutSource).replaceAll("");
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

    /** A value echoed in a message, cut short so that a huge value does not come back whole. */
    static String quoted(String value) {
        return "\"" + (value.length() <= 100 ? value : value.substring(0, 100) + "…") + "\"";
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

        /** Keeps the first problems of a body with very many; the parse goes on to find out whether it is JSON. */
        private void add(Violation problem) {
            if (problems.size() < InvalidDocumentException.MAX_LISTED) {
                problems.add(problem);
            }
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) throws IOException {
            add(new Violation(pathOf(p.getParsingContext(), null), "is not a known field"));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                String failureMsg) {
            add(new Violation(pathOf(ctxt.getParser().getParsingContext(), null),
                    "must be " + describe(targetType) + ", not " + quoted(valueToConvert)));
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                String failureMsg) {
            add(new Violation(pathOf(ctxt.getParser().getParsingContext(), null),
                    "must be " + describe(targetType) + range(targetType, valueToConvert) + ", not "
                            + valueToConvert));
            return null;
        }

        /** The bounds of a whole-number field, for a whole number outside them. */
        private static String range(Class<?> type, Number value) {
            if (!(value instanceof BigInteger)) {
                return "";
            }
            if (type == Integer.class || type == int.class) {
                return " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
            }
            if (type == Long.class || type == long.class) {
                return " from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
            }
            return "";
        }


        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                String failureMsg) throws IOException {
            add(new Violation(pathOf(p.getParsingContext(), null),
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
