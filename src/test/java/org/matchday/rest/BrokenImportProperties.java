package org.matchday.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;

/**
 * Generated broken event documents fed to {@code POST /api/events/import}: each is refused whole with a 400
 * {@code invalid-body} problem naming the fields broken, and the list of events stays as it was. Run against the
 * application of a {@code @QuarkusTest} by {@link BrokenImportPropertiesTest}, which reports jqwik's seed.
 */
public class BrokenImportProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String BASE = TestEvents.document("small-event.json");

    /** Faults found while reading (stage 1) hide those of the rules (stage 2), so a document is judged by its stage. */
    enum Stage { READING, RULES }

    enum Kind {
        MISSING_FIELD, WRONG_TYPE, OVERFLOWING_NUMBER, UNKNOWN_FIELD, IMPOSSIBLE_DATE, INJECTED_ID, UNKNOWN_REFERENCE,
        NULL_ELEMENT, OUT_OF_RANGE, DUPLICATE_ID
    }

    /** One change that breaks the document: what kind, which element and field, and which bad value. */
    record Mutation(Kind kind, int target, int variant) {
    }

    /**
     * What a mutation broke: the path the answer must name and the stage that finds it, and an element whose
     * contents it relies on (null when none), which later mutations must leave alone.
     */
    record Broken(String path, Stage stage, String reliesOn) {

        Broken(String path, Stage stage) {
            this(path, stage, null);
        }
    }

    enum Garbling { TRUNCATED, INVALID_UTF8, NESTED_TOO_DEEP, DUPLICATE_FIELD, TRAILING_DATA, NOT_AN_OBJECT }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void brokenDocumentsAreRefusedWholeNamingEachField(@ForAll("mutations") List<Mutation> mutations) {
        ObjectNode doc = base();
        List<Broken> broken = new ArrayList<>();
        for (Mutation mutation : mutations) {
            Broken b = apply(doc, mutation, broken);
            if (b != null) {
                broken.add(b);
            }
        }
        if (broken.isEmpty()) {
            return;
        }
        Stage stage = broken.stream().anyMatch(b -> b.stage() == Stage.READING) ? Stage.READING : Stage.RULES;
        String before = events();
        Response response = importing(doc.toString().getBytes(StandardCharsets.UTF_8));
        String answer = "document " + doc + "\nanswer " + response.statusCode() + " " + response.asString();
        check(response.statusCode() == 400, "not 400: " + answer);
        check(response.contentType().startsWith("application/problem+json"), "not a problem: " + answer);
        check("urn:matchday:problem:invalid-body".equals(response.jsonPath().getString("type")), answer);
        List<String> paths = response.jsonPath().getList("errors.path");
        for (Broken b : broken) {
            if (b.stage() == stage) {
                check(paths.stream().anyMatch(p -> names(p, b.path())), "no error names " + b.path() + ": " + answer);
            }
        }
        check(before.equals(events()), "the events changed after " + answer);
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void garbledBytesAreRefusedAsInvalidBodies(@ForAll Garbling garbling, @ForAll("positions") int position) {
        byte[] valid = base().toString().getBytes(StandardCharsets.UTF_8);
        byte[] body = switch (garbling) {
            case TRUNCATED -> java.util.Arrays.copyOf(valid, position % (valid.length - 1));
            case INVALID_UTF8 -> withName(new byte[] {'"', 'A', (byte) (0x80 + position % 0x80), 'B', '"'});
            case NESTED_TOO_DEEP -> withName(("[".repeat(33 + position % 500) + "]".repeat(33 + position % 500))
                    .getBytes(StandardCharsets.UTF_8));
            case DUPLICATE_FIELD -> withName(("\"first\", \"name\": \"second " + position + "\"")
                    .getBytes(StandardCharsets.UTF_8));
            case TRAILING_DATA -> concat(valid, (" " + "{}[]0\"x".charAt(position % 6)).getBytes(StandardCharsets.UTF_8));
            case NOT_AN_OBJECT -> ("[" + position + "]").getBytes(StandardCharsets.UTF_8);
        };
        String before = events();
        Response response = importing(body);
        String answer = garbling + " at " + position + ": " + response.statusCode() + " " + response.asString();
        check(response.statusCode() == 400, "not 400: " + answer);
        check("urn:matchday:problem:invalid-body".equals(response.jsonPath().getString("type")), answer);
        List<String> paths = response.jsonPath().getList("errors.path");
        String expected = switch (garbling) {
            case INVALID_UTF8, NESTED_TOO_DEEP, DUPLICATE_FIELD -> "$.name";
            default -> "$";
        };
        check(paths.stream().anyMatch(p -> names(p, expected)), "no error names " + expected + ": " + answer);
        check(before.equals(events()), "the events changed after " + answer);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 999)).as(Mutation::new);
        return mutation.list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(1, 100_000);
    }

    /** Applies the mutation when its element is not touched by an earlier one; answers what it broke, or null. */
    static Broken apply(ObjectNode doc, Mutation m, List<Broken> earlier) {
        int v = m.variant();
        return switch (m.kind()) {
            case MISSING_FIELD -> {
                String[][] fields = {{"", "format"}, {"", "name"}, {"", "timezone"}, {"sessions", "date"},
                        {"sessions", "meetingMinutes"}, {"participants", "id"}, {"participants", "name"},
                        {"requests", "from"}, {"requests", "to"}, {"tables", "id"}};
                String[] f = fields[m.target() % fields.length];
                yield change(doc, f[0], v, f[1], null, Stage.RULES, earlier);
            }
            case WRONG_TYPE -> {
                String[][] fields = {{"", "name", "text"}, {"", "venue", "text"}, {"participants", "organisation", "text"},
                        {"participants", "sectors", "list"}, {"requests", "priority", "number"},
                        {"sessions", "gapMinutes", "number"}, {"meetings", "pinned", "boolean"},
                        {"", "participants", "list"}, {"participants", "maxMeetings", "number"}};
                String[] f = fields[m.target() % fields.length];
                yield change(doc, f[0], v, f[1], wrongValue(f[2], v), Stage.READING, earlier);
            }
            case OVERFLOWING_NUMBER -> {
                String[][] fields = {{"requests", "priority"}, {"sessions", "meetingMinutes"},
                        {"sessions", "gapMinutes"}, {"participants", "maxMeetings"}};
                String[] f = fields[m.target() % fields.length];
                BigInteger huge = BigInteger.TEN.pow(10 + v % 60);
                yield change(doc, f[0], v, f[1], NODES.numberNode(v % 2 == 0 ? huge : huge.negate()), Stage.READING,
                        earlier);
            }
            case UNKNOWN_FIELD -> {
                String[] lists = {"", "participants", "requests", "sessions", "tables"};
                yield change(doc, lists[m.target() % lists.length], v, "unexpected" + v, NODES.textNode("x"),
                        Stage.READING, earlier);
            }
            case IMPOSSIBLE_DATE -> {
                String[] dates = {"2018-02-30", "2018-13-01", "2019-02-29", "2018-6-5", "20180605", "2018-04-31"};
                String[] times = {"24:00", "13:60", "9:00", "1330", "13:30:00", "-1:00"};
                yield switch (m.target() % 3) {
                    case 0 -> change(doc, "sessions", v, "date", NODES.textNode(dates[v % dates.length]), Stage.RULES,
                            earlier);
                    case 1 -> change(doc, "sessions", v, "start", NODES.textNode(times[v % times.length]), Stage.RULES,
                            earlier);
                    default -> change(doc, "meetings", v, "start",
                            NODES.textNode(dates[v % dates.length] + "T13:30"), Stage.RULES, earlier);
                };
            }
            case INJECTED_ID -> {
                String[] ids = {"'; DROP TABLE participant;--", "<script>alert(1)</script>", "../../etc/passwd",
                        "a b", "", "x".repeat(65), "-leading-dash", "eu-01\u0000"};
                String[] lists = {"participants", "tables", "requests", "sessions"};
                yield change(doc, lists[m.target() % lists.length], v, "id", NODES.textNode(ids[v % ids.length]),
                        Stage.RULES, earlier);
            }
            case UNKNOWN_REFERENCE -> {
                String[][] fields = {{"requests", "from"}, {"requests", "to"}, {"participants", "table"},
                        {"meetings", "table"}, {"meetings", "session"}};
                String[] f = fields[m.target() % fields.length];
                yield change(doc, f[0], v, f[1], NODES.textNode("nobody-" + v), Stage.RULES, earlier);
            }
            case NULL_ELEMENT -> {
                String[] lists = {"participants", "requests", "sessions", "tables"};
                String list = lists[m.target() % lists.length];
                ArrayNode array = (ArrayNode) doc.get(list);
                int i = v % array.size();
                String path = "$." + list + "[" + i + "]";
                if (claimed(path, earlier)) {
                    yield null;
                }
                array.set(i, NODES.nullNode());
                yield new Broken(path, Stage.RULES);
            }
            case OUT_OF_RANGE -> {
                Object[][] fields = {{"requests", "priority", 6 + v % 100}, {"requests", "priority", -(v % 100)},
                        {"sessions", "meetingMinutes", -(v % 100)}, {"participants", "maxMeetings", -1 - v % 100},
                        {"sessions", "gapMinutes", -1 - v % 100}};
                Object[] f = fields[m.target() % fields.length];
                yield change(doc, (String) f[0], v, (String) f[1], NODES.numberNode((Integer) f[2]), Stage.RULES,
                        earlier);
            }
            case DUPLICATE_ID -> {
                ArrayNode participants = (ArrayNode) doc.get("participants");
                int later = 1 + v % (participants.size() - 1);
                int first = m.target() % later;
                JsonNode source = participants.get(first);
                String sourcePath = "$.participants[" + first + "]";
                if (!source.isObject() || !source.path("id").isTextual() || claimed(sourcePath, earlier)) {
                    yield null;
                }
                Broken duplicate = change(doc, "participants", later, "id", source.get("id").deepCopy(), Stage.RULES,
                        earlier);
                yield duplicate == null ? null : new Broken(duplicate.path(), Stage.RULES, sourcePath);
            }
        };
    }

    /**
     * Sets (or with a null value, removes) {@code field} of the element {@code index} of {@code list}, or of the
     * document when {@code list} is empty; nothing when the element is gone or another mutation broke it already.
     */
    private static Broken change(ObjectNode doc, String list, int index, String field, JsonNode value, Stage stage,
            List<Broken> earlier) {
        ObjectNode element;
        String elementPath;
        if (list.isEmpty()) {
            element = doc;
            elementPath = "$";
        } else {
            if (!(doc.get(list) instanceof ArrayNode array) || array.isEmpty()) {
                return null;
            }
            int i = index % array.size();
            if (!(array.get(i) instanceof ObjectNode object)) {
                return null;
            }
            element = object;
            elementPath = "$." + list + "[" + i + "]";
        }
        String path = elementPath + "." + field;
        if (claimed(path, earlier) || claimed(elementPath, earlier) && !elementPath.equals("$")) {
            return null;
        }
        if (value == null) {
            if (!element.has(field)) {
                return null;
            }
            element.remove(field);
        } else {
            element.set(field, value);
        }
        return new Broken(path, stage);
    }

    /** Whether an earlier mutation broke or relies on this path, a path inside it, or the element holding it. */
    private static boolean claimed(String path, List<Broken> earlier) {
        return earlier.stream().anyMatch(b -> names(b.path(), path) || names(path, b.path())
                || b.reliesOn() != null && (names(b.reliesOn(), path) || names(path, b.reliesOn())));
    }

    private static JsonNode wrongValue(String type, int v) {
        List<JsonNode> values = new ArrayList<>(List.of(NODES.objectNode().put("$ne", 1), NODES.arrayNode().add(v)));
        if (!type.equals("text")) {
            values.add(NODES.textNode(Integer.toString(v)));
        }
        if (!type.equals("number")) {
            values.add(NODES.numberNode(v));
        } else {
            values.add(NODES.numberNode(v + 0.5));
        }
        if (!type.equals("boolean")) {
            values.add(NODES.booleanNode(true));
        }
        if (type.equals("list")) {
            values.remove(1);
        }
        return values.get(v % values.size());
    }

    /** The answer's {@code path} names {@code expected}: the field itself or something inside it. */
    static boolean names(String path, String expected) {
        return path.equals(expected) || path.startsWith(expected + ".") || path.startsWith(expected + "[");
    }

    private static ObjectNode base() {
        try {
            return (ObjectNode) JSON.readTree(BASE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base document with its name replaced by the raw bytes given. */
    private static byte[] withName(byte[] raw) {
        ObjectNode doc = base();
        doc.remove("name");
        String rest = doc.toString().substring(1);
        return concat(concat("{\"name\": ".getBytes(StandardCharsets.UTF_8), raw),
                (", " + rest).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static Response importing(byte[] body) {
        return given().contentType("application/json").body(body).post("/api/events/import");
    }

    /** Every event with the size of its contents, as the administrator sees them. */
    private static String events() {
        return given().get("/api/events").then().statusCode(200).extract().asString();
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
