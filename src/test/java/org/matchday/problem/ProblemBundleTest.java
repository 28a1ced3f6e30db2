package org.matchday.problem;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks the whole bundle of problem codes: every code has its English and Traditional Chinese, both with the same
 * parameters, both render, every code is used by the application and the bundle holds no other, and
 * docs/problems.md lists exactly these texts (run with -Dproblems.write=true to write it again).
 */
class ProblemBundleTest {

    private static final Path SOURCES = Path.of("src/main/java/org/matchday");
    private static final Path DOC = Path.of("docs/problems.md");

    @Test
    void everyCodeHasBothTextsWithTheSameParameters() throws IOException {
        Properties chinese = chinese();
        Set<String> codes = Arrays.stream(ProblemCode.values()).map(ProblemCode::code)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(codes.size(), ProblemCode.values().length, "two constants share a code");
        assertEquals(codes, new TreeSet<>(chinese.stringPropertyNames()),
                ProblemText.CHINESE_BUNDLE + " against ProblemCode");
        for (ProblemCode code : ProblemCode.values()) {
            String zh = chinese.getProperty(code.code());
            assertFalse(zh.isBlank(), code.code() + " is blank in zh_TW");
            assertEquals(code.params(), ProblemText.names(zh), "the parameters of " + code.code() + " in zh_TW");
            ProblemText text = new ProblemText(code, sample(code));
            String english = text.english();
            String written = text.in(org.matchday.language.Language.TRADITIONAL_CHINESE.locale());
            assertFalse(english.contains("{") && !code.english().contains("{{"), code.code() + ": " + english);
            assertTrue(written.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN) || !zh.equals(code.english()) || code.code().startsWith("kind.")
                    || code.english().replaceAll("\\{[^}]*}", "").isBlank(),
                    code.code() + " has no Chinese: " + written);
            for (String name : code.params()) {
                assertTrue(english.contains("«" + name + "»") || code.english().contains("?"),
                        code.code() + " leaves out " + name);
            }
        }
    }

    @Test
    void everyCodeIsUsedByTheApplication() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")
                    && !f.endsWith("problem/ProblemCode.java")).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        List<String> unused = new ArrayList<>();
        for (ProblemCode code : ProblemCode.values()) {
            // A bean validation message names its code as a message key, such as "{field.pair}".
            if (!Pattern.compile("\\b" + code.name() + "\\b").matcher(all).find()
                    && !all.toString().contains("\"{" + code.code() + "}\"")) {
                unused.add(code.name());
            }
        }
        assertEquals(List.of(), unused, "codes no code uses");
    }

    /**
     * A phase or an attendance in a Chinese refusal is named in Chinese, with the API's value beside it; English keeps
     * the value.
     */
    @Test
    void phasesAreNamedInTheLanguageOfTheSentence() {
        List<Enum<?>> named = new ArrayList<>(List.of(org.matchday.domain.EventPhase.values()));
        named.addAll(List.of(org.matchday.domain.Attendance.values()));
        for (Enum<?> value : named) {
            String name = ProblemText.chineseName(value);
            assertNotNull(name, value + " has no name in " + ProblemText.CHINESE_VALUES);
            assertTrue(name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    value + ": " + name);
        }
        ProblemText wrong = ProblemCode.PHASE_WRONG.with("action", ProblemCode.ACTION_REPLAN.with(), "when",
                ProblemCode.WHEN_TIMETABLE.with(), "phase", org.matchday.domain.EventPhase.WISHES_OPEN);
        assertEquals("Re-planning the rest of the day is possible only once there is a timetable (SCHEDULED or"
                + " PUBLISHED); the event is in phase WISHES_OPEN.", wrong.english());
        assertEquals("重新排定當天其餘的時間只能在有時間表之後（「已排程」或「已公布」階段）進行；活動目前的階段是「開放媒合意願」"
                + "（WISHES_OPEN）。", wrong.in(org.matchday.language.Language.TRADITIONAL_CHINESE.locale()));
    }

    @Test
    void choicesAndNestedTextsRender() {
        ProblemText one = ProblemCode.PROBLEMS_EVENT.with("count", 1, "more", false);
        assertEquals("The event has 1 problem.", one.english());
        assertEquals("The event has 2 problems.", ProblemCode.PROBLEMS_EVENT.with("count", 2, "more", false)
                .english());
        assertEquals("The event has 1000 or more problems; the first 1000 are listed.",
                ProblemCode.PROBLEMS_EVENT.with("count", 1000, "more", true).english());
        ProblemText nested = ProblemCode.EVENT_NO_THING_HERE.with("what", ProblemCode.WORD_THING.with("kind",
                ProblemCode.WORD_TABLE.with(), "code", "T1"));
        assertEquals("There is no table \"T1\" in this event.", nested.english());
        assertEquals("這個活動沒有桌位「T1」。", nested.in(org.matchday.language.Language.TRADITIONAL_CHINESE.locale()));
    }

    @Test
    void docsListEveryCodeInBothLanguages() throws IOException {
        String expected = document(chinese());
        if (Boolean.getBoolean("problems.write")) {
            Files.writeString(DOC, expected);
        }
        assertTrue(Files.exists(DOC), DOC + " is missing: run with -Dproblems.write=true");
        assertEquals(expected, Files.readString(DOC), DOC + " is out of date: run with -Dproblems.write=true");
    }

    private static Map<String, Object> sample(ProblemCode code) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : code.params()) {
            values.put(name, code.english().contains("{" + name + "?") ? 2 : "«" + name + "»");
        }
        return values;
    }

    static String document(Properties chinese) {
        StringBuilder doc = new StringBuilder("""
                # Problem codes

                Every problem answer (`application/problem+json`) carries a stable `code` and its `params` beside
                the `detail`, and so does each entry of its `errors` beside the `message`. The codes and their
                parameters never change with the language; `detail` and `message` are written from them in the
                caller's language: the page's language cookie (`matchday-lang`, set by `?lang=`), else the first
                of `Accept-Language` that Matchday speaks, else English. Page routes (outside `/api`) answer an
                HTML page in that language instead.

                `{name}` is a parameter; `{name?one|other}` picks the first text when the value is 1 or true. A
                parameter may itself be a code with its parameters (such as `word.table`), written in the same
                language. This file is checked by ProblemBundleTest against
                `org.matchday.problem.ProblemCode` and `src/main/resources/problems/problems_zh_TW.properties`.

                | Code | Parameters | English | 繁體中文 |
                |---|---|---|---|
                """);
        for (ProblemCode code : ProblemCode.values()) {
            doc.append("| `").append(code.code()).append("` | ").append(String.join(", ", code.params()))
                    .append(" | ").append(cell(code.english())).append(" | ")
                    .append(cell(chinese.getProperty(code.code(), ""))).append(" |\n");
        }
        return doc.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static Properties chinese() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemBundleTest.class.getClassLoader()
                .getResourceAsStream(ProblemText.CHINESE_BUNDLE)) {
            assertNotNull(in, ProblemText.CHINESE_BUNDLE + " is missing");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertNotEquals(0, properties.size());
        return properties;
    }
}
