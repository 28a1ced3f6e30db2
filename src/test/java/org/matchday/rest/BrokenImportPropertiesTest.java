package org.matchday.rest;

import io.quarkus.test.junit.QuarkusTest;
import net.jqwik.api.Property;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs the jqwik properties of {@link BrokenImportProperties} against the application this {@code @QuarkusTest}
 * starts: jqwik's engine is launched from here, one dynamic test per property, so that the properties reach the
 * application over HTTP. A failing property fails its test with jqwik's report, which holds the seed to rerun it
 * with ({@code @Property(seed = "...")}).
 */
@QuarkusTest
class BrokenImportPropertiesTest {

    @TestFactory
    Stream<DynamicTest> propertiesHold() {
        return Arrays.stream(BrokenImportProperties.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Property.class))
                .map(m -> DynamicTest.dynamicTest(m.getName(), () -> run(m)));
    }

    private static void run(Method property) {
        List<String> reports = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        int[] properties = {0};
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
                entry.getKeyValuePairs().values().forEach(reports::add);
            }

            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest()) {
                    properties[0]++;
                    result.getThrowable().filter(t -> result.getStatus() != TestExecutionResult.Status.SUCCESSFUL)
                            .ifPresent(failures::add);
                }
            }
        };
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectMethod(BrokenImportProperties.class, property))
                .filters(EngineFilter.includeEngines("jqwik"))
                .configurationParameter("jqwik.reporting.usejunitplatform", "true")
                .build(), listener);
        String report = String.join("\n", reports);
        System.out.println(report);
        if (!failures.isEmpty()) {
            fail(property.getName() + " failed; jqwik's report, with the seed:\n" + report, failures.get(0));
        }
        assertEquals(1, properties[0], "jqwik ran " + property.getName() + ":\n" + report);
    }
}
