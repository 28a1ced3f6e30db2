package org.matchday.problem;

import org.matchday.language.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A sentence Matchday says about a problem: its {@link ProblemCode} and the values of its parameters, written in
 * any language from the same bundle entry. Templates use {@code {name}} for a value and {@code {name?one|other}}
 * for a choice: the first text when the value is 1 or true, else the second (either may hold placeholders). A
 * value that is itself a ProblemText is written in the same language, a list as its items one after another.
 */
public record ProblemText(ProblemCode code, Map<String, Object> params) {

    /** Where the Traditional Chinese of every code lives; the English is the code's own. */
    public static final String CHINESE_BUNDLE = "problems/problems_zh_TW.properties";
    /** The Traditional Chinese names of the enum values sentences name (a phase, ...), keyed Type.VALUE. */
    public static final String CHINESE_VALUES = "problems/values_zh_TW.properties";
    private static final Properties CHINESE = load(CHINESE_BUNDLE);
    private static final Properties CHINESE_NAMES = load(CHINESE_VALUES);

    public ProblemText {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        if (!params.keySet().equals(code.params())) {
            throw new IllegalArgumentException(code.code() + " takes " + code.params() + ", not " + params.keySet());
        }
    }

    public String english() {
        return render(code.english(), params, java.util.Locale.ENGLISH);
    }

    public String in(Locale locale) {
        return render(template(code, locale), params, locale);
    }

    /** The template of a code in a language: the code's English, or the Traditional Chinese of the bundle. */
    public static String template(ProblemCode code, Locale locale) {
        if (Language.of(locale) == Language.TRADITIONAL_CHINESE) {
            String chinese = CHINESE.getProperty(code.code());
            if (chinese != null) {
                return chinese;
            }
        }
        return code.english();
    }

    /** The names a template uses, in order of first use, choices included. */
    public static Set<String> names(String template) {
        Set<String> names = new LinkedHashSet<>();
        collect(template, names);
        return names;
    }

    private static void collect(String template, Set<String> names) {
        for (int at = template.indexOf('{'); at >= 0; at = template.indexOf('{', at + 1)) {
            int close = closing(template, at);
            String inside = template.substring(at + 1, close);
            int choice = inside.indexOf('?');
            names.add(choice < 0 ? inside : inside.substring(0, choice));
            if (choice >= 0) {
                collect(inside.substring(choice + 1), names);
            }
            at = close;
        }
    }

    static String render(String template, Map<String, Object> values, Locale locale) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int at = template.indexOf('{'); at >= 0; at = template.indexOf('{', from)) {
            int close = closing(template, at);
            out.append(template, from, at);
            String inside = template.substring(at + 1, close);
            int choice = inside.indexOf('?');
            if (choice < 0) {
                out.append(written(values.get(inside), locale));
            } else {
                Object value = values.get(inside.substring(0, choice));
                String[] texts = split(inside.substring(choice + 1));
                boolean first = Boolean.TRUE.equals(value)
                        || value instanceof Number number && number.longValue() == 1;
                out.append(render(first ? texts[0] : texts[1], values, locale));
            }
            from = close + 1;
        }
        return out.append(template.substring(from)).toString();
    }

    /**
     * A value as a sentence shows it: a ProblemText in the language, a list as its items one after another, an enum
     * value by its name in the language with the API's value beside it (the value a client sends back).
     */
    private static Object written(Object value, Locale locale) {
        if (value instanceof ProblemText inner) {
            return inner.in(locale);
        }
        if (value instanceof Enum<?> constant && Language.of(locale) == Language.TRADITIONAL_CHINESE) {
            String name = chineseName(constant);
            if (name != null) {
                return "「" + name + "」（" + constant.name() + "）";
            }
        }
        if (value instanceof java.util.List<?> items) {
            return items.stream().map(item -> String.valueOf(written(item, locale)))
                    .collect(java.util.stream.Collectors.joining(" "));
        }
        return value;
    }

    /** The two texts of a choice, split at the bar outside any inner placeholder. */
    private static String[] split(String choices) {
        int depth = 0;
        for (int i = 0; i < choices.length(); i++) {
            char c = choices.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return new String[] {choices.substring(0, i), choices.substring(i + 1)};
            }
        }
        throw new IllegalArgumentException("A choice without its second text: " + choices);
    }

    private static int closing(String template, int open) {
        int depth = 0;
        for (int i = open; i < template.length(); i++) {
            if (template.charAt(i) == '{') {
                depth++;
            } else if (template.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("An unclosed placeholder in: " + template);
    }

    /** The Traditional Chinese name of an enum value, or null when the bundle has none. */
    public static String chineseName(Enum<?> constant) {
        return CHINESE_NAMES.getProperty(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }

    private static Properties load(String bundle) {
        Properties properties = new Properties();
        try (InputStream in = ProblemText.class.getClassLoader().getResourceAsStream(bundle)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
