package org.matchday.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Writes a generated event to a file, to refresh a bundled sample or feed a benchmark. Like the benchmarks it is
 * compiled only with a benchmark profile:
 * <pre>
 * ./mvnw -q -Pbenchmark-solver test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.matchday.benchmark.SampleEventWriter brokerage_two_days sample-events/brussels-2026-brokerage-two-days.json
 * </pre>
 * Arguments: a {@link EventGenerator.Preset} name (any case), the output path, and optionally a seed that replaces
 * the preset's own.
 */
public final class SampleEventWriter {

    private SampleEventWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("Usage: SampleEventWriter <preset> <output.json> [seed]; presets: "
                    + Arrays.toString(EventGenerator.Preset.values()));
            System.exit(2);
        }
        EventGenerator.Spec spec = EventGenerator.Preset.valueOf(args[0].toUpperCase(Locale.ROOT)).spec();
        if (args.length == 3) {
            spec = spec.withSeed(Long.parseLong(args[2]));
        }
        Path out = Path.of(args[1]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, EventGenerator.toJson(EventGenerator.generate(spec)), StandardCharsets.UTF_8);
        System.out.println("Wrote " + spec.name() + " to " + out);
    }
}
