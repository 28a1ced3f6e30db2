package org.matchday.format;

import org.matchday.problem.InvalidDocumentException;
import org.matchday.problem.ProblemCode;
import org.matchday.problem.ProblemText;
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
                problems.add(Violation.of(pathOf(parser.getParsingContext(), null), ProblemCode.JSON_SYNTAX,
                        "reason", plain(e.getOriginalMessage()) + location(e)));
                problems.addAll(collector.problems);
                throw new InvalidDocumentException(ProblemCode.JSON_INVALID.with(), problems);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Reading from memory failed", e);
        }
        if (value == null) {
            throw new InvalidDocumentException(ProblemCode.JSON_EMPTY.with(),
                    List.of(Violation.of("$", ProblemCode.JSON_MUST_NOT_BE_EMPTY)));
        }
        if (!collector.problems.isEmpty()) {
            throw new InvalidDocumentException(ProblemCode.JSON_UNREADABLE_FIELDS.with(), collector.problems);
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

    static ProblemText describe(Class<?> type) {
        if (type.isEnum()) {
            return ProblemCode.KIND_ONE_OF.with("values", Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ")));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return ProblemCode.KIND_WHOLE_NUMBER.with();
        }
        if (type == Boolean.class || type == boolean.class) {
            return ProblemCode.KIND_BOOLEAN.with();
        }
        if (type == String.class) {
            return ProblemCode.KIND_TEXT.with();
        }
        if (Collection.class.isAssignableFrom(type)) {
            return ProblemCode.KIND_LIST.with();
        }
        return ProblemCode.KIND_OBJECT.with();
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
            add(Violation.of(pathOf(p.getParsingContext(), null), ProblemCode.JSON_UNKNOWN_FIELD));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                String failureMsg) {
            add(Violation.of(pathOf(ctxt.getParser().getParsingContext(), null), ProblemCode.JSON_WRONG_VALUE,
                    "expected", describe(targetType), "found", quoted(valueToConvert)));
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                String failureMsg) {
            String path = pathOf(ctxt.getParser().getParsingContext(), null);
            long[] range = range(targetType, valueToConvert);
            add(range == null
                    ? Violation.of(path, ProblemCode.JSON_WRONG_VALUE, "expected", describe(targetType),
                            "found", valueToConvert.toString())
                    : Violation.of(path, ProblemCode.JSON_OUT_OF_RANGE, "expected", describe(targetType),
                            "min", range[0], "max", range[1], "found", valueToConvert.toString()));
            return null;
        }

        /** The bounds of a whole-number field, for a whole number outside them. */
        private static long[] range(Class<?> type, Number value) {
            if (!(value instanceof BigInteger)) {
                return null;
            }
            if (type == Integer.class || type == int.class) {
                return new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
            }
            if (type == Long.class || type == long.class) {
                return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
            }
            return null;
        }


        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                String failureMsg) throws IOException {
            add(Violation.of(pathOf(p.getParsingContext(), null), ProblemCode.JSON_WRONG_VALUE,
                    "expected", describe(targetType.getRawClass()), "found", tokenName(t)));
            p.skipChildren();
            return null;
        }

        private static Object tokenName(JsonToken t) {
            if (t == null) {
                return ProblemCode.KIND_NOTHING.with();
            }
            return switch (t) {
                case START_OBJECT -> ProblemCode.KIND_OBJECT.with();
                case START_ARRAY -> ProblemCode.KIND_LIST.with();
                case VALUE_STRING -> ProblemCode.KIND_TEXT.with();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ProblemCode.KIND_NUMBER.with();
                case VALUE_TRUE, VALUE_FALSE -> ProblemCode.KIND_BOOLEAN.with();
                case VALUE_NULL -> ProblemCode.KIND_NULL.with();
                default -> t.asString();
            };
        }
    }
}
