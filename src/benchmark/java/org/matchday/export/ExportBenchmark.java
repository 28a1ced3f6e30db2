package org.matchday.export;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.jboss.logmanager.LogContext;
import org.matchday.export.ScheduleView.PersonInfo;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.stream.Collectors;

/**
 * Times the exports of a 2,000-participant event with about 11,000 meetings and samples the heap while the
 * bulk PDF is written. Not a test: run it on purpose (see docs/benchmarks.md, section Exports) and copy the
 * figures it prints there. Output goes to a byte-counting sink, so disk and network are not measured.
 */
public final class ExportBenchmark {

    private static final int PARTICIPANTS = 2000;
    private static final int MEETINGS_EACH = 11;
    private static final int TABLES = 360;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].startsWith("--document=")) {
            // For timing the exports over HTTP, database included: see docs/benchmarks.md.
            ScheduleView view = SyntheticSchedule.build(PARTICIPANTS, MEETINGS_EACH, TABLES, 2018);
            File file = new File(args[0].substring("--document=".length()));
            new ObjectMapper().writeValue(file, SyntheticSchedule.toDocument(view));
            System.out.println("Wrote " + file);
            return;
        }
        if (args.length == 1 && args[0].startsWith("--served=")) {
            // The same event imported into a running application: see docs/benchmarks.md, "Imports and reports".
            File file = new File("target/bench-event.json");
            if (!file.exists()) {
                new ObjectMapper().writeValue(file, SyntheticSchedule.toDocument(
                        SyntheticSchedule.build(PARTICIPANTS, MEETINGS_EACH, TABLES, 2018)));
            }
            ServedEventBenchmark.run(args[0].substring("--served=".length()), file.toPath(), 5);
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        // Outside Quarkus no one sets log levels: ical4j's trace messages would be formatted and kept.
        LogContext.getLogContext().getLogger("").setLevel(Level.INFO);
        // Outside Quarkus there is no message bundle either: the wording is read from the bundle's own templates.
        ExportText.useMessages(BenchmarkMessages.load());
        ScheduleView view = SyntheticSchedule.build(PARTICIPANTS, MEETINGS_EACH, TABLES, 2018);
        FontLibrary fonts = new FontLibrary();
        AgendaPdfExporter agendas = new AgendaPdfExporter(fonts);
        AgendaCalendarExporter calendars = new AgendaCalendarExporter();
        AgendaArchiveExporter archive = new AgendaArchiveExporter(fonts, agendas, calendars);
        TableSheetPdfExporter sheets = new TableSheetPdfExporter(fonts);
        ScheduleWorkbookExporter workbook = new ScheduleWorkbookExporter();
        ScheduleCsvExporter csv = new ScheduleCsvExporter();
        List<PersonInfo> byName = AgendaOrder.NAME.sort(view.participants());
        PersonInfo busiest = view.participants().stream()
                .max((a, b) -> Integer.compare(view.meetingsOf(a).size(), view.meetingsOf(b).size())).orElseThrow();

        System.out.printf(Locale.ROOT, "Export benchmark, %s, Java %s, %d cores, max heap %d MiB, load %.1f%n",
                LocalDateTime.now().withNano(0), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, load());
        System.out.printf(Locale.ROOT, "Event: %d participants, %d tables, %d slots, %d meetings, %d unscheduled%n",
                view.participants().size(), view.tables().size(),
                view.sessions().stream().mapToInt(s -> s.slots().size()).sum(), view.meetings().size(),
                view.unscheduled().size());
        long viewHeap = settledHeap();
        System.out.printf(Locale.ROOT, "Heap in use with the schedule loaded: %d MiB%n%n", viewHeap >> 20);
        System.out.printf(Locale.ROOT, "%-44s %10s %10s %12s%n", "export", "median ms", "min ms", "output KiB");

        double single = measure("agenda PDF, 1 participant (" + view.meetingsOf(busiest).size() + " meetings)",
                runs * 10, out -> agendas.write(view, busiest, out));
        System.out.printf(Locale.ROOT, "%-44s %10.1f%n", "  baseline: 2,000 x the single agenda", single * 2000);
        measure("agenda iCalendar, 1 participant", runs * 10, out -> calendars.write(view, busiest, out));
        measure("all agendas, one PDF (temp-file cache)", runs, out -> agendas.writeAll(view, byName, out));
        measure("all agendas, ZIP of PDF + ICS", runs, out -> archive.write(view, byName,
                List.of(AgendaArchiveExporter.Format.PDF, AgendaArchiveExporter.Format.ICS), out));
        measure("all table sheets, one PDF (" + view.tables().size() + " tables)", runs,
                out -> sheets.writeAll(view, out));
        measure("statistics", runs, out -> ScheduleStatistics.of(view, ScheduleStatistics.Yardstick.UNKNOWN));
        measure("master workbook XLSX (with statistics)", runs,
                out -> workbook.write(view, ScheduleStatistics.of(view, ScheduleStatistics.Yardstick.UNKNOWN), out));
        measure("master CSV", runs, out -> csv.write(view, out));

        System.out.println();
        System.out.printf(Locale.ROOT, "%-44s %12s %12s %10s%n", "heap above the loaded schedule, MiB",
                "live peak", "in use peak", "ms");
        peak("one PDF, page contents in a temp file", fonts, view, byName, IOUtils.createTempFileOnlyStreamCache());
        peak("one PDF, page contents in memory (baseline)", fonts, view, byName,
                IOUtils.createMemoryOnlyStreamCache());
        peakOf("ZIP of PDF + ICS, entry by entry", out -> archive.write(view, byName,
                List.of(AgendaArchiveExporter.Format.PDF, AgendaArchiveExporter.Format.ICS), out));
        System.out.printf(Locale.ROOT, "%nLoad average at the end: %.1f (other work on the machine slows every figure)%n",
                load());
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    interface Export {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Prints and answers the median time in milliseconds, after one warm-up run. */
    private static double measure(String name, int runs, Export export) throws IOException {
        CountingSink sink = new CountingSink();
        export.writeTo(sink);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            sink = new CountingSink();
            long start = System.nanoTime();
            export.writeTo(sink);
            times.add(System.nanoTime() - start);
        }
        Collections.sort(times);
        double median = times.get(times.size() / 2) / 1e6;
        System.out.printf(Locale.ROOT, "%-44s %10.1f %10.1f %12d%n", name, median, times.get(0) / 1e6,
                sink.count / 1024);
        return median;
    }

    private static void peak(String name, FontLibrary fonts, ScheduleView view, List<PersonInfo> people,
            StreamCacheCreateFunction cache) throws Exception {
        AgendaPdfExporter agendas = new AgendaPdfExporter(fonts);
        peakOf(name, out -> {
            try (FontFaces faces = fonts.borrow()) {
                agendas.write(faces, view, people, ExportText::forPerson, out, cache);
            }
        });
    }

    /**
     * Runs the export while watching the heap two ways: the most in use at any millisecond (garbage included,
     * so an upper bound) and the most still in use after a collection (the live data, a lower bound).
     */
    private static void peakOf(String name, Export export) throws Exception {
        long base = settledHeap();
        AtomicLong sampled = new AtomicLong(base);
        AtomicLong live = new AtomicLong(base);
        NotificationListener afterGc = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                        .from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> HEAP_POOLS.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                live.accumulateAndGet(used, Math::max);
            }
        };
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        collectors.forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(afterGc, null, null));
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                sampled.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        export.writeTo(new CountingSink());
        long millis = (System.nanoTime() - start) / 1_000_000;
        running.set(false);
        sampler.join();
        for (GarbageCollectorMXBean gc : collectors) {
            ((NotificationEmitter) gc).removeNotificationListener(afterGc);
        }
        System.out.printf(Locale.ROOT, "%-44s %12d %12d %10d%n", name, Math.max(0, live.get() - base) >> 20,
                (sampled.get() - base) >> 20, millis);
    }

    private static long settledHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** Throws the bytes away, counting them. */
    private static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
