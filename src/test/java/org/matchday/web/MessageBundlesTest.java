package org.matchday.web;

import io.quarkus.qute.i18n.MessageBundle;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text of every page, mail and export has its Traditional Chinese: each message bundle interface under
 * org.matchday (English) has a messages/&lt;bundle&gt;_zh_TW.properties with exactly its keys, none of them blank.
 */
class MessageBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/matchday");

    @Test
    void everyBundleHasItsChineseTextForEveryKey() throws Exception {
        List<Class<?>> bundles = bundles();
        assertFalse(bundles.isEmpty(), "no message bundle found under " + SOURCES);
        assertTrue(bundles.stream().map(Class::getSimpleName).toList().containsAll(List.of("CommonMessages",
                "MailMessages", "ExportMessages")), bundles.toString());
        for (Class<?> bundle : bundles) {
            String name = bundle.getAnnotation(MessageBundle.class).value();
            Set<String> keys = new TreeSet<>();
            for (Method method : bundle.getDeclaredMethods()) {
                keys.add(method.getName());
            }
            Properties chinese = load("messages/" + name + "_zh_TW.properties");
            assertEquals(keys, new TreeSet<>(chinese.stringPropertyNames()),
                    "messages/" + name + "_zh_TW.properties against " + bundle.getSimpleName());
            for (String key : keys) {
                assertFalse(chinese.getProperty(key).isBlank(), name + "." + key + " is blank in zh_TW");
            }
        }
    }

    private static List<Class<?>> bundles() throws IOException, ClassNotFoundException {
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = "org.matchday." + SOURCES.relativize(file).toString()
                        .replace(".java", "").replace('/', '.');
                Class<?> type = Class.forName(name);
                if (type.isInterface() && type.isAnnotationPresent(MessageBundle.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is missing");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertTrue(properties.size() > 0, resource + " is empty");
        return properties;
    }
}
