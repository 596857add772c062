package dev.dockcheck.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Collects the figures, prints the summary table and writes {@code bench/results/pipeline-<time>.json}. */
final class PipelineReport {

    private final PipelineOptions options;
    private final String run;
    private final String machineAtStart = Machine.json();
    private final List<LoadRun.Throughput> throughputs = new ArrayList<>();
    private final List<LoadRun.Latency> latencies = new ArrayList<>();
    private int leftOver = -1;
    private int warmupRounds;

    PipelineReport(PipelineOptions options, String run) {
        this.options = options;
        this.run = run;
    }

    void throughput(LoadRun.Throughput figure) {
        throughputs.add(figure);
    }

    void latency(LoadRun.Latency figure) {
        latencies.add(figure);
    }

    void warmupRounds(int rounds) {
        warmupRounds = rounds;
    }

    void leftOverProcesses(int count) {
        leftOver = count;
    }

    /** The median of the pipeline's bursts, in decisions/s. */
    double pipelineMedian() {
        return median("pipeline");
    }

    /** The median of the relay's bursts, in decisions/s. */
    private double relayMedian() {
        return median("raw relay");
    }

    private double median(String path) {
        double[] rates = throughputs.stream().filter(t -> t.name().equals(path))
                .mapToDouble(LoadRun.Throughput::decisionsPerSecond).sorted().toArray();
        if (rates.length == 0) {
            return Double.NaN;
        }
        return rates.length % 2 == 1 ? rates[rates.length / 2] : (rates[rates.length / 2 - 1] + rates[rates.length / 2]) / 2;
    }

    private double ratio() {
        return pipelineMedian() / relayMedian();
    }

    void print() throws IOException {
        System.out.println();
        System.out.println("machine: " + Machine.describe() + " (at the end; at the start: " + machineAtStart + ")");
        System.out.printf("%-10s %7s %11s %12s %9s %6s  %s%n", "throughput", "POs", "decisions", "decisions/s", "POs/s",
                "dupl.", "outcomes");
        for (var t : throughputs) {
            System.out.printf(Locale.ROOT, "%-10s %7d %5d/%-5d %12.1f %9.1f %6d  %s%n", t.name(), t.pos(), t.decisions(),
                    t.expected(), t.decisionsPerSecond(), t.posPerSecond(), t.duplicates(), t.outcomes());
        }
        for (var t : throughputs) {
            System.out.printf(Locale.ROOT, "CPU seconds during the %s burst: %s; of all that, JIT compiler threads %.1f s%n",
                    t.name(), t.cpuSeconds(), t.jitSeconds());
            System.out.printf(Locale.ROOT, "broker log offsets written during the %s burst: %d (%.1f per order): %s%n",
                    t.name(), t.offsetsWritten(), t.offsetsWritten() / (double) t.pos(), t.topWritten());
        }
        System.out.printf(Locale.ROOT, "ratio pipeline / raw relay, medians of %d bursts each (decisions/s: %.1f / %.1f): %.3f"
                + "  (goal >= 0.7)%n", options.rounds(), pipelineMedian(), relayMedian(), ratio());
        System.out.printf("%-10s %9s %7s %10s %10s %10s %10s %12s %12s%n", "latency", "POs/s", "POs", "ORDER p50",
                "ORDER p99", "p99.9", "max", "SHIPMENT p50", "SHIPMENT p99");
        for (var l : latencies) {
            System.out.printf(Locale.ROOT, "%-10s %9.1f %7d %8.1fms %8.1fms %8.1fms %8.1fms %10.1fms %10.1fms%n", l.name(),
                    l.rate(), l.orderDecisions(), ms(l.order(), 50), ms(l.order(), 99), ms(l.order(), 99.9),
                    l.order().getMaxValue() / 1e3, ms(l.shipment(), 50), ms(l.shipment(), 99));
        }
        System.out.println("latency: from the PO's producer timestamp to the ORDER decision read (read_committed); "
                + "SHIPMENT: from the same send (PO, labels and ASN go together)");
        System.out.println("processes left after SIGTERM: " + leftOver);
        Path dir = Files.createDirectories(Files.isDirectory(Path.of("bench")) ? Path.of("bench", "results") : Path.of("results"));
        Path file = dir.resolve("pipeline-" + System.currentTimeMillis() + ".json");
        Files.writeString(file, json());
        System.out.println("written " + file);
    }

    private static double ms(org.HdrHistogram.Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1e3;
    }

    private String json() {
        String t = throughputs.stream().map(f -> String.format(Locale.ROOT, "    {\"path\": \"%s\", \"pos\": %d, "
                + "\"decisions\": %d, \"expected\": %d, \"seconds\": %.3f, \"decisionsPerSecond\": %.1f, "
                + "\"posPerSecond\": %.1f, \"duplicates\": %d, \"outcomes\": \"%s\", \"offsetsWritten\": %d, \"jitCompilerCpuSeconds\": %.1f, \"cpuSeconds\": {%s}}", f.name(), f.pos(),
                f.decisions(), f.expected(), f.seconds(), f.decisionsPerSecond(), f.posPerSecond(), f.duplicates(),
                f.outcomes(), f.offsetsWritten(), f.jitSeconds(), f.cpuSeconds().entrySet().stream().map(e -> String.format(Locale.ROOT, "\"%s\": %.1f",
                        e.getKey(), e.getValue())).collect(Collectors.joining(", "))))
                .collect(Collectors.joining(",\n"));
        String l = latencies.stream().map(f -> String.format(Locale.ROOT, "    {\"path\": \"%s\", \"posPerSecond\": %.1f, "
                + "\"pos\": %d, \"orderDecisions\": %d, \"orderP50Ms\": %s, \"orderP99Ms\": %s, \"orderP999Ms\": %s, "
                + "\"orderMaxMs\": %.1f, \"shipmentP50Ms\": %s, \"shipmentP99Ms\": %s, \"maxSendLagMs\": %d}", f.name(),
                f.rate(), f.pos(), f.orderDecisions(), num(ms(f.order(), 50)), num(ms(f.order(), 99)),
                num(ms(f.order(), 99.9)), f.order().getMaxValue() / 1e3, num(ms(f.shipment(), 50)),
                num(ms(f.shipment(), 99)), f.maxSendLagMillis())).collect(Collectors.joining(",\n"));
        return String.format(Locale.ROOT, "{%n  \"benchmark\": \"pipeline\",%n  \"run\": \"%s\",%n  \"linesPerPo\": %d,%n"
                + "  \"warmupOrdersPerRound\": %d,%n  \"warmupRounds\": %d,%n  \"serviceJvm\": \"%s\",%n  \"machineAtStart\": {%s},%n  \"machineAtEnd\": {%s},%n  \"throughput\": [%n%s%n  ],%n"
                + "  \"pipelineMedianDecisionsPerSecond\": %s,%n  \"relayMedianDecisionsPerSecond\": %s,%n  \"ratioToRawRelay\": %s,%n  \"latency\": [%n%s%n  ],%n  \"processesLeftAfterStop\": %d%n}%n", run,
                options.lines(), options.warmup(), warmupRounds, options.serviceJvm(), machineAtStart, Machine.json(), t, num(pipelineMedian()), num(relayMedian()), num(ratio()), l, leftOver);
    }

    private static String num(double value) {
        return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.3f", value);
    }
}
