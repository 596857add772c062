package dev.dockcheck.bench;

/**
 * One benchmark. Implementations are listed in
 * {@code META-INF/services/dev.dockcheck.bench.Benchmark}, one line each, and run by name.
 */
public interface Benchmark {

    /** The name to run it by, e.g. {@code sscc-store}. */
    String name();

    /** One line on what it measures and against which baseline. */
    String description();

    /** Runs it, printing progress and a summary table; writes JSON results under {@code bench/results/}. */
    void run(String[] args) throws Exception;
}
