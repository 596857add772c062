package dev.dockcheck.bench.uom;

/** One measured row: POs per second and per-PO latency percentiles (µs; NaN where not measured). */
record Figure(String name, long pos, double seconds, double p50, double p99, double p999) {

    static Figure of(String name, long pos, long nanos, Latencies latencies) {
        return new Figure(name, pos, nanos / 1e9, latencies.percentileMicros(50), latencies.percentileMicros(99),
                latencies.percentileMicros(99.9));
    }

    double posPerSecond() {
        return pos / seconds;
    }
}
