package dev.dockcheck.bench.sscc;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Prints the summary table of an {@code sscc-store} run and writes it as JSON under {@code bench/results/}. */
final class StoreReport {

    private final SsccStoreBenchmark.Options options;
    private final Path stateDir;

    StoreReport(SsccStoreBenchmark.Options options, Path stateDir) {
        this.options = options;
        this.stateDir = stateDir;
    }

    static long heapUsedMb() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    static double median(List<StoreRun.Slice> slices) {
        double[] rates = slices.stream().mapToDouble(StoreRun.Slice::rate).sorted().toArray();
        return rates[rates.length / 2];
    }

    void print(StoreRun.Result result) throws IOException {
        System.gc();
        double empty = median(result.empty());
        double full = median(result.full());
        double ratio = full / empty;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
        long maxHeap = Runtime.getRuntime().maxMemory() >> 20;
        long diskMb = diskBytes(stateDir) >> 20;
        String rss = rss();
        System.out.println();
        System.out.println("sscc-store summary");
        System.out.printf("  %-38s %,15.0f claims/s (median of %d slices)%n", "empty store", empty, result.empty().size());
        System.out.printf("  %-38s %,15.0f claims/s (median of %d slices)%n",
                "at " + String.format("%,d", options.size()) + " SSCCs", full, result.full().size());
        System.out.printf("  %-38s %14.1f %% (required >= 80 %%: %s)%n", "full / empty", ratio * 100, ratio >= 0.8 ? "PASS" : "FAIL");
        System.out.printf("  %-38s %,15d%n", "entries (RocksDB estimate)", result.entries());
        System.out.printf("  %-38s %,15.1f ms%n", "one sweep batch (100,000 entries)", result.sweepNanos() / 1e6);
        System.out.printf("  %-38s %,12d MB of max %,d MB (after GC %,d MB)%n", "peak heap", peakHeap, maxHeap, heapUsedMb());
        System.out.printf("  %-38s %15s%n", "process RSS", rss);
        System.out.printf("  %-38s %,12d MB%n", "store on disk", diskMb);
        String json = String.format(java.util.Locale.ROOT, """
                {"benchmark":"sscc-store","at":"%s","size":%d,"probe":%d,"flushEvery":%d,\
                "emptyClaimsPerSecond":%.0f,"fullClaimsPerSecond":%.0f,"ratio":%.4f,"pass":%b,\
                "entries":%d,"sweepBatchMillis":%.1f,"peakHeapMb":%d,"maxHeapMb":%d,"rss":"%s","diskMb":%d,\
                "cpus":%d,"java":"%s"}
                """, Instant.now(), options.size(), options.probe(), options.flushEvery(), empty, full, ratio, ratio >= 0.8,
                result.entries(), result.sweepNanos() / 1e6, peakHeap, maxHeap, rss, diskMb,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Path results = Path.of("bench", "results");
        Files.createDirectories(results);
        Path file = results.resolve("sscc-store-" + System.currentTimeMillis() + ".json");
        Files.writeString(file, json);
        System.out.println("  results written to " + file);
    }

    private static long diskBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String rss() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:")).map(l -> l.substring(6).strip()).findFirst().orElse("n/a");
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
