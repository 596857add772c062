package dev.dockcheck.bench.uom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints the summary table and writes {@code bench/results/uom-check-<time>.json}. */
final class UomReport {

    private final UomOptions options;
    private final UomWorkload workload;

    UomReport(UomOptions options, UomWorkload workload) {
        this.options = options;
        this.workload = workload;
    }

    void print(List<Figure> figures, Figure inProcessBaseline, Figure kafkaBaseline) throws IOException {
        System.out.println();
        System.out.printf("%-50s %9s %12s %10s %10s %10s %8s%n", "path", "POs", "POs/s", "p50 µs", "p99 µs",
                "p99.9 µs", "ratio");
        for (Figure f : figures) {
            Figure base = f.name().startsWith("kafka") ? kafkaBaseline : inProcessBaseline;
            System.out.printf(Locale.ROOT, "%-50s %9d %12.0f %10.1f %10.1f %10.1f %8s%n", f.name(), f.pos(),
                    f.posPerSecond(), f.p50(), f.p99(), f.p999(), ratio(f, base));
        }
        System.out.println("ratio: POs/s against the baseline of the same group, measured in this run");
        Path file = resultsDir().resolve("uom-check-" + System.currentTimeMillis() + ".json");
        Files.writeString(file, json(figures, inProcessBaseline, kafkaBaseline));
        System.out.println("written " + file);
    }

    private static String ratio(Figure f, Figure base) {
        return base == null ? "-" : String.format(Locale.ROOT, "%.3f", f.posPerSecond() / base.posPerSecond());
    }

    private String json(List<Figure> figures, Figure inProcessBaseline, Figure kafkaBaseline) {
        String rows = figures.stream().map(f -> String.format(Locale.ROOT,
                "    {\"path\": \"%s\", \"pos\": %d, \"seconds\": %.3f, \"posPerSecond\": %.1f, \"p50Micros\": %s, "
                        + "\"p99Micros\": %s, \"p999Micros\": %s, \"ratioToBaseline\": %s}",
                f.name(), f.pos(), f.seconds(), f.posPerSecond(), num(f.p50()), num(f.p99()), num(f.p999()),
                ratio(f, f.name().startsWith("kafka") ? kafkaBaseline : inProcessBaseline).replace("-", "null")))
                .collect(Collectors.joining(",\n"));
        return String.format(Locale.ROOT, "{%n  \"benchmark\": \"uom-check\",%n  \"linesPerPo\": %d,%n  \"catalogItems\": %d,%n"
                + "  \"warmup\": %d,%n  \"bootstrap\": %s,%n  \"javaVersion\": \"%s\",%n  \"cpus\": %d,%n  \"runPrefix\": \"%s\",%n"
                + "  \"figures\": [%n%s%n  ]%n}%n", options.lines(), options.skus(), options.warmup(),
                options.bootstrap() == null ? "null" : "\"" + options.bootstrap() + "\"", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), workload.prefix(), rows);
    }

    private static String num(double value) {
        return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static Path resultsDir() throws IOException {
        Path bench = Files.isDirectory(Path.of("bench")) ? Path.of("bench", "results") : Path.of("results");
        return Files.createDirectories(bench);
    }
}
