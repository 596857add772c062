package dev.dockcheck.bench.approval;

import dev.dockcheck.bench.pipeline.Machine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints the summary table and writes {@code bench/results/approval-rest-<time>.json}. */
final class ApprovalReport {

    private final int holds;
    private final String machineAtStart = Machine.json();
    private final List<RestTimer.Figure> figures = new ArrayList<>();
    private RestTimer.Figure baseline;

    ApprovalReport(int holds) {
        this.holds = holds;
    }

    void add(RestTimer.Figure figure, boolean isBaseline) {
        figures.add(figure);
        if (isBaseline) {
            baseline = figure;
        }
    }

    private String ratio(RestTimer.Figure f) {
        return baseline == null ? "null" : String.format(Locale.ROOT, "%.1f", f.ms(99) / baseline.ms(99));
    }

    void print(int processesLeft) throws IOException {
        System.out.println();
        System.out.printf("approval-rest with %,d holds; machine: %s (start: %s)%n", holds, Machine.describe(), machineAtStart);
        System.out.printf("%-40s %8s %7s %9s %9s %9s %9s %10s%n", "request", "n", "errors", "p50 ms", "p99 ms",
                "p99.9 ms", "max ms", "p99/base");
        for (var f : figures) {
            System.out.printf(Locale.ROOT, "%-40s %8d %7d %9.2f %9.2f %9.2f %9.2f %10s%n", f.name(), f.requests(),
                    f.errors(), f.ms(50), f.ms(99), f.ms(99.9), f.micros().getMaxValue() / 1e3, ratio(f));
        }
        System.out.println("one client, one request at a time; p99/base: p99 over the p99 of GET /actuator/health");
        System.out.println("processes left after SIGTERM: " + processesLeft);
        String rows = figures.stream().map(f -> String.format(Locale.ROOT, "    {\"request\": \"%s\", \"n\": %d, "
                + "\"errors\": %d, \"p50Ms\": %.3f, \"p99Ms\": %.3f, \"p999Ms\": %.3f, \"maxMs\": %.3f, \"p99ToBaseline\": %s}",
                f.name(), f.requests(), f.errors(), f.ms(50), f.ms(99), f.ms(99.9), f.micros().getMaxValue() / 1e3, ratio(f)))
                .collect(Collectors.joining(",\n"));
        Path dir = Files.createDirectories(Files.isDirectory(Path.of("bench")) ? Path.of("bench", "results") : Path.of("results"));
        Path file = dir.resolve("approval-rest-" + System.currentTimeMillis() + ".json");
        Files.writeString(file, String.format(Locale.ROOT, "{%n  \"benchmark\": \"approval-rest\",%n  \"holds\": %d,%n"
                + "  \"machineAtStart\": {%s},%n  \"machineAtEnd\": {%s},%n  \"figures\": [%n%s%n  ],%n"
                + "  \"processesLeftAfterStop\": %d%n}%n", holds, machineAtStart, Machine.json(), rows, processesLeft));
        System.out.println("written " + file);
    }
}
