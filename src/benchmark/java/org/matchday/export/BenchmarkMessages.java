package org.matchday.export;

import io.quarkus.qute.i18n.Message;
import org.matchday.language.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * The export wording outside Quarkus, where no message bundle exists: each message's own template (its annotation in
 * English, messages/export_zh_TW.properties in Chinese) with its parameters filled in by name. Export messages hold
 * plain expressions only, so this prints what Qute prints in the application, at about the same cost per phrase.
 */
final class BenchmarkMessages {

    private BenchmarkMessages() {
    }

    static Function<Language, ExportMessages> load() {
        Properties chinese = new Properties();
        try (InputStream in = BenchmarkMessages.class.getClassLoader()
                .getResourceAsStream("messages/export_zh_TW.properties")) {
            chinese.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Language, ExportMessages> bundles = new EnumMap<>(Language.class);
        Map<String, String> english = new HashMap<>();
        Map<String, String> traditional = new HashMap<>();
        for (Method method : ExportMessages.class.getMethods()) {
            english.put(method.getName(), method.getAnnotation(Message.class).value());
            traditional.put(method.getName(), chinese.getProperty(method.getName()));
        }
        bundles.put(Language.ENGLISH, bundle(english));
        bundles.put(Language.TRADITIONAL_CHINESE, bundle(traditional));
        return bundles::get;
    }

    private static ExportMessages bundle(Map<String, String> templates) {
        return (ExportMessages) Proxy.newProxyInstance(ExportMessages.class.getClassLoader(),
                new Class<?>[] {ExportMessages.class}, (proxy, method, values) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(templates, values);
                    }
                    String text = templates.get(method.getName());
                    Parameter[] parameters = method.getParameters();
                    for (int i = 0; i < parameters.length; i++) {
                        text = text.replace("{" + parameters[i].getName() + "}", String.valueOf(values[i]));
                    }
                    return text;
                });
    }
}
