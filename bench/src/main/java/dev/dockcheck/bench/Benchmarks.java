package dev.dockcheck.bench;

import java.util.Arrays;

/** Runs the benchmark named on the command line and prints its figures. */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) {
        System.err.println("usage: java -jar bench/target/bench.jar <benchmark> [options]; none registered yet"
                + (args.length > 0 ? " (asked for " + Arrays.toString(args) + ")" : ""));
        System.exit(2);
    }
}
